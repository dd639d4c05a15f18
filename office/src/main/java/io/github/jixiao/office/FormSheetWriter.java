package io.github.jixiao.office;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetWriter;
import io.github.jixiao.serialization.sheet.SheetWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Lays tables out in the form layout (表单式), one after another on one sheet, as an officer opens and prints
 * the published template: a centred title, the money unit, the label/value block, 年度绩效目标 in one merged
 * cell, and the indicator grid with 一级指标 and 二级指标 merged down their rows, in thin borders, wrapped,
 * in a CJK font, a page break after each table. The cell texts are the ones {@link SheetWriter} writes for
 * the row layout, so that the form reads back into equal tables.
 *
 * <p>Merged regions are added without POI's check against every region already on the sheet (quadratic over
 * thousands of tables). Since a table's rows are its own, only its own regions can overlap: they are checked
 * against each other when the table is done, so the check grows with the table, not with the sheet.
 */
final class FormSheetWriter {
  private static final int MONEY_ROWS = 3;
  /** A self-evaluation form's columns at the least: 项目资金, the row's label and the budget line's six cells. */
  private static final int EVALUATION_WIDTH = 8;

  private final Sheet sheet;
  private final CellStyle title;
  private final CellStyle unit;
  private final CellStyle label;
  private final CellStyle value;
  private final List<CellRangeAddress> regions = new ArrayList<>();
  private int next;
  private int width;

  FormSheetWriter(Workbook workbook, Sheet sheet) {
    this.sheet = sheet;
    this.title = style(workbook, true, (short) 16, HorizontalAlignment.CENTER, false);
    this.unit = style(workbook, false, (short) 11, HorizontalAlignment.RIGHT, false);
    this.label = style(workbook, true, (short) 11, HorizontalAlignment.CENTER, true);
    this.value = style(workbook, false, (short) 11, HorizontalAlignment.LEFT, true);
  }

  void write(List<ProjectTargetTable> tables) {
    for (ProjectTargetTable table : tables) {
      table(SheetWriter.create().rows(List.of(table)));
      endTable();
    }
    endSheet();
  }

  /**
   * Self-evaluation tables in the national form (项目支出绩效自评表): title, 项目名称 and 实施单位, the 项目资金 block
   * with the budget line on 年度资金总额's row, 年度总体目标 with 预期目标 beside 实际完成情况, the indicator grid with
   * 实际完成值, 分值, 得分 and 偏差原因, then 总分 and 自评等级. The texts are those {@link SelfEvaluationSheetWriter}
   * writes, so that the form reads back into equal tables.
   */
  void writeSelfEvaluation(List<SelfEvaluationTable> tables) {
    for (SelfEvaluationTable table : tables) {
      evaluationTable(SelfEvaluationSheetWriter.create().rows(List.of(table)));
      endTable();
    }
    endSheet();
  }

  private void endTable() {
    checkRegions();
    sheet.setRowBreak(next - 1);
    next++;   // a blank row between tables, for the eye when the sheet is scrolled
  }

  private void endSheet() {
    for (int c = 0; c < width; c++) {
      sheet.setColumnWidth(c, (c < 2 ? 14 : 20) * 256);
    }
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.getPrintSetup().setLandscape(true);
  }

  /** One table, from its rows in the row layout: the header row, then its rows (the table's cells on the first). */
  private void table(List<List<String>> rows) {
    List<String> header = rows.get(0);
    List<String> first = rows.get(1);
    int grid = header.indexOf(TableField.CATEGORY.term());
    int w = header.size() - grid;
    width = Math.max(width, w);
    int half = w / 2;
    String year = cell(header, first, TableField.FISCAL_YEAR.term());

    line(year.isEmpty() ? "项目支出绩效目标表" : year + "年项目支出绩效目标表", title, w);
    sheet.getRow(next - 1).setHeightInPoints(30);
    line("单位：" + cell(header, first, TableField.AMOUNT_UNIT.term()), unit, w);

    pair(half, w, "项目名称", cell(header, first, TableField.PROJECT_NAME.term()),
        "项目编码", cell(header, first, TableField.PROJECT_CODE.term()));
    pair(half, w, "预算单位", cell(header, first, TableField.UNIT_NAME.term()),
        "单位编码", cell(header, first, TableField.UNIT_CODE.term()));
    money(header, first, half, w);
    String fundUse = cell(header, first, TableField.FUND_USE.term());
    if (!fundUse.isEmpty()) {
      labelled("资金用途", fundUse, w);
    }
    labelled("年度绩效目标", cell(header, first, TableField.GOALS.term()), w);
    Row goals = sheet.getRow(next - 1);
    goals.setHeightInPoints(Math.max(1, goals.getCell(1).getStringCellValue().split("\n", -1).length) * 16f);

    Row gridHeader = sheet.createRow(next++);
    for (int c = 0; c < w; c++) {
      put(gridHeader, c, header.get(grid + c), label);
    }
    indicators(rows, grid, w);
  }

