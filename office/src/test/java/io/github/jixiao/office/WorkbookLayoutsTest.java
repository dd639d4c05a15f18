package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook laid out as budget systems export one — a merged title, a 填报单位 and a 单位 row, a two-row
 * header with merged group cells, notes under the table — reads as the same sheet saved as CSV does, its cells
 * placed by their references.
 */
class WorkbookLayoutsTest {
  private static final List<String> ROWS = List.of(
      "2025年项目支出绩效目标表,,,,,,,,,,,,,",
      ",,,,,,,,,,,,,",
      "填报单位：712001共青团某县委员会,,,,,,,,,,,,单位：万元,",
      "项目编码,项目名称,预算数,,,资金支出计划（%）,,,,一级指标,二级指标,三级指标,指标值,指标值确定依据",
      ",,合计,财政资金,其他资金,3月底,6月底,9月底,12月底,,,,,",
      "13043425P00437410002E,2025年特困生救助金,5.00,5.00,,30%,60%,90%,100%,产出指标,数量指标,全县特困生救助人数,100人,年度工作计划",
      ",,,,,,,,,,成本指标,发放救济物品资金金额,≤5万元,年度工作计划",
      ",,,,,,,,,满意度指标,服务对象满意度指标,受助学生满意度,≥95%,问卷调查",
      "13043425P00450110058B,2025年基层团组织经费,8.00,6.00,2.00,25%,50%,75%,100%,产出指标,数量指标,创建基层优秀团组织数量,≥22个,年度工作安排",
      "注：金额单位为万元。,,,,,,,,,,,,,");

  private static byte[] workbook() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Sheet1");
    for (int r = 0; r < ROWS.size(); r++) {
      Row row = sheet.createRow(r);
      String[] cells = ROWS.get(r).split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        if (!cells[c].isEmpty()) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
    }
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 13));    // the title across the sheet
    sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));     // 预算数 over 合计, 财政资金, 其他资金
    sheet.addMergedRegion(new CellRangeAddress(3, 3, 5, 8));     // 资金支出计划（%） over the months
    for (int c : new int[] {0, 1, 9, 10, 11, 12, 13}) {
      sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));   // a column header merged down both rows
    }
    sheet.addMergedRegion(new CellRangeAddress(9, 9, 0, 13));    // the note across the sheet
    return Workbooks.bytes(workbook);
  }

  @Test
  void readsAWorkbookWithTitleRowsAndAMergedTwoRowHeaderAsItsCsv() {
    ReadResult<List<ProjectTargetTable>> xlsx = WorkbookReader.create().read(new ByteArrayInputStream(workbook()),
        "targets.xlsx");
    ReadResult<List<ProjectTargetTable>> csv = SheetReader.create().read(new StringReader(String.join("\r\n", ROWS)),
        "targets.csv");
    assertThat(xlsx.value()).hasSize(2).isEqualTo(csv.value());
    assertThat(xlsx.value().get(0).spendingPlan().checkpoints()).hasSize(4);
    assertThat(xlsx.warnings()).extracting(ReadProblem::code).containsExactly("JX-SHEET-014", "JX-SHEET-015",
        "JX-SHEET-015", "JX-SHEET-016", "JX-SHEET-017");
    SourceMap map = xlsx.sourceMap().orElseThrow();
    assertThat(map.cell(0, TableField.BUDGET).orElseThrow().reference()).contains("Sheet1!C6");
    assertThat(map.cell(1, TableField.OTHER_FUNDS).orElseThrow()).hasToString(
        "targets.xlsx Sheet1!E9 (预算数/其他资金) tables[1].otherFunds");
    assertThat(map.cell(0, 2, TableField.TARGET).orElseThrow().reference()).contains("Sheet1!M8");
    assertThat(map.cell(0, TableField.AMOUNT_UNIT).orElseThrow().reference()).contains("Sheet1!M3");
  }
}
