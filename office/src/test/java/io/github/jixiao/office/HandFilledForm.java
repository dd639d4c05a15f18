package io.github.jixiao.office;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 2025 hardship grants table of Wei county as an officer fills the template in Excel, by hand: amounts as
 * numbers in a two-decimal format, percentages as numbers in a percentage format, a 主管部门 the model does not
 * keep, 一级指标 merged down its rows, a label with its value after a colon. Facts from the published table;
 * layout and wording of the rest are the test's own.
 */
final class HandFilledForm {
  private HandFilledForm() {}

  /** The form from row {@code top} (0-based) down, 13 rows. */
  static void hardshipGrants(Sheet sheet, int top) {
    CellStyle twoDecimals = sheet.getWorkbook().createCellStyle();
    twoDecimals.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.00"));
    CellStyle percent = sheet.getWorkbook().createCellStyle();
    percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
    text(sheet, top, 0, "2025年项目支出绩效目标表");
    merge(sheet, top, top, 0, 5);
    text(sheet, top + 1, 5, "单位：万元");
    text(sheet, top + 2, 0, "项目名称");
    text(sheet, top + 2, 1, "2025年特困生救助金");
    merge(sheet, top + 2, top + 2, 1, 2);
    text(sheet, top + 2, 3, "项目编码");
    text(sheet, top + 2, 4, "13043425P00437410002E");
    text(sheet, top + 3, 0, "实施单位：712001中国共产主义青年团魏县委员会本级");
    merge(sheet, top + 3, top + 3, 0, 2);
    text(sheet, top + 3, 3, "主管部门");
    text(sheet, top + 3, 4, "共青团魏县委员会");
    text(sheet, top + 4, 0, "项目资金");
    merge(sheet, top + 4, top + 6, 0, 0);
    String[] labels = {"年度资金总额", "其中：财政拨款", "其他资金"};
    for (int i = 0; i < 3; i++) {
      text(sheet, top + 4 + i, 1, labels[i]);
    }
    number(sheet, top + 4, 2, 5, twoDecimals);
    number(sheet, top + 5, 2, 5, twoDecimals);
    text(sheet, top + 4, 3, "资金支出计划（%）");
    merge(sheet, top + 4, top + 7, 3, 3);
    String[] months = {"3月底", "6月底", "10月底", "12月底"};
    double[] shares = {0.3, 0.3, 1, -1};
    for (int i = 0; i < 4; i++) {
      text(sheet, top + 4 + i, 4, months[i]);
      if (shares[i] >= 0) {
        number(sheet, top + 4 + i, 5, shares[i], percent);
      }
    }
    text(sheet, top + 8, 0, "年度绩效目标");
    text(sheet, top + 8, 1, "1.2025年全县救助特困生100人。");
    merge(sheet, top + 8, top + 8, 1, 5);
    String[] grid = {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"};
    for (int c = 0; c < grid.length; c++) {
      text(sheet, top + 9, c, grid[c]);
    }
    String[][] rows = {
        {"产出指标", "数量指标", "救助人数", "全县救助的特困生人数", "100人", "计划标准"},
        {"", "质量指标", "资金发放到位率", "救助资金按标准发放", "100%", "计划标准"},
        {"", "成本指标", "救助资金", "全年救助资金总额", "≤5万元", "计划标准"}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        if (!rows[r][c].isEmpty()) {
          text(sheet, top + 10 + r, c, rows[r][c]);
        }
      }
    }
    merge(sheet, top + 10, top + 12, 0, 0);
  }

  static void text(Sheet sheet, int row, int column, String text) {
    cell(sheet, row, column).setCellValue(text);
  }

  private static void number(Sheet sheet, int row, int column, double value, CellStyle style) {
    Cell cell = cell(sheet, row, column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static Cell cell(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
  }

  private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
    sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
  }
}
