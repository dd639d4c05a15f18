package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The published template as filled in Excel: written, read back, and read when filled in by hand with defects. */
class FormLayoutTest {
  private static final WorkbookWriter FORM = WorkbookWriter.builder().layout(WorkbookLayout.FORM).build();

  private static List<ProjectTargetTable> seeds() {
    List<ProjectTargetTable> all = new ArrayList<>(SeedTables.dingzhou2021());
    all.addAll(SeedTables.wei2025());
    return all.stream().map(t -> t.withComplete(true)).toList();
  }

  private static byte[] written(WorkbookWriter writer, List<ProjectTargetTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(tables, out);
    return out.toByteArray();
  }

  private static ReadResult<List<ProjectTargetTable>> read(byte[] bytes, String name) {
    return WorkbookReader.create().read(new ByteArrayInputStream(bytes), name);
  }

  private static SourceLocation at(ReadResult<?> r, CellAddress address) {
    return r.sourceMap().orElseThrow().locate(address).orElseThrow();
  }

  @Test
  void everySeedTableWrittenInTheFormLayoutReadsBackEqual() {
    ReadResult<List<ProjectTargetTable>> r = read(written(FORM, seeds()), "form.xlsx");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.value()).isEqualTo(seeds());
  }

  @Test
  void everySeedTableWrittenInTheRowLayoutReadsBackEqual() {
    ReadResult<List<ProjectTargetTable>> r = read(written(WorkbookWriter.create(), seeds()), "rows.xlsx");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.value()).isEqualTo(seeds());
  }

  @Test
  void aRowLayoutSheetWhoseHeaderPairsALabelWithAnIndicatorColumnIsNoForm() {
    // 绩效目标 then 一级指标: a label beside a text that is no label, yet the row names the indicator columns.
    ReadResult<List<ProjectTargetTable>> r = read(written(WorkbookWriter.create(), seeds()), "rows.xlsx");
    assertThat(r.sourceMap().orElseThrow().table(0).orElseThrow().first()).isEqualTo(2);
    assertThat(at(r, CellAddress.of(0, TableField.PROJECT_NAME)).reference()).contains("绩效目标表!E2");
  }

  @Test
  void theFormIsLaidOutAsTheTemplatePrints() throws IOException {
    byte[] bytes = written(FORM, List.of(SeedTables.weiHardshipGrants()));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年项目支出绩效目标表");
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getAlignment().name()).isEqualTo("CENTER");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位：万元");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("项目名称");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2025年特困生救助金");
      assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("项目资金");
      assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("年度资金总额");
      assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("5.00");
      assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:F1"), CellRangeAddress.valueOf("A5:A8"));
      assertThat(workbook.getFontAt(sheet.getRow(2).getCell(1).getCellStyle().getFontIndex()).getFontName())
          .isEqualTo("宋体");
      assertThat(sheet.getRow(2).getCell(1).getCellStyle().getBorderTop().name()).isEqualTo("THIN");
      for (Row row : sheet) {
        row.forEach(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
      }
      // 一级指标 merged down its rows: the grid's first column has regions spanning several rows.
      assertThat(sheet.getMergedRegions()).anySatisfy(m -> {
        assertThat(m.getFirstColumn()).isZero();
        assertThat(m.getLastRow()).isGreaterThan(m.getFirstRow());
        assertThat(m.getFirstRow()).isGreaterThan(8);
      });
    }
  }

  @Test
  void locatesTheHeaderBlockAndTheGridByCell() {
    ReadResult<List<ProjectTargetTable>> r = read(written(FORM, List.of(SeedTables.weiHardshipGrants())), "wei.xlsx");
    ProjectTargetTable t = r.value().get(0);
    assertThat(t.projectCode()).contains("13043425P00437410002E");
    assertThat(t.budget().total().orElseThrow().value()).isEqualByComparingTo(new BigDecimal("5.00"));
    assertThat(t.amountUnit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(at(r, CellAddress.of(0, TableField.PROJECT_NAME)).reference()).contains("绩效目标表!B3");
    assertThat(at(r, CellAddress.of(0, TableField.PROJECT_CODE)).reference()).contains("绩效目标表!E3");
    assertThat(at(r, CellAddress.of(0, TableField.BUDGET)).reference()).contains("绩效目标表!C5");
    assertThat(at(r, CellAddress.of(0, TableField.FISCAL_YEAR)).reference()).contains("绩效目标表!A1");
    assertThat(at(r, CellAddress.of(0, 0, TableField.TARGET)).reference()).hasValueSatisfying(
        ref -> assertThat(ref).matches("绩效目标表!E\\d+"));
    assertThat(r.sourceMap().orElseThrow().table(0).orElseThrow().first()).isEqualTo(1);
  }

  @Test
  void readsSeveralTablesOnASheetAndSeveralSheets() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    HandFilledForm.hardshipGrants(workbook.createSheet("魏县"), 0);
    HandFilledForm.hardshipGrants(workbook.getSheet("魏县"), 20);
    HandFilledForm.hardshipGrants(workbook.createSheet("Sheet2"), 3);
    ReadResult<List<ProjectTargetTable>> r = read(Workbooks.bytes(workbook), "three.xlsx");
    assertThat(r.value()).hasSize(3);
    assertThat(r.value()).allSatisfy(t -> assertThat(t.indicators()).hasSize(3));
    assertThat(at(r, CellAddress.of(1, TableField.PROJECT_NAME)).reference()).contains("魏县!B23");
    assertThat(at(r, CellAddress.of(2, 2, TableField.CATEGORY)).reference()).hasValueSatisfying(
        ref -> assertThat(ref).startsWith("Sheet2!A"));
  }

  @Test
  void readsAHandFilledFormMergedCellsResolvedToTheCellTheyCover() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    HandFilledForm.hardshipGrants(workbook.createSheet("Sheet1"), 0);
    ReadResult<List<ProjectTargetTable>> r = read(Workbooks.bytes(workbook), "hand.xlsx");
    ProjectTargetTable t = r.value().get(0);
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-XLSX-031");
    assertThat(t.fiscalYear()).hasValueSatisfying(y -> assertThat(y.getValue()).isEqualTo(2025));
    assertThat(t.unit().orElseThrow().code()).contains("712001");
    assertThat(t.projectName()).contains("2025年特困生救助金");
    assertThat(t.budget().fiscalFunds().orElseThrow().value()).isEqualByComparingTo("5");
    assertThat(t.spendingPlan().checkpoints()).hasSize(4);
    assertThat(t.goals()).hasSize(1);
    // 产出指标 merged over three rows: every row reads it.
    assertThat(t.indicators()).extracting(i -> i.categoryLabel()).containsOnly("产出指标");
    assertThat(t.indicators()).extracting(i -> i.target().raw()).containsExactly("100人", "100%", "≤5万元");
    assertThat(at(r, CellAddress.of(0, 2, TableField.CATEGORY)).reference()).contains("Sheet1!A13");
    assertThat(at(r, CellAddress.of(0, TableField.FISCAL_FUNDS)).reference()).contains("Sheet1!C6");
    assertThat(r.warnings().get(0).location().reference()).contains("Sheet1!E4");
  }

  @Test
  void reportsWhatAHandFilledFormHoldsBesideTheTableLocated() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Sheet1");
    HandFilledForm.hardshipGrants(sheet, 0);
    HandFilledForm.text(sheet, 2, 5, "草稿");   // a stray cell beside the project code
    HandFilledForm.text(sheet, 13, 0, "注：本表由实施单位填报。");
    for (int c = 1; c < 6; c++) {
      HandFilledForm.text(sheet, 13, c, "注：本表由实施单位填报。");
    }
    HandFilledForm.text(sheet, 15, 0, "项目名称");
    HandFilledForm.text(sheet, 15, 1, "未填指标的项目");
    ReadResult<List<ProjectTargetTable>> r = read(Workbooks.bytes(workbook), "defects.xlsx");
    assertThat(r.value()).hasSize(2);
    assertThat(r.value().get(1).indicators()).isEmpty();
    assertThat(r.warnings()).extracting(ReadProblem::code)
        .contains("JX-XLSX-030", "JX-XLSX-031", "JX-XLSX-033", "JX-XLSX-034");
    assertThat(r.warnings()).filteredOn(p -> p.code().equals("JX-XLSX-033")).first()
        .satisfies(p -> assertThat(p.location().reference()).contains("Sheet1!A14"));
    assertThat(r.warnings()).filteredOn(p -> p.code().equals("JX-XLSX-030")).first()
        .satisfies(p -> assertThat(p.location().reference()).contains("Sheet1!F3"));
    assertThat(r.warnings()).allSatisfy(p -> assertThat(p.message(java.util.Locale.CHINESE)).matches("(?s).*\\p{IsHan}.*")
        .isNotEqualTo(p.message()));
  }

  @Test
  void aCoverSheetWithATitleOnlyIsPassedOverWithAWarningNotReadAsATable() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    HandFilledForm.text(workbook.createSheet("封面"), 3, 1, "2025年项目支出绩效目标表");
    HandFilledForm.hardshipGrants(workbook.createSheet("Sheet1"), 0);
    ReadResult<List<ProjectTargetTable>> r = read(Workbooks.bytes(workbook), "cover.xlsx");
    assertThat(r.value()).hasSize(1);
    assertThat(r.warnings()).filteredOn(p -> p.code().equals("JX-XLSX-030")).singleElement()
        .satisfies(p -> assertThat(p.location().reference()).contains("封面!A4"));
  }

  @Test
  void keepsAnAmountThatIsNoNumberAsWrittenAtTheFormsCell() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Sheet1");
    HandFilledForm.hardshipGrants(sheet, 0);
    HandFilledForm.text(sheet, 4, 2, "五万元");
    ReadResult<List<ProjectTargetTable>> r = read(Workbooks.bytes(workbook), "bad.xlsx");
    ProjectTargetTable t = r.value().get(0);
    assertThat(t.budget().totalCell().orElseThrow().text()).isEqualTo("五万元");
    assertThat(t.budget().total()).isEmpty();
    assertThat(at(r, CellAddress.of(0, TableField.BUDGET)).reference()).contains("Sheet1!C5");
  }

  @Test
  void aReaderThatIsNotLenientRefusesTheFirstThingItPassesOver() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    HandFilledForm.hardshipGrants(workbook.createSheet("Sheet1"), 0);
    byte[] bytes = Workbooks.bytes(workbook);
    ReadException e = catchThrowableOfType(ReadException.class, () -> WorkbookReader.builder().lenient(false)
        .build().read(new ByteArrayInputStream(bytes), "strict.xlsx"));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-031");
  }

  @Test
  void writesAndReadsHundredsOfFormTablesOnOneSheet() {
    // POI's own merge check compares each region with every one before it: quadratic over a sheet of tables.
    List<ProjectTargetTable> many = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      many.add(SeedTables.weiHardshipGrants().withProjectCode("13043425P0043741" + String.format("%04d", i) + "E"));
    }
    ReadResult<List<ProjectTargetTable>> r = assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> read(written(FORM, many), "many.xlsx"));
    assertThat(r.value()).isEqualTo(many);
    assertThat(at(r, CellAddress.of(499, TableField.PROJECT_CODE)).reference()).isPresent();
  }
}
