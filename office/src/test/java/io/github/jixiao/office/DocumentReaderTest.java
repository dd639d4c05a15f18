package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceSpan;
import io.github.jixiao.serialization.text.TextDocumentReader;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word documents LibreOffice made from one HTML source (src/test/fixtures) read into the same document as its
 * text read by the published-text reader: same tables, same cells, with merged cells as the text shows them.
 */
class DocumentReaderTest {
  private static final String NAME = "qinghe-water-2025";

  static ReadResult<PerformanceTargetDocument> word(String extension) throws Exception {
    try (InputStream in = resource(NAME + "." + extension)) {
      return DocumentReader.create().read(in, NAME + "." + extension);
    }
  }

  static ReadResult<PerformanceTargetDocument> text() throws Exception {
    try (InputStream in = resource(NAME + ".txt")) {
      return TextDocumentReader.create().read(in, NAME + ".txt");
    }
  }

  private static InputStream resource(String name) {
    return DocumentReaderTest.class.getResourceAsStream("word/" + name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "doc"})
  void readsTheSameDocumentAsItsText(String extension) throws Exception {
    ReadResult<PerformanceTargetDocument> word = word(extension);
    ReadResult<PerformanceTargetDocument> text = text();
    assertThat(text.warnings()).isEmpty();
    assertThat(word.warnings()).isEmpty();
    assertThat(word.value()).isEqualTo(text.value());
    assertThat(word.value().tables()).hasSize(2);
    assertThat(word.value().tables().get(0).indicators()).hasSize(8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "doc"})
  void readsACategoryMergedDownAsTheRowAboveHasIt(String extension) throws Exception {
    PerformanceTargetDocument doc = word(extension).value();
    var second = doc.tables().get(0).indicators().get(1);
    assertThat(second.name()).isEqualTo("水质检测次数");
    assertThat(second.categoryLabel()).contains("产出指标");
    assertThat(second.subcategoryLabel()).contains("数量指标");
    assertThat(doc.tables().get(1).budget().otherFunds()).isEmpty();
  }

  @Test
  void locatesCellsByTableRowAndGridColumn() throws Exception {
    ReadResult<PerformanceTargetDocument> r = word("docx");
    // the first indicator of table 1 is row 9; 指标值 stands in grid column 6, after 指标描述 spanning two
    SourceLocation target = r.sourceMap().orElseThrow().cell(0, 0, TableField.TARGET).orElseThrow();
    assertThat(target.table()).hasValue(1);
    assertThat(target.line()).hasValue(9);
    assertThat(target.column()).hasValue(6);
    assertThat(target.toString()).isEqualTo(NAME + ".docx table 1 row 9 cell 6 tables[0].indicators[0].target");
    assertThat(target.tableReference(Locale.CHINESE)).hasValue("表1 第9行 第6列");
    assertThat(target.tableReference(Locale.ENGLISH)).hasValue("table 1 row 9 cell 6");
    SourceLocation name = r.sourceMap().orElseThrow().cell(1, TableField.PROJECT_NAME).orElseThrow();
    assertThat(name.toString()).startsWith(NAME + ".docx table 2 row 2 cell 5 ");
  }

  @Test
  void spansATableAndAnIndicatorByTheirRows() throws Exception {
    ReadResult<PerformanceTargetDocument> r = word("docx");
    assertThat(r.sourceMap().orElseThrow().table(1)).hasValue(SourceSpan.tableRows(NAME + ".docx", 2, 1, 13));
    assertThat(r.sourceMap().orElseThrow().indicator(0, 7)).hasValue(SourceSpan.tableRows(NAME + ".docx", 1, 16, 16));
    assertThat(r.sourceMap().orElseThrow().table(1).orElseThrow().toString())
        .isEqualTo(NAME + ".docx table 2 rows 1–13");
  }

  @Test
  void locatesTheDocFormatTheSameWay() throws Exception {
    ReadResult<PerformanceTargetDocument> r = word("doc");
    assertThat(r.sourceMap().orElseThrow().cell(0, 0, TableField.TARGET).orElseThrow().toString())
        .isEqualTo(NAME + ".doc table 1 row 9 cell 6 tables[0].indicators[0].target");
  }
}
