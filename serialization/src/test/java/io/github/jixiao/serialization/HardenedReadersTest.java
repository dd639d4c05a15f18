package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Hostile input fails fast, with one typed exception that names the place and never Jackson's words. */
class HardenedReadersTest {
  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();
  private static final Duration FAST = Duration.ofSeconds(10);

  static ReadProblem failure(ThrowingCallable read) {
    Throwable[] thrown = new Throwable[1];
    assertTimeoutPreemptively(FAST, () -> {
      try {
        read.call();
      } catch (Throwable t) {
        thrown[0] = t;
      }
    });
    assertThat(thrown[0]).as("the read must fail").isInstanceOf(ReadException.class);
    ReadException e = (ReadException) thrown[0];
    assertThat(e.getMessage()).doesNotContainIgnoringCase("jackson").doesNotContain("Exception", "com.ctc", "\n\tat ");
    return e.problem();
  }

  @Test
  void refusesBillionLaughsWithoutExpandingAnything() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE table [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      dtd.append("\">\n");
    }
    String xml = dtd + "]>\n<table><projectName>&lol9;</projectName></table>";
    ReadProblem p = failure(() -> XML.readTable(xml));
    assertThat(p.code()).isEqualTo("JX-XML-010");
    assertThat(p.message()).contains("DOCTYPE");
    assertThat(p.location().line()).hasValue(2);
  }

  @Test
  void refusesAnExternalEntityWithoutFetchingIt() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE table [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<table><projectName>&xxe;</projectName></table>";
    ReadProblem p = failure(() -> XML.readTable(xml));
    assertThat(p.code()).isEqualTo("JX-XML-010");
    assertThat(p.toString()).doesNotContain("root:");
  }

  @Test
  void refusesADoctypeAfterCommentsAndAnythingButCommentsAfterTheRootElement() {
    ReadProblem behindComments = failure(() -> XML.readTable("<?xml version=\"1.0\"?><!-- a --><?pi x?>\n"
        + "<!DOCTYPE table [<!ENTITY a \"b\">]><table><projectName>&a;</projectName></table>"));
    assertThat(behindComments.code()).isEqualTo("JX-XML-010");
    ReadProblem afterRoot = failure(() -> XML.readTable("<table><projectName>p</projectName></table>"
        + "<!DOCTYPE table [<!ENTITY a \"b\">]>"));
    assertThat(afterRoot.code()).startsWith("JX-XML-");
    ReadProblem secondTable = failure(() -> XML.readTable("<table><projectName>p</projectName></table>\n"
        + "<table><projectName>q</projectName></table>"));
    assertThat(secondTable.code()).isEqualTo("JX-XML-001");
    assertThat(secondTable.location().line()).hasValue(2);
    assertThat(XML.readTable("<table><projectName>p</projectName></table><!-- end --><?pi x?>\n").value()
        .projectName()).hasValue("p");
    ReadProblem none = failure(() -> XML.readTable("<?xml version=\"1.0\"?><!-- only a comment -->"));
    assertThat(none.code()).isEqualTo("JX-XML-001");
  }

  @Test
  void refusesAnEntityReferenceWithoutADoctype() {
    ReadProblem p = failure(() -> XML.readTable("<table><projectName>&xxe;</projectName></table>"));
    assertThat(p.code()).isIn("JX-XML-010", "JX-XML-001");
  }

  @Test
  void stopsATenThousandDeepJsonArrayAtTheNestingLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    ReadProblem p = failure(() -> JSON.readTable(deep));
    assertThat(p.code()).isIn("JX-JSON-002", "JX-JSON-003");
    ReadProblem nested = failure(() -> JSON.readTable("{\"goals\":" + deep + "}"));
    assertThat(nested.code()).isEqualTo("JX-JSON-003");
    ReadProblem inAnUnknownProperty = failure(() -> JsonCodec.builder().lenient(true).build()
        .readTable("{\"extra\":" + deep + "}"));
    assertThat(inAnUnknownProperty.code()).isEqualTo("JX-JSON-002");
    assertThat(inAnUnknownProperty.message()).isEqualTo("the input nests deeper than the limit of 32 levels");
  }

  @Test
  void stopsTenThousandDeepXmlAtTheDepthLimit() {
    String deep = "<table><extra>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</extra></table>";
    ReadProblem p = failure(() -> XmlCodec.builder().lenient(true).build().readTable(deep));
    assertThat(p.code()).isEqualTo("JX-XML-002");
  }

  @Test
  void stopsAHundredMegabyteJsonStringEarly() {
    HostileInput in = HostileInput.of("{\"projectName\":\"", 100_000_000L, 'a', "\"}");
    ReadProblem p = failure(() -> JSON.readTable(in, "huge.json"));
    assertThat(p.code()).isEqualTo("JX-JSON-002");
    assertThat(p.message()).isEqualTo("a text is longer than the limit of 1000000 characters");
    assertThat(p.location().source()).hasValue("huge.json");
    assertThat(in.consumed()).isLessThan(10_000_000L);
  }

  @Test
  void stopsAHundredMegabyteXmlTextEarly() {
    HostileInput in = HostileInput.of("<table><projectName>", 100_000_000L, 'a', "</projectName></table>");
    ReadProblem p = failure(() -> XML.readTable(in, "huge.xml"));
    assertThat(p.code()).isEqualTo("JX-XML-002");
    assertThat(in.consumed()).isLessThan(10_000_000L);
  }

  @Test
  void stopsAHundredMegabyteJsonStreamedTableEarly() {
    HostileInput in = HostileInput.of("[{\"projectName\":\"", 100_000_000L, 'a', "\"}]");
    ReadProblem p = failure(() -> {
      try (TableSequence s = JSON.readTables(in, null, io.github.jixiao.serialization.json.JsonLayout.ARRAY)) {
        s.next();
      }
    });
    assertThat(p.code()).isEqualTo("JX-JSON-002");
    assertThat(p.location().path()).hasValue("tables[0].projectName");
  }

  @Test
  void anUnknownPropertyIsAnErrorNamingLineColumnAndPath() {
    String json = "{\"formatVersion\":1,\n \"indicators\":[{\"name\":\"a\"},\n  {\"name\":\"b\",\"colour\":\"red\"}]}";
    ReadProblem p = failure(() -> JSON.readTable(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "t.json"));
    assertThat(p.code()).isEqualTo("JX-JSON-004");
    assertThat(p.location().line()).hasValue(3);
    assertThat(p.location().column()).hasValue(15);
    assertThat(p.location().path()).hasValue("indicators[1].colour");
    assertThat(p.toString()).isEqualTo("t.json:3:15 indicators[1].colour: unknown property \"colour\"; the format"
        + " (version 1) does not define it here [JX-JSON-004]");
  }

  @Test
  void aRepeatedPropertyIsAnErrorAtItsSecondName() {
    String json = "{\"indicators\":[{\"name\":\"a\",\n  \"target\":\">=22\", \"name\":\"b\"}]}";
    ReadProblem p = failure(() -> JSON.readTable(json));
    assertThat(p.code()).isEqualTo("JX-JSON-009");
    assertThat(p.location().line()).hasValue(2);
    assertThat(p.location().column()).hasValue(20);
    assertThat(p.location().path()).hasValue("indicators[0].name");
  }

  @Test
  void aRepeatedUnknownPropertyIsAnErrorEvenWhenLenient() {
    StringBuilder many = new StringBuilder("{\"projectName\":\"p\"");
    for (int i = 0; i < 30; i++) {
      many.append(",\"x").append(i).append("\":1");
    }
    JsonCodec lenient = JsonCodec.builder().lenient(true).build();
    assertThat(lenient.readTable(many + "}").warnings()).hasSize(30);
    for (String repeated : List.of("x3", "x29")) {
      ReadProblem p = failure(() -> lenient.readTable(many + ",\"" + repeated + "\":2}"));
      assertThat(p.code()).isEqualTo("JX-JSON-009");
      assertThat(p.location().path()).hasValue(repeated);
    }
  }

  @Test
  void anUnknownPropertyIsAWarningWhenLenient() {
    String json = "{\"indicators\":[{\"name\":\"b\",\"colour\":{\"deep\":[1,2]}}],\"projectName\":\"p\"}";
    ReadResult<io.github.jixiao.core.ProjectTargetTable> r = JsonCodec.builder().lenient(true).build().readTable(json);
    assertThat(r.value().projectName()).hasValue("p");
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-JSON-004");
      assertThat(w.severity()).isEqualTo(ReadProblem.Severity.WARNING);
      assertThat(w.location().path()).hasValue("indicators[0].colour");
    });
  }

  @Test
  void anUnknownXmlElementIsAWarningWhenLenientAndAnErrorOtherwise() {
    String xml = "<table><indicators><indicator><name>b</name><colour>red</colour></indicator><row/></indicators>"
        + "<projectName>p</projectName></table>";
    ReadResult<io.github.jixiao.core.ProjectTargetTable> r = XmlCodec.builder().lenient(true).build().readTable(xml);
    assertThat(r.value().projectName()).hasValue("p");
    assertThat(r.warnings()).extracting(w -> w.location().path().orElseThrow())
        .containsExactly("indicators[0].colour", "indicators.row");
    ReadProblem p = failure(() -> XML.readTable(xml));
    assertThat(p.toString()).isEqualTo("<input>:1:45 indicators[0].colour: unknown element <colour>; the format"
        + " (version 1) does not define it here [JX-XML-004]");
  }

  @Test
  void anElementWhereTextBelongsIsNamed() {
    String xml = "<table>\n<indicators><indicator><name>a</name>\n<target><text>1</text><kind>QUANTITY</kind></target>"
        + "<basis><value>x</value></basis></indicator></indicators></table>";
    ReadProblem p = failure(() -> XML.readTable(xml));
    assertThat(p.code()).isEqualTo("JX-XML-003");
    assertThat(p.location().path()).hasValue("indicators[0].basis");
    assertThat(p.message()).isEqualTo("expected the basis of the target value (text), found an element with child"
        + " elements");
  }

  @Test
  void aTypeMismatchSaysWhatWasExpected() {
    ReadProblem p = failure(() -> JSON.readTable("{\"indicators\":[{\"name\":\"a\",\"target\":22}]}"));
    assertThat(p.toString()).isEqualTo("<input>:1:37 indicators[0].target: expected the target value (an object),"
        + " found a number [JX-JSON-003]");
  }

  @Test
  void aDuplicatePropertyIsRefused() {
    ReadProblem p = failure(() -> JSON.readTable("{\"projectName\":\"a\",\"projectName\":\"b\"}"));
    assertThat(p.code()).isEqualTo("JX-JSON-009");
    assertThat(p.location().path()).hasValue("projectName");
  }

  @Test
  void aNewerFormatVersionIsRefused() {
    ReadProblem p = failure(() -> JSON.readTable("{\"formatVersion\":2}"));
    assertThat(p.code()).isEqualTo("JX-JSON-008");
    assertThat(p.message()).isEqualTo("this reader reads format version 1; the input declares version 2");
  }

  @Test
  void targetPartsThatDisagreeWithTheTextAreAnErrorOrAWarningAndTheTextWins() {
    String json = "{\"indicators\":[{\"name\":\"a\",\"target\":{\"text\":\"≥22个\",\"kind\":\"QUANTITY\","
        + "\"comparison\":\"AT_MOST\",\"amount\":\"23\"}}]}";
    ReadProblem p = failure(() -> JSON.readTable(json));
    assertThat(p.code()).isEqualTo("JX-JSON-007");
    assertThat(p.location().path()).hasValue("indicators[0].target");
    assertThat(p.message()).contains("comparison AT_MOST where the text has AT_LEAST", "amount 23 where the text has 22");
    ReadResult<io.github.jixiao.core.ProjectTargetTable> lenient = JsonCodec.builder().lenient(true).build()
        .readTable(json);
    assertThat(lenient.value().indicators().get(0).target().raw()).isEqualTo("≥22个");
    assertThat(lenient.warnings()).extracting(ReadProblem::code).containsExactly("JX-JSON-007");
  }

  @Test
  void readsChineseLabelsWhereCodesBelongAndKeepsVariantsAsWritten() {
    String json = "{\"amountUnit\":\"万元\",\"framework\":\"传统指标体系\",\"indicators\":["
        + "{\"category\":\"产出指标\",\"subcategory\":\"数量\",\"name\":\"a\",\"target\":\"≥22个\","
        + "\"comparison\":\"≥\",\"direction\":\"正向指标\"}]}";
    io.github.jixiao.core.ProjectTargetTable t = JSON.readTable(json).value();
    assertThat(t.amountUnit()).isEqualTo(io.github.jixiao.core.AmountUnit.WAN_YUAN);
    assertThat(t.framework()).contains(io.github.jixiao.core.IndicatorFramework.CLASSIC);
    io.github.jixiao.core.Indicator i = t.indicators().get(0);
    assertThat(i.categoryLabel()).isEqualTo("产出指标");
    assertThat(i.subcategoryLabel()).isEqualTo("数量");
    assertThat(i.subcategory()).contains(io.github.jixiao.core.IndicatorSubcategory.QUANTITY);
    assertThat(i.comparison()).contains(io.github.jixiao.core.Comparison.AT_LEAST);
    assertThat(i.direction()).contains(io.github.jixiao.core.Direction.POSITIVE);
  }

  @Test
  void anUnknownCodeListsTheCodesExpected() {
    ReadProblem p = failure(() -> JSON.readTable("{\"indicators\":[{\"name\":\"a\",\"direction\":\"UP\"}]}"));
    assertThat(p.message()).isEqualTo("expected the direction as one of POSITIVE, NEGATIVE (or its Chinese label),"
        + " found \"UP\"");
  }

  @Test
  void malformedAndTruncatedJsonNameTheirPlace() {
    ReadProblem comma = failure(() -> JSON.readTable("{\"projectName\":\"a\",}"));
    assertThat(comma.code()).isEqualTo("JX-JSON-001");
    assertThat(comma.location().line()).hasValue(1);
    assertThat(comma.location().column()).isPresent();
    ReadProblem cut = failure(() -> JSON.readTable("{\"projectName\":\"a\""));
    assertThat(cut.code()).isEqualTo("JX-JSON-001");
    assertThat(cut.message()).contains("ends before");
    assertThat(failure(() -> JSON.readTable("")).message()).contains("empty");
    assertThat(failure(() -> JSON.readTable("[]")).code()).isEqualTo("JX-JSON-003");
    assertThat(failure(() -> JSON.readTable("{} {}")).message()).contains("after the end");
  }

  @Test
  void malformedXmlNamesItsPlace() {
    ReadProblem p = failure(() -> XML.readTable("<table>\n<projectName>a</projectNam></table>"));
    assertThat(p.code()).isEqualTo("JX-XML-001");
    assertThat(p.location().line()).hasValue(2);
  }

  @Test
  void aLoneSurrogateIsNoUnicodeText() {
    ReadProblem p = failure(() -> JSON.readTable("{\"projectName\":\"a\\ud800\"}"));
    assertThat(p.code()).isEqualTo("JX-JSON-005");
  }

  @Test
  void nullMeansAbsentForOptionalProperties() {
    io.github.jixiao.core.ProjectTargetTable t = JSON.readTable(
        "{\"projectName\":null,\"budget\":{\"otherFunds\":null},\"indicators\":[{\"name\":\"a\",\"basis\":null}]}")
        .value();
    assertThat(t.projectName()).isEmpty();
    assertThat(t.budget().otherFunds()).isEmpty();
    assertThat(t.indicators().get(0).basis()).isEmpty();
  }

  @Test
  void aNumberOutOfRangeIsAnInvalidValue() {
    ReadProblem p = failure(() -> JSON.readTable("{\"fiscalYear\":99999999999}"));
    assertThat(p.code()).isEqualTo("JX-JSON-005");
    assertThat(p.location().path()).hasValue("fiscalYear");
  }

  @Test
  void aListLongerThanTheLimitIsRefused() {
    JsonCodec small = JsonCodec.builder().limits(ReadLimits.builder().maxListLength(3).build()).build();
    ReadProblem p = failure(() -> small.readTable("{\"goals\":[\"a\",\"b\",\"c\",\"d\"]}"));
    assertThat(p.code()).isEqualTo("JX-JSON-002");
    assertThat(p.location().path()).hasValue("goals[3]");
  }

  @Test
  void aMissingRequiredPropertyIsNamed() {
    ReadProblem p = failure(() -> JSON.readTable("{\"unit\":{\"code\":\"712001\"}}"));
    assertThat(p.code()).isEqualTo("JX-JSON-006");
    assertThat(p.message()).startsWith("missing property \"name\"");
  }

  @Test
  void limitsAreConfigurable() {
    JsonCodec tight = JsonCodec.builder().limits(ReadLimits.builder().maxStringLength(10).build()).build();
    assertThat(failure(() -> tight.readTable("{\"projectName\":\"01234567890\"}")).code()).isEqualTo("JX-JSON-002");
    assertThat(JSON.readTable("{\"projectName\":\"01234567890\"}").value().projectName()).hasValue("01234567890");
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth: expected at least 1, found 0");
  }

  @Test
  void bytesThatAreNoTextAreAReadProblem() {
    byte[] notUtf32 = {0, 0, 0, '{', '"', 'f', 'o', 'o', '"', ':', '1', '}'};
    ReadProblem p = failure(() -> JSON.readTable(new ByteArrayInputStream(notUtf32), "odd.json"));
    assertThat(p.code()).isEqualTo("JX-JSON-001");
    assertThat(p.message()).contains("not valid text");
  }

  @Test
  void aFailingInputStreamIsAnIoErrorNotAReadProblem() {
    java.io.InputStream broken = new java.io.InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> JSON.readTable(broken, "a.json")).isInstanceOf(java.io.UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
    assertThatThrownBy(() -> XML.readTable(broken, "a.xml")).isInstanceOf(java.io.UncheckedIOException.class);
  }

  @Test
  void theXmlRootElementMustNameWhatIsRead() {
    ReadProblem p = failure(() -> XML.readTable("<document><tables/></document>"));
    assertThat(p.code()).isEqualTo("JX-XML-003");
    assertThat(p.message()).isEqualTo("expected the root element <table>, found <document>");
    assertThat(failure(() -> XML.readTables(new ByteArrayInputStream("<table/>".getBytes(StandardCharsets.UTF_8)),
        null)).message()).isEqualTo("expected the root element <tables>, found <table>");
  }
}
