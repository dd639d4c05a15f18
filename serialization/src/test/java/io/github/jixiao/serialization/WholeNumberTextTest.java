package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.serialization.xml.XmlCodec;
import java.time.Year;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole numbers written as text (every XML value, and JSON strings): a sign and up to nine ASCII digits. */
class WholeNumberTextTest {
  private static final XmlCodec XML = XmlCodec.create();

  private static Year fiscalYear(String text) {
    return XML.readTable("<table><fiscalYear>" + text + "</fiscalYear></table>").value().fiscalYear().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", " 2025 ", "+2025", "02025", "000002025"})
  void readsTheYearWrittenAsText(String text) {
    assertThat(fiscalYear(text)).isEqualTo(Year.of(2025));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "+", "-", "2025.0", "2,025", "２０２５", "0000002025", "2025x", "++2025", "1e3"})
  void refusesWhatIsNoWholeNumber(String text) {
    assertThatThrownBy(() -> fiscalYear(text)).isInstanceOf(ReadException.class)
        .hasMessageContaining("expected the fiscal year (a whole number)").hasMessageContaining("JX-XML-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-2025", "0", "99999"})
  void refusesANumberThatIsNoYear(String text) {
    assertThatThrownBy(() -> fiscalYear(text)).isInstanceOf(ReadException.class)
        .hasMessageContaining("four digits");
  }
}
