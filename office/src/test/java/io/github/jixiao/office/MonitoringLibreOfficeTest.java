package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.sheet.MonitoringSheetReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Monitoring workbooks saved by LibreOffice Calc 7.4 (made by src/test/fixtures/make-fixtures.sh from
 * monitoring.csv): the amounts and 执行率 imported as LibreOffice detects them — numbers, a rate as a number in
 * a percentage format — the rest as text. Each reads into the tables of the CSV, with its warnings, placed on
 * the sheet LibreOffice named after the CSV ({@code monitoring}); only the typed {@code 45%}, which LibreOffice
 * formats as it does the column's {@code 25.36%}, is read as displayed: {@code 45.00%}.
 */
class MonitoringLibreOfficeTest {
  private static final Path DIR = Path.of("src/test/resources/io/github/jixiao/office/libreoffice");
  private static final ReadResult<List<MonitoringTable>> CSV =
      MonitoringSheetReader.create().read(Path.of("src/test/fixtures/monitoring.csv"));
  /** The CSV's tables as LibreOffice displays them. */
  private static final List<MonitoringTable> DISPLAYED =
      List.of(CSV.value().get(0).withExecutionRateText("45.00%"), CSV.value().get(1));

  @ParameterizedTest
  @ValueSource(strings = {"monitoring-rows.xlsx", "monitoring-rows.xls"})
  void readsTheTablesAndWarningsOfTheCsvItWasMadeFrom(String name) {
    ReadResult<List<MonitoringTable>> book = WorkbookReader.create().readMonitoring(DIR.resolve(name));
    assertThat(book.value()).hasSize(2).isEqualTo(DISPLAYED);
    assertThat(book.value().get(0).executionRate().orElseThrow()).isEqualByComparingTo("45");
    assertThat(book.warnings()).extracting(ReadProblem::code)
        .isEqualTo(CSV.warnings().stream().map(ReadProblem::code).toList());
    SourceMap map = book.sourceMap().orElseThrow();
    assertThat(map.cell(0, MonitoringField.EXECUTION_RATE).orElseThrow().toString())
        .contains(name, "monitoring!H4", "(执行率)", "tables[0].executionRate");
    assertThat(map.cell(1, 1, MonitoringField.DEVIATION).orElseThrow().reference()).contains("monitoring!Q9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"monitoring-rows.xlsx", "monitoring-rows.xls"})
  void theAmountsAndTheRateAreNumbersInTheFileTheRestText(String name) throws IOException {
    try (InputStream in = MonitoringLibreOfficeTest.class.getResourceAsStream("libreoffice/" + name);
        Workbook workbook = WorkbookFactory.create(in)) {
      Cell spending = workbook.getSheetAt(0).getRow(3).getCell(6);
      assertThat(spending.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(spending.getNumericCellValue()).isEqualTo(21.6);
      Cell rate = workbook.getSheetAt(0).getRow(7).getCell(7);
      assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(rate.getCellStyle().getDataFormatString()).contains("%");
      assertThat(workbook.getSheetAt(0).getRow(7).getCell(13).getStringCellValue()).isEqualTo("=14座");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"monitoring-rows.xlsx", "monitoring-rows.xls"})
  void theFrontDoorHandsThemOutAsMonitoringTables(String name) throws IOException {
    TableFile file = TableFiles.create().read(DIR.resolve(name));
    assertThat(file.format()).isEqualTo("xlsx");
    assertThat(file.tables()).isEmpty();
    assertThat(file.monitoringTables()).isEqualTo(DISPLAYED);
  }
}
