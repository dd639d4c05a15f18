package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceSpan;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A document handed over as paragraphs and table rows (as the office module reads Word) reads exactly as its
 * text does, every place named by the blocks' own locations.
 */
class TextDocumentBlocksTest {
  private static final String SOURCE = "plan.docx";
  private static final String[][] ROWS = {
      {"316001某县农业局本级", "UNIT"},
      {"项目编码", "13043425P00316020099A", "项目名称", "2025年耕地监测经费"},
      {"预算规模及资金用途", "预算数", "BUDGET", "其中：财政资金", "4.00", "其他资金", ""},
      {"绩效目标", "1.监测点位不少于30个。"},
      {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"},
      {"产出指标", "数量指标", "监测点位", "全年监测的点位数", "≥30个", "监测方案"},
      {"", "质量指标", "数据合格率", "合格数据的比例", "≥95%", "技术规程"},
  };

  private static List<TextDocumentReader.Block> blocks(String budget) {
    return blocks(budget, "单位：万元");
  }

  private static List<TextDocumentReader.Block> blocks(String budget, String unit) {
    List<TextDocumentReader.Block> blocks = new ArrayList<>();
    blocks.add(new TextDocumentReader.Paragraph("第二部分", SourceLocation.paragraph(SOURCE, 1)));
    blocks.add(new TextDocumentReader.Paragraph("1.2025年耕地监测经费绩效目标表", SourceLocation.paragraph(SOURCE, 2)));
    for (int r = 0; r < ROWS.length; r++) {
      List<TextDocumentReader.Cell> cells = new ArrayList<>();
      for (int c = 0; c < ROWS[r].length; c++) {
        cells.add(new TextDocumentReader.Cell(ROWS[r][c].replace("BUDGET", budget).replace("UNIT", unit),
            SourceLocation.tableCell(SOURCE, 1, r + 1, c + 1)));
      }
      blocks.add(new TextDocumentReader.Row(cells));
    }
    return blocks;
  }

  private static String text(String budget) {
    StringBuilder b = new StringBuilder("第二部分\n1.2025年耕地监测经费绩效目标表\n");
    for (String[] row : ROWS) {
      Arrays.stream(row).forEach(c -> b.append('\t').append(c.replace("BUDGET", budget).replace("UNIT", "单位：万元"))
          .append('\n'));
      b.append('\n');
    }
    return b.toString();
  }

  @Test
  void readsBlocksIntoTheDocumentItsTextReadsInto() {
    ReadResult<PerformanceTargetDocument> fromBlocks = TextDocumentReader.create().read(SOURCE, blocks("4.00"));
    ReadResult<PerformanceTargetDocument> fromText =
        TextDocumentReader.create().read(new StringReader(text("4.00")), "plan.txt");
    assertThat(fromBlocks.value()).isEqualTo(fromText.value());
    assertThat(fromBlocks.value().tables().get(0).indicators().get(1).categoryLabel()).contains("产出指标");
  }

  @Test
  void locatesCellsAndSpansByTableRowAndCell() {
    var map = TextDocumentReader.create().read(SOURCE, blocks("4.00")).sourceMap().orElseThrow();
    SourceLocation target = map.cell(0, 1, TableField.TARGET).orElseThrow();
    assertThat(target).isEqualTo(SourceLocation.tableCell(SOURCE, 1, 7, 5).withPath("tables[0].indicators[1].target"));
    assertThat(target.toString()).isEqualTo("plan.docx table 1 row 7 cell 5 tables[0].indicators[1].target");
    assertThat(target.tableReference(Locale.SIMPLIFIED_CHINESE)).hasValue("表1 第7行 第5列");
    assertThat(map.table(0)).hasValue(SourceSpan.tableRows(SOURCE, 1, 1, 7));
    assertThat(map.indicator(0, 1)).hasValue(SourceSpan.tableRows(SOURCE, 1, 7, 7));
    assertThat(map.locate(io.github.jixiao.core.CellAddress.of(0, 1, TableField.TARGET)).orElseThrow().table())
        .hasValue(1);
  }

  @Test
  void keepsABudgetCellThatIsNoAmountAtItsCell() {
    ReadResult<PerformanceTargetDocument> r = TextDocumentReader.create().read(SOURCE, blocks("五万"));
    assertThat(r.value().tables().get(0).budget().totalCell().orElseThrow().text()).isEqualTo("五万");
    assertThat(r.sourceMap().orElseThrow().cell(0, TableField.BUDGET))
        .hasValue(SourceLocation.tableCell(SOURCE, 1, 3, 3).withPath("tables[0].budget"));
  }

  @Test
  void locatesAStrictReadsFailureAtTheCellItWasFoundIn() {
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> TextDocumentReader.builder().lenient(false).build().read(SOURCE, blocks("4.00", "单位：美元")));
    assertThat(e.problem().code()).isEqualTo("JX-TEXT-032");
    assertThat(e.problem().location()).isEqualTo(SourceLocation.tableCell(SOURCE, 1, 1, 2));
    assertThat(e.getMessage()).startsWith("plan.docx table 1 row 1 cell 2: ");
  }

  @Test
  void namesTheParagraphsAndRowsOfATableCutOff() {
    List<TextDocumentReader.Block> cut = new ArrayList<>(blocks("4.00"));
    TextDocumentReader.Row last = (TextDocumentReader.Row) cut.remove(cut.size() - 1);
    cut.add(new TextDocumentReader.Row(last.cells().subList(0, 4)));
    ReadResult<PerformanceTargetDocument> r = TextDocumentReader.create().read(SOURCE, cut);
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-020");
      assertThat(w.message()).contains("table 1 rows 1–7").doesNotContain("line");
    });
    assertThat(r.value().tables().get(0).complete()).isFalse();
  }

  @Test
  void keepsAParagraphThatBeginsWithATabAParagraph() {
    List<TextDocumentReader.Block> blocks = new ArrayList<>(blocks("4.00"));
    blocks.add(1, new TextDocumentReader.Paragraph("\t缩进的说明", SourceLocation.paragraph(SOURCE, 2)));
    ReadResult<PerformanceTargetDocument> r = TextDocumentReader.create().read(SOURCE, blocks);
    assertThat(r.value().tables()).hasSize(1);
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-023");
      assertThat(w.location()).isEqualTo(SourceLocation.paragraph(SOURCE, 2));
      assertThat(w.location().toString()).isEqualTo("plan.docx paragraph 2");
    });
  }
}