  private void evaluationTable(List<List<String>> rows) {
    List<String> header = rows.get(0);
    List<String> first = rows.get(1);
    int grid = header.size();
    for (TableField f : List.of(TableField.CATEGORY, TableField.SUBCATEGORY, TableField.NAME)) {
      int at = header.indexOf(f.term());
      grid = at >= 0 ? Math.min(grid, at) : grid;
    }
    int g = header.size() - grid;
    int w = Math.max(EVALUATION_WIDTH, g);
    width = Math.max(width, w);
    int half = w / 2;
    String year = cell(header, first, TableField.FISCAL_YEAR.term());

    line(year.isEmpty() ? "项目支出绩效自评表" : year + "年度项目支出绩效自评表", title, w);
    sheet.getRow(next - 1).setHeightInPoints(30);
    line("单位：" + cell(header, first, TableField.AMOUNT_UNIT.term()), unit, w);
    pair(half, w, "项目名称", cell(header, first, TableField.PROJECT_NAME.term()),
        "项目编码", cell(header, first, TableField.PROJECT_CODE.term()));
    pair(half, w, "实施单位", cell(header, first, TableField.UNIT_NAME.term()),
        "单位编码", cell(header, first, TableField.UNIT_CODE.term()));
    budgetLine(header, first, w);

    int top = next;
    Row goalHeader = sheet.createRow(next++);
    put(goalHeader, 0, "年度总体目标", label);
    span(goalHeader, 1, half - 1, "预期目标", label);
    span(goalHeader, half, w - 1, SelfEvaluationField.OUTCOME.term(), label);
    Row goals = sheet.createRow(next++);
    put(goals, 0, "", label);
    String goalText = cell(header, first, TableField.GOALS.term());
    span(goals, 1, half - 1, goalText, value);
    span(goals, half, w - 1, cell(header, first, SelfEvaluationField.OUTCOME.term()), value);
    goals.setHeightInPoints(Math.max(1, goalText.split("\n", -1).length) * 16f);
    merge(top, next - 1, 0, 0);

    Row gridHeader = sheet.createRow(next++);
    for (int c = 0; c < w; c++) {
      put(gridHeader, c, c < g ? header.get(grid + c) : "", label);
    }
    indicators(rows, grid, g);
    for (SelfEvaluationField closing : List.of(SelfEvaluationField.TOTAL_SCORE, SelfEvaluationField.GRADE)) {
      if (header.contains(closing.term())) {
        labelled(closing == SelfEvaluationField.TOTAL_SCORE ? "总分" : "自评等级",
            cell(header, first, closing.term()), w);
      }
    }
  }

  /**
   * The 项目资金 block of a self-evaluation form: the budget line's six headers, its values on 年度资金总额's row,
   * and the rows the national form has under it, left blank since the model keeps the line's total only.
   */
  private void budgetLine(List<String> header, List<String> first, int w) {
    List<SelfEvaluationField> line = List.of(SelfEvaluationField.INITIAL_BUDGET, SelfEvaluationField.ANNUAL_BUDGET,
        SelfEvaluationField.ANNUAL_SPENDING, SelfEvaluationField.EXECUTION_WEIGHT,
        SelfEvaluationField.EXECUTION_RATE, SelfEvaluationField.EXECUTION_SCORE);
    String[] headers = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    String[] rows = {"年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"};
    int top = next;
    Row head = sheet.createRow(next++);
    put(head, 0, "项目资金", label);
    put(head, 1, "", label);
    for (int k = 0; k < headers.length; k++) {
      put(head, 2 + k, headers[k], label);
    }
    for (String rowLabel : rows) {
      Row row = sheet.createRow(next++);
      put(row, 0, "", label);
      put(row, 1, rowLabel, label);
      for (int k = 0; k < line.size(); k++) {
        put(row, 2 + k, rowLabel.equals(rows[0]) ? cell(header, first, line.get(k).term()) : "", value);
      }
    }
    for (int r = top; r < next; r++) {
      for (int c = 2 + line.size(); c < w; c++) {
        put(sheet.getRow(r), c, "", value);
      }
      if (w > 2 + line.size()) {
        merge(r, r, 2 + line.size() - 1, w - 1);
      }
    }
    merge(top, next - 1, 0, 0);
  }

