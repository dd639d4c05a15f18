package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workbooks saved by LibreOffice Calc 7.4 (made by src/test/fixtures/make-fixtures.sh, committed, so the build
 * needs no LibreOffice): the row layout imported from rows.csv, and the form layout made from the same tables
 * with merged cells and formatted numbers. Each reads into the tables of rows.csv, with its warnings.
 */
class LibreOfficeFixturesTest {
  private static final ReadResult<List<ProjectTargetTable>> CSV =
      SheetReader.create().read(Path.of("src/test/fixtures/rows.csv"));

  private static ReadResult<List<ProjectTargetTable>> read(String name) throws IOException {
    try (InputStream in = LibreOfficeFixturesTest.class.getResourceAsStream("libreoffice/" + name)) {
      return WorkbookReader.create().read(in, name);
    }
  }

  /** What a warning says, wherever it is. */
  private static Set<String> said(List<ReadProblem> warnings) {
    return warnings.stream().map(p -> p.code() + " " + p.message()).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rows.xlsx", "rows.xls", "form.xlsx", "form.xls"})
  void readsTheTablesAndWarningsOfTheCsvItWasMadeFrom(String name) throws IOException {
    ReadResult<List<ProjectTargetTable>> book = read(name);
    assertThat(CSV.value()).hasSize(2);
    assertThat(book.value()).isEqualTo(CSV.value());
    assertThat(said(book.warnings())).isEqualTo(said(CSV.warnings())).isNotEmpty();
    assertThat(book.warnings()).allSatisfy(w -> assertThat(w.location().reference()).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"form.xlsx", "form.xls"})
  void locatesTheFormsCellsAsLibreOfficeSavedThem(String name) throws IOException {
    ReadResult<List<ProjectTargetTable>> book = read(name);
    var map = book.sourceMap().orElseThrow();
    assertThat(map.locate(CellAddress.of(0, TableField.BUDGET)).orElseThrow().reference()).contains("Sheet1!C5");
    assertThat(map.locate(CellAddress.of(1, TableField.PROJECT_CODE)).orElseThrow().reference())
        .contains("Sheet1!E18");
    // 产出指标 merged over the first three rows of the grid: the third reads it at its own row.
    assertThat(map.locate(CellAddress.of(0, 2, TableField.CATEGORY)).orElseThrow().reference())
        .contains("Sheet1!A13");
  }
}
