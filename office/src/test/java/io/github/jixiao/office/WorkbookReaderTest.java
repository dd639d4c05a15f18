package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.sheet.SheetWriter;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookReaderTest {
  private final WorkbookReader reader = WorkbookReader.create();

  private ReadResult<List<ProjectTargetTable>> read(byte[] bytes, String name) {
    return reader.read(new ByteArrayInputStream(bytes), name);
  }

  private static ReadResult<List<ProjectTargetTable>> asCsv(List<ProjectTargetTable> tables) {
    return SheetReader.create().read(new StringReader(SheetWriter.create().write(tables)), "wei.csv");
  }

  @Test
  void readsTypedNumbersPercentagesAndMergedCategoriesIntoTheSameTablesAsTheCsv() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Workbooks.typed(workbook, "Sheet1", SeedTables.wei2025());
    ReadResult<List<ProjectTargetTable>> xlsx = read(Workbooks.bytes(workbook), "wei.xlsx");
    assertThat(xlsx.warnings()).isEmpty();
    assertThat(xlsx.value()).isEqualTo(asCsv(SeedTables.wei2025()).value());
    assertThat(xlsx.value().get(0).budget().total().orElseThrow().value()).hasToString("5.00");
  }

  @Test
  void readsAnXlsWorkbookLikeAnXlsxOne() {
    HSSFWorkbook workbook = new HSSFWorkbook();
    Workbooks.typed(workbook, "Sheet1", SeedTables.dingzhou2021());
    ReadResult<List<ProjectTargetTable>> xls = read(Workbooks.bytes(workbook), "dingzhou.xls");
    assertThat(xls.value()).isEqualTo(asCsv(SeedTables.dingzhou2021()).value());
  }

  @Test
  void readsSeveralSheetsAsOneListNumberedAcrossSheets() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Workbooks.typed(workbook, "定州", SeedTables.dingzhou2021());
    workbook.createSheet("填表说明").createRow(0).createCell(0).setCellValue("请按模板填写，金额单位为万元");
    Workbooks.typed(workbook, "魏县", SeedTables.wei2025());
    ReadResult<List<ProjectTargetTable>> r = read(Workbooks.bytes(workbook), "both.xlsx");
    List<ProjectTargetTable> expected = new ArrayList<>(SeedTables.dingzhou2021());
    expected.addAll(SeedTables.wei2025());
    assertThat(r.value()).isEqualTo(asCsv(expected).value());
    int firstWei = SeedTables.dingzhou2021().size();
    assertThat(r.sourceMap().orElseThrow().table(firstWei).orElseThrow().sheet()).contains("魏县");
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-SHEET-013");
    assertThat(r.warnings().get(0).location().sheet()).contains("填表说明");
  }

  @Test
  void locatesEveryCellAsASheetReference() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Workbooks.typed(workbook, "Sheet1", SeedTables.wei2025());
    ReadResult<List<ProjectTargetTable>> r = read(Workbooks.bytes(workbook), "wei.xlsx");
    List<String> header = SheetWriter.create().rows(SeedTables.wei2025()).get(0);
    String targetColumn = CellReference.convertNumToColString(header.indexOf("指标值"));
    SourceLocation target = r.sourceMap().orElseThrow().locate(CellAddress.of(0, 2, TableField.TARGET)).orElseThrow();
    assertThat(target.reference()).contains("Sheet1!" + targetColumn + "4");
    assertThat(target).hasToString("wei.xlsx Sheet1!" + targetColumn + "4 (指标值) tables[0].indicators[2].target");
    SourceLocation budget = r.sourceMap().orElseThrow().locate(CellAddress.of(1, TableField.BUDGET)).orElseThrow();
    assertThat(budget.reference()).hasValueSatisfying(ref -> assertThat(ref).startsWith("Sheet1!"));
  }

  @Test
  void readsAFormulaByTheValueLastSavedAndADateAsAnIsoDate() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Sheet1");
    String[] header = {"项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"};
    var top = sheet.createRow(0);
    for (int c = 0; c < header.length; c++) {
      top.createCell(c).setCellValue(header[c]);
    }
    var row = sheet.createRow(1);
    row.createCell(0).setCellValue("2025年特困生救助金");
    Cell budget = row.createCell(1);
    budget.setCellFormula("2.5*2");
    CellStyle twoDecimals = workbook.createCellStyle();
    twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    budget.setCellStyle(twoDecimals);
    workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(budget);
    row.createCell(2).setCellValue("产出指标");
    row.createCell(3).setCellValue("时效指标");
    row.createCell(4).setCellValue("救助款发放完成时间");
    Cell deadline = row.createCell(5);
    deadline.setCellValue(LocalDate.of(2025, 12, 31));
    CellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
    deadline.setCellStyle(date);
    ProjectTargetTable table = read(Workbooks.bytes(workbook), "formula.xlsx").value().get(0);
    assertThat(table.budget().total().orElseThrow().value()).hasToString("5.00");
    assertThat(table.indicators().get(0).target().raw()).isEqualTo("2025-12-31");
  }

  @Test
  void reportsHiddenSheetsRowsAndColumnsAndReadsThem() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = Workbooks.typed(workbook, "Sheet1", List.of(SeedTables.weiHardshipGrants()));
    sheet.getRow(3).setZeroHeight(true);
    sheet.setColumnHidden(0, true);
    Workbooks.typed(workbook, "旧表", List.of(SeedTables.weiGrassrootsOrganisations()));
    workbook.setSheetHidden(1, true);
    ReadResult<List<ProjectTargetTable>> r = read(Workbooks.bytes(workbook), "hidden.xlsx");
    assertThat(r.value()).hasSize(2);
    assertThat(r.warnings()).extracting(ReadProblem::code)
        .containsExactlyInAnyOrder("JX-XLSX-021", "JX-XLSX-022", "JX-XLSX-020");
    assertThat(r.warnings()).extracting(p -> p.message())
        .anySatisfy(m -> assertThat(m).contains("rows 4 "))
        .anySatisfy(m -> assertThat(m).contains("columns A "));
  }

  @Test
  void aReaderThatIsNotLenientRefusesAHiddenSheet() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Workbooks.typed(workbook, "Sheet1", List.of(SeedTables.weiHardshipGrants()));
    workbook.setSheetHidden(0, true);
    byte[] bytes = Workbooks.bytes(workbook);
    ReadException e = catchThrowableOfType(ReadException.class, () -> WorkbookReader.builder().lenient(false).build()
        .read(new ByteArrayInputStream(bytes), "strict.xlsx"));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-020");
    assertThat(e.getMessage()).startsWith("strict.xlsx Sheet1: sheet «Sheet1» is hidden");
  }

  @Test
  void keepsACellTheUserLeftEmptyEmpty() {
    ProjectTargetTable noOtherFunds = SeedTables.weiHardshipGrants();
    XSSFWorkbook workbook = new XSSFWorkbook();
    Workbooks.typed(workbook, "Sheet1", List.of(noOtherFunds));
    ProjectTargetTable read = read(Workbooks.bytes(workbook), "blank.xlsx").value().get(0);
    assertThat(read.budget().otherFunds()).isEqualTo(noOtherFunds.budget().otherFunds());
    assertThat(read.spendingPlan()).isEqualTo(asCsv(List.of(noOtherFunds)).value().get(0).spendingPlan());
  }

  @Test
  void refusesASheetWithoutAnyIndicatorHeaderWithTheSheetNamed() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    workbook.createSheet("说明").createRow(2).createCell(1).setCellValue("本表无数据");
    var e = catchThrowableOfType(ReadException.class, () -> read(Workbooks.bytes(workbook), "none.xlsx"));
    assertThat(e.problem().code()).isEqualTo("JX-SHEET-010");
    assertThat(e.getMessage()).startsWith("none.xlsx 说明 row 3");
  }

  @Test
  void refusesCsvTextNamedXlsxAsNotAWorkbook() {
    byte[] csv = SheetWriter.create().write(SeedTables.wei2025()).getBytes(StandardCharsets.UTF_8);
    var e = catchThrowableOfType(ReadException.class, () -> read(csv, "wei.xlsx"));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-002");
    assertThat(e.getMessage()).contains("wei.xlsx").contains("CSV");
  }
}