  private void money(List<String> header, List<String> first, int half, int w) {
    List<String> months = new ArrayList<>();
    for (int c = header.indexOf(TableField.FUND_USE.term()) + 1; c < header.size(); c++) {
      if (FormLabels.month(header.get(c)) > 0) {
        months.add(header.get(c));
      }
    }
    int rows = Math.max(MONEY_ROWS, months.size());
    String[] labels = {"年度资金总额", "其中：财政拨款", "其他资金"};
    String[] values = {cell(header, first, TableField.BUDGET.term()),
        cell(header, first, TableField.FISCAL_FUNDS.term()), cell(header, first, TableField.OTHER_FUNDS.term())};
    int valueEnd = months.isEmpty() ? w - 1 : half - 1;
    int top = next;
    for (int r = 0; r < rows; r++) {
      Row row = sheet.createRow(next++);
      put(row, 0, r == 0 ? "项目资金" : "", label);
      put(row, 1, r < labels.length ? labels[r] : "", label);
      span(row, 2, valueEnd, r < values.length ? values[r] : "", value);
      if (!months.isEmpty()) {
        put(row, half, r == 0 ? "资金支出计划（%）" : "", label);
        put(row, half + 1, r < months.size() ? months.get(r) : "", label);
        span(row, half + 2, w - 1, r < months.size() ? cell(header, first, months.get(r)) : "", value);
      }
    }
    merge(top, next - 1, 0, 0);
    if (!months.isEmpty()) {
      merge(top, next - 1, half, half);
    }
  }

  /** The indicator rows, the category and sub-category cells merged over each run of equal texts. */
  private void indicators(List<List<String>> rows, int grid, int w) {
    int top = next;
    int categoryFrom = top;
    int subcategoryFrom = top;
    List<List<String>> cells = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      List<String> indicator = r.subList(grid, r.size());
      if (indicator.stream().allMatch(String::isEmpty)) {
        continue;   // the row the row layout gives a table without indicators
      }
      cells.add(indicator);
    }
    for (int i = 0; i < cells.size(); i++) {
      Row row = sheet.createRow(next++);
      List<String> c = cells.get(i);
      boolean sameCategory = i > 0 && c.get(0).equals(cells.get(i - 1).get(0));
      boolean sameSubcategory = sameCategory && c.get(1).equals(cells.get(i - 1).get(1));
      if (!sameCategory) {
        merge(categoryFrom, row.getRowNum() - 1, 0, 0);
        categoryFrom = row.getRowNum();
      }
      if (!sameSubcategory) {
        merge(subcategoryFrom, row.getRowNum() - 1, 1, 1);
        subcategoryFrom = row.getRowNum();
      }
      for (int k = 0; k < w; k++) {
        boolean covered = k == 0 && sameCategory || k == 1 && sameSubcategory;
        put(row, k, covered ? "" : c.get(k), k < 2 ? label : value);
      }
    }
    merge(categoryFrom, next - 1, 0, 0);
    merge(subcategoryFrom, next - 1, 1, 1);
  }

  private void line(String text, CellStyle style, int w) {
    Row row = sheet.createRow(next++);
    span(row, 0, w - 1, text, style);
  }

  private void pair(int half, int w, String leftLabel, String left, String rightLabel, String right) {
    Row row = sheet.createRow(next++);
    put(row, 0, leftLabel, label);
    span(row, 1, half - 1, left, value);
    put(row, half, rightLabel, label);
    span(row, half + 1, w - 1, right, value);
  }

  private void labelled(String text, String content, int w) {
    Row row = sheet.createRow(next++);
    put(row, 0, text, label);
    span(row, 1, w - 1, content, value);
  }

  /** A value over columns {@code from}…{@code to} of one row: the text in the first, every cell styled for the borders. */
  private void span(Row row, int from, int to, String text, CellStyle style) {
    put(row, from, text, style);
    for (int c = from + 1; c <= to; c++) {
      put(row, c, "", style);
    }
    merge(row.getRowNum(), row.getRowNum(), from, to);
  }

  private static void put(Row row, int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    // setCellValue(String) makes a text cell: a leading = is kept as text, never parsed as a formula.
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }

  private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    if (lastRow > firstRow || lastColumn > firstColumn) {
      CellRangeAddress region = new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn);
      sheet.addMergedRegionUnsafe(region);
      regions.add(region);
    }
  }

  /** The table's regions, pairwise apart: a spreadsheet refuses to open a sheet whose merged cells overlap. */
  private void checkRegions() {
    for (int i = 0; i < regions.size(); i++) {
      for (int j = i + 1; j < regions.size(); j++) {
        if (regions.get(i).intersects(regions.get(j))) {
          throw new IllegalStateException("merged regions overlap: " + regions.get(i).formatAsString() + " and "
              + regions.get(j).formatAsString());
        }
      }
    }
    regions.clear();
  }

  private static String cell(List<String> header, List<String> row, String name) {
    int i = header.indexOf(name);
    return i < 0 || i >= row.size() ? "" : row.get(i);
  }

  private static CellStyle style(Workbook workbook, boolean bold, short points, HorizontalAlignment align,
      boolean bordered) {
    Font font = workbook.createFont();
    font.setFontName(WorkbookWriter.CJK_FONT);
    font.setBold(bold);
    font.setFontHeightInPoints(points);
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setWrapText(true);
    style.setAlignment(align);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    if (bordered) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }
}
