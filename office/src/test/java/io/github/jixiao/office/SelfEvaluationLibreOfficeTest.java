package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Self-evaluation workbooks saved by LibreOffice Calc 7.4 (made by src/test/fixtures/make-fixtures.sh): the row
 * layout imported from self-evaluation.csv, and the national form (项目支出绩效自评表) laid out from the same
 * tables by self_form_fods.py, with its year on a line of its own, 主管部门, amounts and 执行率 as formatted
 * numbers, 其中：当年财政拨款 filled in, 绩效指标 merged down the grid and the sum of the points beside 总分. Each
 * reads into the tables of the CSV.
 */
class SelfEvaluationLibreOfficeTest {
  private static ReadResult<List<SelfEvaluationTable>> read(String name) throws IOException {
    try (InputStream in = SelfEvaluationLibreOfficeTest.class.getResourceAsStream("libreoffice/" + name)) {
      return WorkbookReader.create().readSelfEvaluation(in, name);
    }
  }

  private static List<String> said(List<ReadProblem> warnings) {
    return warnings.stream().map(p -> p.code() + " " + p.location().reference().orElse("?")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"self-rows.xlsx", "self-form.xlsx", "self-form.xls"})
  void readsTheTablesOfTheCsvItWasMadeFrom(String name) throws IOException {
    ReadResult<List<SelfEvaluationTable>> book = read(name);
    assertThat(book.value()).hasSize(2).isEqualTo(SelfEvaluationWorkbookTest.CSV.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"self-rows.xlsx", "self-form.xls"})
  void theFrontDoorHandsThemOutAsSelfEvaluationTables(String name) throws IOException {
    TableFile file = TableFiles.create().read(Path.of("src/test/resources/io/github/jixiao/office/libreoffice", name));
    assertThat(file.format()).isEqualTo("xlsx");
    assertThat(file.tables()).isEmpty();
    assertThat(file.selfEvaluationTables()).isEqualTo(SelfEvaluationWorkbookTest.CSV.value());
  }

  @Test
  void theRowLayoutSaysNothing() throws IOException {
    assertThat(read("self-rows.xlsx").warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"self-form.xlsx", "self-form.xls"})
  void reportsWhatTheFormHoldsThatNoCellKeepsAtItsCell(String name) throws IOException {
    // each table: 主管部门, the 当年财政拨款 row (its dashes and the dashed rows below say nothing), the points
    // summed beside 总分
    assertThat(said(read(name).warnings())).containsExactly(
        "JX-XLSX-031 Sheet1!B5", "JX-XLSX-031 Sheet1!B8", "JX-XLSX-031 Sheet1!G19",
        "JX-XLSX-031 Sheet1!B26", "JX-XLSX-031 Sheet1!B29", "JX-XLSX-031 Sheet1!G38");
  }

  @Test
  void aReaderThatIsNotLenientRefusesTheFirstCellNoneKeeps() throws IOException {
    WorkbookReader strict = WorkbookReader.builder().lenient(false).build();
    try (InputStream in = SelfEvaluationLibreOfficeTest.class.getResourceAsStream("libreoffice/self-form.xlsx")) {
      ReadException e = catchThrowableOfType(() -> strict.readSelfEvaluation(in, "self-form.xlsx"),
          ReadException.class);
      assertThat(e.problem().code()).isEqualTo("JX-XLSX-031");
      assertThat(e.problem().location().reference()).contains("Sheet1!B5");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"self-form.xlsx", "self-form.xls"})
  void placesTheFormsSelfEvaluationCellsWhereLibreOfficeSavedThem(String name) throws IOException {
    SourceMap map = read(name).sourceMap().orElseThrow();
    assertThat(map.cell(0, SelfEvaluationField.ANNUAL_SPENDING).orElseThrow().reference()).contains("Sheet1!E7");
    assertThat(map.cell(0, SelfEvaluationField.EXECUTION_RATE).orElseThrow().reference()).contains("Sheet1!G7");
    assertThat(map.cell(0, SelfEvaluationField.OUTCOME).orElseThrow().reference()).contains("Sheet1!F12");
    // the grid's header on row 13, 绩效指标 in A: 实际完成值 in F, 得分 in H
    assertThat(map.cell(0, 2, SelfEvaluationField.ACTUAL).orElseThrow().reference()).contains("Sheet1!F16");
    assertThat(map.cell(0, 4, SelfEvaluationField.SCORE).orElseThrow().reference()).contains("Sheet1!H18");
    assertThat(map.cell(0, SelfEvaluationField.TOTAL_SCORE).orElseThrow().reference()).contains("Sheet1!H19");
    assertThat(map.cell(0, SelfEvaluationField.GRADE).orElseThrow().reference()).contains("Sheet1!B20");
    assertThat(map.cell(1, 1, SelfEvaluationField.DEVIATION).orElseThrow().reference()).contains("Sheet1!I36");
  }
}
