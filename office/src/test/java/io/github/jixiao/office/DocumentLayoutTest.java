package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Table layouts Word allows and the fixtures do not have: a row starting right of the first column
 * ({@code gridBefore}), a table inside a cell, a {@code vMerge} without a value, cells spanning columns.
 */
class DocumentLayoutTest {
  private static final String[] HEADER = {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"};

  /** A table with the label rows the reader needs and the header; the test adds indicator rows. */
  private static XWPFTable table(XWPFDocument doc) {
    doc.createParagraph().createRun().setText("1.2025年堤防巡查经费绩效目标表");
    XWPFTable t = doc.createTable();
    cells(t.getRow(0), "418002清河县水务局本级", "单位：万元");
    cells(t.createRow(), "项目编码", "13052600P00418020052B", "项目名称", "2025年堤防巡查经费");
    cells(t.createRow(), "预算规模及资金用途", "预算数", "3.00", "其中：财政资金", "3.00", "其他资金", "");
    cells(t.createRow(), HEADER);
    return t;
  }

  private static XWPFTableRow cells(XWPFTableRow row, String... texts) {
    while (!row.getTableCells().isEmpty()) {
      row.removeCell(0);
    }
    for (String text : texts) {
      row.addNewTableCell().setText(text);
    }
    return row;
  }

  private static CTTcPr pr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static ReadResult<PerformanceTargetDocument> read(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return DocumentReader.create().read(new ByteArrayInputStream(out.toByteArray()), "layout.docx");
  }

  @Test
  void readsARowStartingRightOfTheFirstColumnAsABlankCategory() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable t = table(doc);
    cells(t.createRow(), "产出指标", "数量指标", "巡查里程", "全年巡查的堤防长度", "≥120公里", "巡查计划");
    XWPFTableRow skipping = cells(t.createRow(), "质量指标", "隐患上报率", "发现的隐患上报的比例", "100%", "巡查制度");
    skipping.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
    ReadResult<PerformanceTargetDocument> r = read(doc);
    Indicator second = r.value().tables().get(0).indicators().get(1);
    assertThat(second.categoryLabel()).isEqualTo("产出指标");
    assertThat(second.subcategoryLabel()).isEqualTo("质量指标");
    assertThat(second.name()).isEqualTo("隐患上报率");
    assertThat(r.sourceMap().orElseThrow().cell(0, 1, TableField.SUBCATEGORY).orElseThrow())
        .isEqualTo(SourceLocation.tableCell("layout.docx", 1, 6, 2).withPath("tables[0].indicators[1].subcategory"));
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-DOCX-021");
      assertThat(w.location()).isEqualTo(SourceLocation.tableCell("layout.docx", 1, 6, 0));
      assertThat(w.message()).contains("grid column 2", "1 blank cell");
    });
  }

  @Test
  void readsAMergeWithoutAValueAsContinuingTheCellAbove() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable t = table(doc);
    XWPFTableRow first = cells(t.createRow(), "效益指标", "社会效益指标", "险情处置率", "发现险情及时处置的比例", "100%", "防汛预案");
    pr(first.getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
    XWPFTableRow next = cells(t.createRow(), "效益指标（合并前的文字）", "可持续影响指标", "堤防完好率", "完好堤段所占比例", "≥95%", "巡查记录");
    pr(next.getCell(0)).addNewVMerge();
    ReadResult<PerformanceTargetDocument> r = read(doc);
    assertThat(r.value().tables().get(0).indicators().get(1).categoryLabel()).isEqualTo("效益指标");
  }

  @Test
  void locatesACellAfterOneSpanningColumnsByItsGridColumn() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable t = table(doc);
    XWPFTableRow row = cells(t.createRow(), "产出指标", "时效指标", "巡查完成时间", "汛前完成全部巡查", "2025年5月底前", "");
    pr(row.getCell(3)).addNewGridSpan().setVal(BigInteger.TWO);
    ReadResult<PerformanceTargetDocument> r = read(doc);
    assertThat(r.value().tables().get(0).indicators().get(0).name()).isEqualTo("巡查完成时间");
    assertThat(r.sourceMap().orElseThrow().cell(0, 0, TableField.TARGET).orElseThrow().column()).hasValue(6);
  }

  @Test
  void keepsATableInsideACellAsLinesOfTheCellAndWarns() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable t = table(doc);
    XWPFTableRow row = cells(t.createRow(), "产出指标", "数量指标", "巡查里程", "", "≥120公里", "巡查计划");
    XWPFTableCell description = row.getCell(3);
    description.setText("分段巡查：");
    XWPFTable nested = description.insertNewTbl(description.getCTTc().addNewP().newCursor());
    nested.getCTTbl().addNewTblPr();
    XWPFTableRow nestedRow = nested.createRow();
    nestedRow.addNewTableCell().setText("东堤60公里");
    nestedRow.addNewTableCell().setText("西堤60公里");
    ReadResult<PerformanceTargetDocument> r = read(doc);
    assertThat(r.value().tables().get(0).indicators().get(0).description())
        .hasValueSatisfying(d -> assertThat(d).contains("分段巡查：", "东堤60公里", "西堤60公里"));
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-DOCX-020");
      assertThat(w.location()).isEqualTo(SourceLocation.tableCell("layout.docx", 1, 5, 4));
    });
  }

  @Test
  void failsAStrictReadOnTheFirstWarning() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable t = table(doc);
    XWPFTableRow row = cells(t.createRow(), "产出指标", "数量指标", "巡查里程", "", "≥120公里", "巡查计划");
    row.getCell(3).insertNewTbl(row.getCell(3).getCTTc().addNewP().newCursor()).createRow().addNewTableCell();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> DocumentReader.builder().lenient(false).build()
            .read(new ByteArrayInputStream(out.toByteArray()), "strict.docx"));
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-020");
  }
}
