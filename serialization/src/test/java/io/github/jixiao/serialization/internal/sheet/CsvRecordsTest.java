package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.sheet.SheetReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
  private static final ReadLimits LIMITS = ReadLimits.builder().maxDocumentLength(1 << 20).maxRows(1000).maxColumns(100).maxStringLength(1000).build();

  private static List<CsvRecords.Row> split(String text, char delimiter) {
    return CsvRecords.split(text, delimiter, "t.csv", LIMITS);
  }

  @Test
  void keepsDelimitersDoubledQuotesAndLineBreaksInsideQuotedCells() {
    List<CsvRecords.Row> rows = split("a,\"b,\"\"c\"\"\r\nd\",e\r\nf,g\r\n", ',');
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).cells()).containsExactly("a", "b,\"c\"\r\nd", "e");
    assertThat(rows.get(1).number()).isEqualTo(2);
    assertThat(rows.get(1).cells()).containsExactly("f", "g");
  }

  @Test
  void numbersRowsAsASpreadsheetDoesWhateverTheLineEnds() {
    List<CsvRecords.Row> rows = split("a\nb\r\nc\rd", ',');
    assertThat(rows).extracting(CsvRecords.Row::number).containsExactly(1, 2, 3, 4);
    assertThat(rows).extracting(r -> r.cells().get(0)).containsExactly("a", "b", "c", "d");
  }

  @Test
  void keepsAQuoteInsideAnUnquotedCellAsWritten() {
    assertThat(split("5\"寸,x\n", ',').get(0).cells()).containsExactly("5\"寸", "x");
  }

  @Test
  void detectsTheDelimiterFromTheFirstNonEmptyLine() {
    assertThat(CsvRecords.detectDelimiter("\n\n项目名称\t指标值\t备注,说明\n")).isEqualTo('\t');
    assertThat(CsvRecords.detectDelimiter("项目名称,指标值,\"甲\t乙\"\n")).isEqualTo(',');
    assertThat(CsvRecords.detectDelimiter("指标值")).isEqualTo(',');
  }

  @Test
  void namesAColumnWithoutHeaderByItsSpreadsheetLetter() {
    assertThat(CsvRecords.columnName(List.of("项目名称", " "), 1)).isEqualTo("B");
    assertThat(CsvRecords.columnName(List.of(), 26)).isEqualTo("AA");
    assertThat(CsvRecords.columnName(List.of(" 指标值 "), 0)).isEqualTo("指标值");
  }
}
