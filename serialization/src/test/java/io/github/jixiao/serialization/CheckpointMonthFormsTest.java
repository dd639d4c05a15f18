package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.time.Month;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A checkpoint's month may be written 3, "3", "03", "3月底" or "MARCH"; anything else is refused. */
class CheckpointMonthFormsTest {
  private static final JsonCodec JSON = JsonCodec.create();
  private static final XmlCodec XML = XmlCodec.create();

  private static Month jsonMonth(String month) {
    return JSON.readTable("{\"spendingPlan\":[{\"month\":" + month + ",\"percent\":\"30\"}]}").value()
        .spendingPlan().checkpoints().get(0).month();
  }

  private static Month xmlMonth(String month) {
    return XML.readTable("<table><spendingPlan><checkpoint><month>" + month + "</month></checkpoint></spendingPlan>"
        + "</table>").value().spendingPlan().checkpoints().get(0).month();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "03", "3月底", "03月底", " 3 ", "MARCH"})
  void readsTheWrittenFormsOfMarch(String month) {
    assertThat(jsonMonth("\"" + month + "\"")).isEqualTo(Month.MARCH);
    assertThat(xmlMonth(month)).isEqualTo(Month.MARCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "12月底", "DECEMBER"})
  void readsDecember(String month) {
    assertThat(xmlMonth(month)).isEqualTo(Month.DECEMBER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "13", "003", "月底", "三月", "3月", "３", "march", "-3", "+3", ""})
  void refusesWhatIsNoMonth(String month) {
    assertThatThrownBy(() -> xmlMonth(month)).isInstanceOf(ReadException.class)
        .hasMessageContaining("JX-XML-");
    assertThatThrownBy(() -> jsonMonth("\"" + month + "\"")).isInstanceOf(ReadException.class)
        .hasMessageContaining("JX-JSON-");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 13, -1})
  void refusesANumberOutsideTheYear(int month) {
    assertThatThrownBy(() -> jsonMonth(Integer.toString(month))).isInstanceOf(ReadException.class);
  }
}
