package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The places of a Word document: a table's row and cell, a paragraph, a table's rows. */
class WordPlacesTest {
  @Test
  void namesATableCellAsPeopleCountIt() {
    SourceLocation at = SourceLocation.tableCell("plan.docx", 2, 5, 3);
    assertThat(at.toString()).isEqualTo("plan.docx table 2 row 5 cell 3");
    assertThat(at.withPath("tables[1].indicators[2].target").toString())
        .isEqualTo("plan.docx table 2 row 5 cell 3 tables[1].indicators[2].target");
    assertThat(at.table()).hasValue(2);
    assertThat(at.paragraph()).isEmpty();
    assertThat(at.line()).hasValue(5);
    assertThat(at.column()).hasValue(3);
    assertThat(at.tableReference(Locale.CHINA)).hasValue("表2 第5行 第3列");
    assertThat(at.tableReference(Locale.ROOT)).hasValue("table 2 row 5 cell 3");
    assertThat(at.reference()).isEmpty();
  }

  @Test
  void namesARowWithoutACell() {
    SourceLocation row = SourceLocation.tableCell("plan.docx", 1, 13, 0);
    assertThat(row.toString()).isEqualTo("plan.docx table 1 row 13");
    assertThat(row.tableReference(Locale.ROOT)).isEmpty();
  }

  @Test
  void namesAParagraph() {
    SourceLocation p = SourceLocation.paragraph("plan.docx", 12);
    assertThat(p.toString()).isEqualTo("plan.docx paragraph 12");
    assertThat(p.paragraph()).hasValue(12);
    assertThat(p.table()).isEmpty();
    assertThat(p.tableReference(Locale.ROOT)).isEmpty();
  }

  @Test
  void tellsAWordPlaceFromATextLineOfTheSameNumbers() {
    assertThat(SourceLocation.paragraph("a", 3)).isNotEqualTo(SourceLocation.at("a", 3, 0));
    assertThat(SourceLocation.tableCell("a", 1, 3, 2)).isNotEqualTo(SourceLocation.at("a", 3, 2))
        .isNotEqualTo(SourceLocation.tableCell("a", 2, 3, 2))
        .isEqualTo(SourceLocation.tableCell("a", 1, 3, 2))
        .hasSameHashCodeAs(SourceLocation.tableCell("a", 1, 3, 2));
    assertThat(SourceLocation.at("a", 3, 2).table()).isEmpty();
    assertThat(SourceLocation.tableCell("a", 1, 3, 2).withSource("b").withCell("指标值").table()).hasValue(1);
  }

  @Test
  void spansTheRowsOfATable() {
    SourceSpan span = SourceSpan.tableRows("plan.docx", 2, 1, 16);
    assertThat(span.toString()).isEqualTo("plan.docx table 2 rows 1–16");
    assertThat(span.start()).isEqualTo(SourceLocation.tableCell("plan.docx", 2, 1, 0));
    assertThat(span.table()).hasValue(2);
    assertThat(span).isNotEqualTo(SourceSpan.rows("plan.docx", 1, 16));
    assertThat(SourceSpan.rows("plan.docx", 1, 16).table()).isEmpty();
  }

  @Test
  void refusesATableNumberBelowOne() {
    assertThatThrownBy(() -> SourceLocation.tableCell("a", 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceSpan.tableRows("a", 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
