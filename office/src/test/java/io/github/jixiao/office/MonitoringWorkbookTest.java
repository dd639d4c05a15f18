package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.sheet.MonitoringSheetReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Monitoring tables (绩效运行监控表) in the row layout, typed into a workbook by hand — amounts as numbers, the
 * execution rate as a number in a percentage format, 一级指标 merged down its rows — read into the tables of the
 * same sheet saved as CSV: the Youth League committee's 执行率 that contradicts its own spending, a progress that
 * copies its target, a verdict and a blank progress kept as written, every monitoring cell placed on the sheet.
 */
class MonitoringWorkbookTest {
  private static final Path FIXTURE = Path.of("src/test/fixtures/monitoring.csv");
  private static final ReadResult<List<MonitoringTable>> CSV = MonitoringSheetReader.create().read(FIXTURE);

  @TempDir
  Path dir;

  /** The fixture's rows on sheet 监控表, one workbook row per CSV row, as an officer would type them. */
  private static byte[] typed(Supplier<Workbook> kind) throws IOException {
    List<String> lines = Files.readAllLines(FIXTURE, StandardCharsets.UTF_8);
    Workbook workbook = kind.get();
    Sheet sheet = workbook.createSheet("监控表");
    CellStyle percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
    CellStyle percentTwoDecimals = workbook.createCellStyle();
    percentTwoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    List<String> header = List.of(lines.get(2).split(",", -1));
    for (int r = 0; r < lines.size(); r++) {
      Row row = sheet.createRow(r);
      String[] cells = lines.get(r).split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        String t = cells[c];
        if (t.isEmpty()) {
          continue;
        }
        Cell cell = row.createCell(c);
        String column = r > 2 ? header.get(c) : "";
        if (column.endsWith("预算数") || column.endsWith("执行数")) {
          cell.setCellValue(Double.parseDouble(t));
        } else if (column.equals("执行率")) {
          cell.setCellValue(new BigDecimal(t.substring(0, t.length() - 1)).movePointLeft(2).doubleValue());
          cell.setCellStyle(t.contains(".") ? percentTwoDecimals : percent);
        } else {
          cell.setCellValue(t);
        }
      }
    }
    // 产出指标 typed once over the Youth League committee's three output rows, as the CSV repeats it
    int category = header.indexOf("一级指标");
    for (int r = 4; r <= 5; r++) {
      sheet.getRow(r).removeCell(sheet.getRow(r).getCell(category));
    }
    sheet.addMergedRegion(new CellRangeAddress(3, 5, category, category));
    return Workbooks.bytes(workbook);
  }

  private static ReadResult<List<MonitoringTable>> read(byte[] bytes) {
    return WorkbookReader.create().readMonitoring(new ByteArrayInputStream(bytes), "监控表.xlsx");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void readsTheRowLayoutIntoTheTablesOfTheSameSheetSavedAsCsv(String extension) throws IOException {
    byte[] bytes = typed(extension.equals("xlsx") ? XSSFWorkbook::new : HSSFWorkbook::new);
    ReadResult<List<MonitoringTable>> book = read(bytes);
    assertThat(book.value()).hasSize(2).isEqualTo(CSV.value());
    assertThat(book.warnings()).extracting(ReadProblem::code)
        .containsExactly("JX-SHEET-014", "JX-SHEET-015", "JX-SHEET-017")
        .isEqualTo(CSV.warnings().stream().map(ReadProblem::code).toList());
    assertThat(book.warnings().get(2).location().toString()).contains("监控表.xlsx", "监控表", "row 11");
  }

  @Test
  void keepsEachMonitoringCellAsWrittenDefectsIncluded() throws IOException {
    List<MonitoringTable> tables = read(typed(XSSFWorkbook::new)).value();
    MonitoringTable league = tables.get(0);
    assertThat(league.projectName()).contains("青少年心理健康关爱行动");
    assertThat(league.periodText()).contains("1-6月");
    assertThat(league.annualBudget().orElseThrow().value()).isEqualByComparingTo("60");
    assertThat(league.spendingToDate().orElseThrow().value()).isEqualByComparingTo("21.6");
    // 45% typed as 0.45 in a percentage format, against its own 21.6 ÷ 60 (36%): kept for the validator
    assertThat(league.executionRateText()).contains("45%");
    assertThat(league.indicators()).extracting(m -> m.indicator().categoryLabel())
        .containsExactly("产出指标", "产出指标", "产出指标", "满意度指标");
    // a progress copying its target, a blank one and a verdict stay as written
    assertThat(league.indicators()).extracting(m -> m.progress().raw()).containsExactly("11场", "≥90%", "", "完成");
    assertThat(league.indicators().get(2).progress().isBlank()).isTrue();
    MonitoringTable reservoirs = tables.get(1);
    assertThat(reservoirs.executionRateText()).contains("25.36%");
    assertThat(reservoirs.expectedSpending().orElseThrow().value()).isEqualByComparingTo("48.5");
    MonitoredIndicator late = reservoirs.indicators().get(1);
    assertThat(late.progress().raw()).isEqualTo("6月中旬完成");
    assertThat(late.deviation()).contains("专业排查人员不足，排查推迟约两周");
    assertThat(late.correction()).contains("抽调乡镇水利站技术人员组成排查组");
    assertThat(reservoirs.indicators().get(0).deviation()).isEmpty();
    assertThat(reservoirs.absentMonitoringCells()).isEmpty();
  }

  @Test
  void placesEachMonitoringCellAtItsOwnCellOnTheSheet() throws IOException {
    SourceMap map = read(typed(XSSFWorkbook::new)).sourceMap().orElseThrow();
    assertThat(map.cell(0, 0, MonitoringField.PROGRESS).orElseThrow().toString())
        .contains("监控表.xlsx", "监控表!O4", "(1-6月完成情况)", "tables[0].indicators[0].progress");
    // a blank progress has its place too, where the validator reports it
    assertThat(map.cell(0, 2, MonitoringField.PROGRESS).orElseThrow().reference()).contains("监控表!O6");
    assertThat(map.cell(0, MonitoringField.EXECUTION_RATE).orElseThrow().reference()).contains("监控表!H4");
    assertThat(map.cell(0, MonitoringField.PERIOD).orElseThrow().reference()).contains("监控表!D4");
    assertThat(map.cell(1, MonitoringField.SPENDING_TO_DATE).orElseThrow().reference()).contains("监控表!G8");
    assertThat(map.cell(1, MonitoringField.EXPECTED_SPENDING).orElseThrow().reference()).contains("监控表!I8");
    assertThat(map.cell(1, 1, MonitoringField.EXPECTED).orElseThrow().reference()).contains("监控表!P9");
    assertThat(map.cell(1, 1, MonitoringField.CORRECTION).orElseThrow().reference()).contains("监控表!R9");
    assertThat(map.cell(1, 2, TableField.TARGET).orElseThrow().reference()).contains("监控表!N10");
    assertThat(map.locate(1, 1, MonitoringField.DEVIATION).orElseThrow().reference()).contains("监控表!Q9");
  }

  @Test
  void readsAnXlsxFileStreamedAsFromItsBytes() throws IOException {
    Path file = dir.resolve("监控表.xlsx");
    Files.write(file, typed(XSSFWorkbook::new));
    ReadResult<List<MonitoringTable>> r = WorkbookReader.create().readMonitoring(file);
    assertThat(r.value()).isEqualTo(CSV.value());
    assertThat(r.sourceMap().flatMap(m -> m.cell(0, 3, MonitoringField.PROGRESS)).orElseThrow().reference())
        .contains("监控表!O7");
  }

  @Test
  void reportsASecondPeriodOfATableAtItsCellAndAStrictReadFailsThere() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(typed(XSSFWorkbook::new)));
    workbook.getSheetAt(0).getRow(4).createCell(3).setCellValue("1-7月");   // D5, under the table's 1-6月
    byte[] bytes = Workbooks.bytes(workbook);
    ReadResult<List<MonitoringTable>> lenient = read(bytes);
    assertThat(lenient.value().get(0).periodText()).contains("1-6月");
    ReadProblem second = lenient.warnings().stream().filter(w -> w.code().equals("JX-SHEET-040")).findFirst()
        .orElseThrow();
    assertThat(second.location().reference()).contains("监控表!D5");
    assertThat(second.location().path()).contains("tables[0].period");
    ReadException e = catchThrowableOfType(ReadException.class, () -> WorkbookReader.builder().lenient(false)
        .build().readMonitoring(new ByteArrayInputStream(bytes), "监控表.xlsx"));
    assertThat(e.problem().code()).isEqualTo("JX-SHEET-040");
    assertThat(e.problem().location().reference()).contains("监控表!D5");
  }

  @Test
  void theFrontDoorHandsAMonitoringWorkbookOutAsMonitoringTables() throws IOException {
    Path file = dir.resolve("upload.xlsx");
    Files.write(file, typed(XSSFWorkbook::new));
    TableFile read = TableFiles.create().read(file);
    assertThat(read.format()).isEqualTo("xlsx");
    assertThat(read.monitoringTables()).isEqualTo(CSV.value());
    assertThat(read.tables()).isEmpty();
    assertThat(read.selfEvaluationTables()).isEmpty();
    assertThat(read.warnings()).extracting(ReadProblem::code)
        .containsExactly("JX-SHEET-014", "JX-SHEET-015", "JX-SHEET-017");
    assertThat(read.sourceMap().cell(0, MonitoringField.EXECUTION_RATE).orElseThrow().reference())
        .contains("监控表!H4");

    TableFile xls = TableFiles.create().read(new ByteArrayInputStream(typed(HSSFWorkbook::new)), "upload");
    assertThat(xls.monitoringTables()).isEqualTo(CSV.value());
  }

  @Test
  void aWorkbookHoldingAMonitoringSheetIsReadAsMonitoringTablesThroughout() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(typed(XSSFWorkbook::new)));
    Sheet scored = workbook.createSheet("自评");
    List<List<String>> rows = List.of(
        List.of("项目名称", "三级指标", "指标值", "实际完成值", "得分"),
        List.of("团员发展质量提升", "新发展团员培训覆盖率", "=100%", "100%", "10"));
    for (int r = 0; r < rows.size(); r++) {
      Row row = scored.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
    TableFile read = TableFiles.create().read(new ByteArrayInputStream(Workbooks.bytes(workbook)), "混合.xlsx");
    assertThat(read.selfEvaluationTables()).isEmpty();
    assertThat(read.monitoringTables()).hasSize(3);
    assertThat(read.monitoringTables().get(2).indicators().get(0).progress().raw()).isEqualTo("100%");
    assertThat(read.warnings()).filteredOn(w -> w.code().equals("JX-SHEET-012"))
        .singleElement().satisfies(w -> assertThat(w.message()).contains("得分"));
  }

  @Test
  void aSheetNamingOnlyColumnsASelfEvaluationSharesIsNoMonitoringSheet() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Sheet1");
    List<List<String>> rows = List.of(
        List.of("项目名称", "三级指标", "指标值", "实际完成值", "执行率"),
        List.of("青少年心理健康关爱行动", "心理健康讲座场次", "≥24场", "26场", "96%"));
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
    TableFile read = TableFiles.create().read(new ByteArrayInputStream(Workbooks.bytes(workbook)), "自评.xlsx");
    assertThat(read.monitoringTables()).isEmpty();
    assertThat(read.selfEvaluationTables()).extracting(t -> t.indicators().get(0).actual().raw())
        .containsExactly("26场");
    assertThat(read.format()).isEqualTo("xlsx");
  }
}
