package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Self-evaluation tables (项目支出绩效自评表) written as workbooks in both layouts and read back: equal tables,
 * defects kept as written, every self-evaluation cell placed at its own cell, and the front door handing them
 * out as self-evaluation tables.
 */
class SelfEvaluationWorkbookTest {
  static final ReadResult<List<SelfEvaluationTable>> CSV =
      SelfEvaluationSheetReader.create().read(Path.of("src/test/fixtures/self-evaluation.csv"));

  private static byte[] written(List<SelfEvaluationTable> tables, WorkbookLayout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.builder().layout(layout).build().writeSelfEvaluation(tables, out);
    return out.toByteArray();
  }

  private static ReadResult<List<SelfEvaluationTable>> read(byte[] bytes) {
    return WorkbookReader.create().readSelfEvaluation(new ByteArrayInputStream(bytes), "自评.xlsx");
  }

  @ParameterizedTest
  @EnumSource(WorkbookLayout.class)
  void theWaterBureauAndSchoolTablesReadBackEqual(WorkbookLayout layout) {
    assertThat(CSV.warnings()).isEmpty();
    ReadResult<List<SelfEvaluationTable>> back = read(written(CSV.value(), layout));
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).isEqualTo(CSV.value());
    SelfEvaluationTable water = back.value().get(0);
    assertThat(water.indicators()).extracting(e -> e.actual().raw())
        .containsExactly("41公里", "≥95%", "完成", "1.1万人", "92%");
    assertThat(water.indicators().get(4).scoreText()).contains("7分");
    assertThat(water.budgetExecution().executionRateText()).contains("95%");
    assertThat(back.value().get(1).totalScoreText()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(WorkbookLayout.class)
  void keepsWhatTheLayoutLacksAbsent(WorkbookLayout layout) {
    SelfEvaluationTable water = CSV.value().get(0).toBuilder().gradeText(Optional.empty())
        .absentEvaluationCells(EnumSet.of(SelfEvaluationField.GRADE)).build();
    SelfEvaluationTable back = read(written(List.of(water), layout)).value().get(0);
    assertThat(back).isEqualTo(water);
    assertThat(back.isAbsent(SelfEvaluationField.GRADE)).isTrue();
    assertThat(back.isAbsent(SelfEvaluationField.TOTAL_SCORE)).isFalse();
    assertThat(back.isAbsent(TableField.BASIS)).isTrue();
  }

  @Test
  void placesEachSelfEvaluationCellOfTheFormAtItsOwnCell() {
    ReadResult<List<SelfEvaluationTable>> back = read(written(CSV.value(), WorkbookLayout.FORM));
    SourceMap map = back.sourceMap().orElseThrow();
    // title, 单位, 项目名称, 实施单位, then the 项目资金 block's header on row 5 and 年度资金总额 on row 6
    assertThat(map.cell(0, SelfEvaluationField.INITIAL_BUDGET).orElseThrow().reference()).contains("绩效自评表!C6");
    assertThat(map.cell(0, SelfEvaluationField.EXECUTION_RATE).orElseThrow().reference()).contains("绩效自评表!G6");
    assertThat(map.cell(0, SelfEvaluationField.EXECUTION_SCORE).orElseThrow().toString())
        .contains("(执行率得分)", "tables[0].executionScore");
    assertThat(map.cell(0, SelfEvaluationField.OUTCOME).orElseThrow().reference()).contains("绩效自评表!E11");
    // the grid's header on row 12: 一级指标 … 分值 (E), 实际完成值 (F), 得分 (G)
    assertThat(map.cell(0, 4, SelfEvaluationField.SCORE).orElseThrow().reference()).contains("绩效自评表!G17");
    assertThat(map.cell(0, 4, SelfEvaluationField.ACTUAL).orElseThrow().toString())
        .contains("绩效自评表!F17", "tables[0].indicators[4].actual");
    assertThat(map.cell(0, SelfEvaluationField.TOTAL_SCORE).orElseThrow().reference()).contains("绩效自评表!G18");
    assertThat(map.cell(0, SelfEvaluationField.GRADE).orElseThrow().reference()).contains("绩效自评表!B19");
    assertThat(map.cell(1, 0, SelfEvaluationField.ACTUAL)).isPresent();
    assertThat(map.table(1).orElseThrow().first()).isEqualTo(21);
  }

  @Test
  void writesTheFormWithItsBudgetLineGoalBlockAndClosingRows() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written(CSV.value(), WorkbookLayout.FORM)))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("绩效自评表");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年度项目支出绩效自评表");
      assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("年初预算数");
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("年度资金总额");
      assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("预期目标");
      assertThat(sheet.getRow(9).getCell(4).getStringCellValue()).isEqualTo("实际完成情况");
      assertThat(sheet.getRow(17).getCell(0).getStringCellValue()).isEqualTo("总分");
      assertThat(sheet.getRow(18).getCell(0).getStringCellValue()).isEqualTo("自评等级");
    }
  }

  /**
   * A Youth League committee's form as an officer fills the national template by hand: the year in the title,
   * lettered headers (全年预算数（A）, 执行率（B/A）, 年度指标值（A）, 实际完成值（B）), amounts and the rate as
   * formatted numbers, 绩效指标 merged down the grid, the points summed beside 总分 and the grade after a colon on
   * the same row; a met target docked without a reason, a missed one at full points, a copied {@code ≥90%}.
   */
  @Test
  void readsAHandFilledNationalFormWithLetteredHeadersAndTheGradeOnTheTotalRow() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Sheet1");
      CellStyle twoDecimals = book.createCellStyle();
      twoDecimals.setDataFormat(book.createDataFormat().getFormat("0.00"));
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0%"));
      text(sheet, 0, 0, "2024年度项目支出绩效自评表", 0, 8);
      text(sheet, 1, 8, "单位：万元");
      text(sheet, 2, 0, "项目名称");
      text(sheet, 2, 1, "青少年活动阵地运行", 1, 4);
      text(sheet, 2, 5, "项目编码");
      text(sheet, 2, 6, "13053425P00320010005", 6, 8);
      text(sheet, 3, 0, "主管部门");
      text(sheet, 3, 1, "共青团清河县委员会", 1, 2);
      text(sheet, 3, 3, "实施单位");
      text(sheet, 3, 4, "共青团清河县委员会本级", 4, 5);
      text(sheet, 3, 6, "单位编码");
      text(sheet, 3, 7, "305033", 7, 8);
      text(sheet, 4, 0, "项目资金（万元）");
      sheet.addMergedRegion(new CellRangeAddress(4, 7, 0, 0));
      String[] heads = {"年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）"};
      for (int c = 0; c < heads.length; c++) {
        text(sheet, 4, 2 + c, heads[c]);
      }
      text(sheet, 4, 7, "得分", 7, 8);
      text(sheet, 5, 1, "年度资金总额");
      double[] amounts = {12, 12, 11.4};
      for (int c = 0; c < 3; c++) {
        number(sheet, 5, 2 + c, amounts[c], twoDecimals);
        number(sheet, 6, 2 + c, amounts[c], twoDecimals);
      }
      text(sheet, 5, 5, "10");
      number(sheet, 5, 6, 0.95, percent);
      text(sheet, 5, 7, "9.5", 7, 8);
      text(sheet, 6, 1, "其中：当年财政拨款");
      text(sheet, 7, 1, "其他资金");
      for (int r = 6; r <= 7; r++) {
        text(sheet, r, 5, "—");
        text(sheet, r, 6, "—");
        text(sheet, r, 7, "—", 7, 8);
      }
      text(sheet, 8, 0, "年度总体目标");
      sheet.addMergedRegion(new CellRangeAddress(8, 9, 0, 0));
      text(sheet, 8, 1, "预期目标", 1, 4);
      text(sheet, 8, 5, "实际完成情况", 5, 8);
      text(sheet, 9, 1, "保障青少年活动阵地全年开放", 1, 4);
      text(sheet, 9, 5, "全年开放300天，开展活动46场", 5, 8);
      String[][] grid = {
          {"一级指标", "二级指标", "三级指标", "年度指标值（A）", "实际完成值（B）", "分值", "得分", "偏差原因分析及改进措施"},
          {"产出指标", "数量指标", "开展活动场次", "≥40场", "46场", "30", "27", ""},
          {"效益指标", "社会效益指标", "参与青少年人次", "≥3000人次", "2600人次", "30", "30", ""},
          {"满意度指标", "服务对象满意度指标", "青少年满意度", "≥90%", "≥90%", "30", "30", ""}};
      text(sheet, 10, 0, "绩效指标");
      sheet.addMergedRegion(new CellRangeAddress(10, 13, 0, 0));
      for (int r = 0; r < grid.length; r++) {
        for (int c = 0; c < grid[r].length; c++) {
          if (!grid[r][c].isEmpty()) {
            text(sheet, 10 + r, 1 + c, grid[r][c]);
          }
        }
      }
      text(sheet, 14, 0, "总分", 0, 5);
      text(sheet, 14, 6, "100");
      text(sheet, 14, 7, "96.5");
      text(sheet, 14, 8, "自评等级：优");
      book.write(out);
    }
    ReadResult<List<SelfEvaluationTable>> r = read(out.toByteArray());
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.location().reference().orElseThrow())
        .containsExactly("JX-XLSX-031 Sheet1!B4", "JX-XLSX-031 Sheet1!B7", "JX-XLSX-031 Sheet1!G15");
    SelfEvaluationTable t = r.value().get(0);
    assertThat(t.fiscalYear()).contains(Year.of(2024));
    assertThat(t.projectCode()).contains("13053425P00320010005");
    assertThat(t.unit().orElseThrow().code()).contains("305033");
    BudgetExecution line = t.budgetExecution();
    assertThat(List.of(line.initialBudgetCell().orElseThrow().text(), line.annualBudgetCell().orElseThrow().text(),
        line.annualSpendingCell().orElseThrow().text())).containsExactly("12.00", "12.00", "11.40");
    assertThat(List.of(line.weightText(), line.executionRateText(), line.scoreText()))
        .containsExactly(Optional.of("10"), Optional.of("95%"), Optional.of("9.5"));
    assertThat(t.goals()).containsExactly("保障青少年活动阵地全年开放");
    assertThat(t.outcome()).contains("全年开放300天，开展活动46场");
    assertThat(t.indicators()).extracting(e -> e.indicator().target().raw())
        .containsExactly("≥40场", "≥3000人次", "≥90%");
    assertThat(t.indicators()).extracting(e -> e.actual().raw()).containsExactly("46场", "2600人次", "≥90%");
    assertThat(t.indicators()).extracting(e -> e.scoreText().orElseThrow()).containsExactly("27", "30", "30");
    assertThat(t.indicators()).extracting(e -> e.indicator().weightText().orElseThrow())
        .containsExactly("30", "30", "30");
    assertThat(t.totalScoreText()).contains("96.5");
    assertThat(t.gradeText()).contains("优");
    SourceMap map = r.sourceMap().orElseThrow();
    assertThat(map.cell(0, SelfEvaluationField.EXECUTION_RATE).orElseThrow().reference()).contains("Sheet1!G6");
    assertThat(map.cell(0, 1, SelfEvaluationField.ACTUAL).orElseThrow().reference()).contains("Sheet1!F13");
    assertThat(map.cell(0, SelfEvaluationField.TOTAL_SCORE).orElseThrow().reference()).contains("Sheet1!H15");
    assertThat(map.cell(0, SelfEvaluationField.GRADE).orElseThrow().reference()).contains("Sheet1!I15");
  }

  private static void text(Sheet sheet, int row, int column, String text, int from, int to) {
    text(sheet, row, column, text);
    sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
  }

  private static void text(Sheet sheet, int row, int column, String text) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    r.createCell(column).setCellValue(text);
  }

  private static void number(Sheet sheet, int row, int column, double value, CellStyle style) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    r.createCell(column).setCellValue(value);
    r.getCell(column).setCellStyle(style);
  }

  @Test
  void theFrontDoorHandsOutASelfEvaluationWorkbookAsSelfEvaluationTables(@TempDir Path dir) throws IOException {
    Path form = dir.resolve("自评表.xlsx");
    Files.write(form, written(CSV.value(), WorkbookLayout.FORM));
    TableFile read = TableFiles.create().read(form);
    assertThat(read.format()).isEqualTo("xlsx");
    assertThat(read.selfEvaluationTables()).isEqualTo(CSV.value());
    assertThat(read.tables()).isEmpty();
    Path rows = dir.resolve("rows.xlsx");
    Files.write(rows, written(CSV.value(), WorkbookLayout.ROW));
    assertThat(TableFiles.create().read(rows).selfEvaluationTables()).isEqualTo(CSV.value());
  }
}
