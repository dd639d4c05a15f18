package io.github.jixiao.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.serialization.json.JsonOutput.Spacing;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonOutputTest {

  @Test
  void escapesEveryControlCharacterInLowercaseHexButTabAndLineBreaks() {
    for (char control = 0; control < 0x20; control++) {
      char c = control;
      String expected = switch (c) {
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> String.format("\\u%04x", (int) c);
      };
      assertThat(compact(json -> json.string("a" + c + "b"))).as("U+%04X", (int) c)
          .isEqualTo("\"a" + expected + "b\"\n");
    }
  }

  @Test
  void escapesQuotesBackslashesAndTheScriptLineSeparatorsAndNothingElse() {
    assertThat(compact(json -> json.string("\"C:\\new\" a/b \u2028\u2029 \u007f\u0085 预算数 ≤100% \u202e")))
        .isEqualTo("\"\\\"C:\\\\new\\\" a/b \\u2028\\u2029 \u007f\u0085 预算数 ≤100% \u202e\"\n");
  }

  @Test
  void writesSurrogatePairsAndLoneSurrogatesAsGiven() {
    assertThat(compact(json -> json.string("\uD834\uDD1E"))).isEqualTo("\"\uD834\uDD1E\"\n");
    assertThat(compact(json -> json.string("a\uD800b\uDC00"))).isEqualTo("\"a\uD800b\uDC00\"\n");
  }

  @Test
  void escapesNamesLikeStrings() {
    assertThat(compact(json -> json.beginObject().name("a\u0001\u2028\"").nullValue().endObject()))
        .isEqualTo("{\"a\\u0001\\u2028\\\"\":null}\n");
  }

  @Test
  void writesBigDecimalsInPlainDigitsKeepingTheirScale() {
    assertThat(compact(json -> json.beginArray().number(new BigDecimal("1E+3")).number(new BigDecimal("5.00"))
        .number(new BigDecimal("-1E-7")).number(Long.MIN_VALUE).endArray()))
        .isEqualTo("[1000,5.00,-0.0000001,-9223372036854775808]\n");
  }

  @Test
  void refusesToWriteOutANumberOfTenThousandDigits() {
    StringWriter out = new StringWriter();
    JsonOutput json = JsonOutput.of(out);
    assertThatThrownBy(() -> json.number(new BigDecimal("1E+10000"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9999");
    json.number(new BigDecimal("1E+9999")).flush();
    assertThat(out.toString().equals("1" + "0".repeat(9999) + "\n")).as("ten thousand digits and a line break").isTrue();
  }

  @Test
  void writesBooleansNullsAndNestedValues() {
    String text = compact(json -> json.beginObject().name("ok").bool(true).name("no").bool(false)
        .name("none").nullValue().name("list").beginArray().beginObject().endObject().beginArray().endArray()
        .endArray().endObject());
    assertThat(text).isEqualTo("{\"ok\":true,\"no\":false,\"none\":null,\"list\":[{},[]]}\n");
    assertThat(JsonMapper.shared().readTree(text).get("list").size()).isEqualTo(2);
  }

  @Test
  void endsEveryValueAtTheTopWithALineBreakSoSeveralMakeJsonLines() {
    assertThat(compact(json -> json.beginObject().name("a").number(1).endObject().string("x").number(2)))
        .isEqualTo("{\"a\":1}\n\"x\"\n2\n");
  }

  @Test
  void putsEachArrayItemOnALineIndentedForEachArrayAroundIt() {
    StringWriter out = new StringWriter();
    JsonOutput json = JsonOutput.of(out, Spacing.ARRAY_ITEMS_ON_LINES);
    json.beginObject().name("files").beginArray()
        .beginObject().name("file").string("a.csv").name("findings").beginArray()
        .beginObject().name("rule").string("JX-PLAN-002").endObject()
        .beginObject().name("rule").string("JX-VALUE-008").name("row").number(3).endObject()
        .endArray().endObject()
        .beginObject().name("file").string("b.txt").name("findings").beginArray().endArray().endObject()
        .endArray().endObject().flush();
    assertThat(out.toString()).isEqualTo("{\"files\":[\n"
        + "{\"file\":\"a.csv\",\"findings\":[\n"
        + "  {\"rule\":\"JX-PLAN-002\"},\n"
        + "  {\"rule\":\"JX-VALUE-008\",\"row\":3}]},\n"
        + "{\"file\":\"b.txt\",\"findings\":[]}]}\n");
  }

  @Test
  void copiesRawValuesWithTheSeparatorsOfWhereTheyGo() {
    StringWriter out = new StringWriter();
    JsonOutput json = JsonOutput.of(out, Spacing.ARRAY_ITEMS_ON_LINES);
    json.beginArray().beginArray().rawValue("{\"a\":1}").rawValue("[2]").endArray().endArray()
        .beginObject().name("n").rawValue("3").endObject().flush();
    assertThat(out.toString()).isEqualTo("[\n[\n  {\"a\":1},\n  [2]]]\n{\"n\":3}\n");
  }

  @Test
  void refusesValuesOutOfPlaceWithIllegalStateException() {
    assertRefused(json -> json.beginArray().name("a"));
    assertRefused(json -> json.beginObject().string("a"));
    assertRefused(json -> json.beginObject().beginArray());
    assertRefused(json -> json.beginObject().endArray());
    assertRefused(json -> json.beginArray().endObject());
    assertRefused(json -> json.beginObject().name("a").name("b"));
    assertRefused(json -> json.beginObject().name("a").endObject());
    assertRefused(JsonOutput::endObject);
    assertRefused(JsonOutput::endArray);
    assertRefused(json -> json.name("a"));
    assertRefused(json -> json.beginArray().endArray().endArray());
  }

  @Test
  void leavesWhatWasWrittenBeforeARefusalAsItWas() {
    StringWriter out = new StringWriter();
    JsonOutput json = JsonOutput.of(out);
    json.beginObject().name("a").number(1);
    assertThatThrownBy(json::endArray).isInstanceOf(IllegalStateException.class);
    json.endObject().flush();
    assertThat(out.toString()).isEqualTo("{\"a\":1}\n");
  }

  @Test
  void closingFlushesButNeitherClosesTheWriterNorFinishesAnOpenValue() {
    Recording out = new Recording();
    JsonOutput json = JsonOutput.of(out);
    json.beginObject().name("a").beginArray().number(1);
    json.close();
    assertThat(out.text.toString()).isEqualTo("{\"a\":[1");
    assertThat(out.closed).isFalse();
  }

  @Test
  void aFailingWriterSurfacesAsUncheckedIoException() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] chars, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    JsonOutput json = JsonOutput.of(broken);
    json.string("x");
    assertThatThrownBy(json::flush).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> JsonOutput.of(null)).isInstanceOf(NullPointerException.class);
    JsonOutput json = JsonOutput.of(new StringWriter());
    assertThatThrownBy(() -> json.string(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> json.number(null)).isInstanceOf(NullPointerException.class);
  }

  private static String compact(Consumer<JsonOutput> writing) {
    StringWriter out = new StringWriter();
    try (JsonOutput json = JsonOutput.of(out)) {
      writing.accept(json);
    }
    return out.toString();
  }

  private static void assertRefused(Consumer<JsonOutput> writing) {
    assertThatThrownBy(() -> compact(writing)).isInstanceOf(IllegalStateException.class);
  }

  /** A writer that keeps what it is given and whether it was closed. */
  private static final class Recording extends Writer {
    final StringBuilder text = new StringBuilder();
    boolean closed;

    @Override
    public void write(char[] chars, int off, int len) {
      text.append(chars, off, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      closed = true;
    }
  }
}
