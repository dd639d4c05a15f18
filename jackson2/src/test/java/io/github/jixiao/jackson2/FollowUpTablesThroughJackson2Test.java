package io.github.jixiao.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.evaluation.CountyFollowUpTables;
import io.github.jixiao.serialization.evaluation.RandomEvaluationTables;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jixiao.serialization.jackson.FormatException;
import io.github.jixiao.serialization.jackson.JixiaoModule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-evaluation (绩效自评表) and monitoring (运行监控表) tables go through Jackson 2 as through the Jackson 3
 * codecs: the same bytes in JSON and XML, read back to equal tables with the same absent cells, and the same
 * coded problem where the input breaks the format.
 */
class FollowUpTablesThroughJackson2Test {
  private static final ObjectMapper JSON = SameBytesAsJackson3Test.JSON;
  private static final XmlMapper XML = SameBytesAsJackson3Test.XML;
  private static final int CORPUS = 500;
  private static final JsonMapper JACKSON3_JSON = JsonMapper.builder().addModule(new JixiaoModule()).build();
  private static final tools.jackson.dataformat.xml.XmlMapper JACKSON3_XML =
      tools.jackson.dataformat.xml.XmlMapper.builder().addModule(new JixiaoModule()).build();

  @Test
  void writesTheYouthLeagueSelfEvaluationAsTheJackson3CodecsDo() throws Exception {
    sameBothWays(CountyFollowUpTables.youthLeagueVolunteers());
  }

  @Test
  void writesTheWaterBureauMonitoringTableAsTheJackson3CodecsDo() throws Exception {
    sameBothWays(CountyFollowUpTables.waterBureauMidYear());
  }

  @Test
  void writesGeneratedFollowUpTablesAsTheJackson3CodecsDo() throws Exception {
    List<Long> differing = new ArrayList<>();
    for (long seed = 1; seed <= CORPUS; seed++) {
      SelfEvaluationTable json = RandomEvaluationTables.withSeed(seed, false).selfEvaluation();
      String j = JSON.writeValueAsString(json);
      if (!j.equals(JsonCodec.create().write(json)) || !readsBack(JSON.readValue(j, SelfEvaluationTable.class), json)) {
        differing.add(seed);
      }
      SelfEvaluationTable xml = RandomEvaluationTables.withSeed(seed, true).selfEvaluation();
      String x = XML.writeValueAsString(xml);
      if (!x.equals(XmlCodec.create().write(xml)) || !readsBack(XML.readValue(x, SelfEvaluationTable.class), xml)) {
        differing.add(-seed);
      }
      MonitoringTable m = RandomEvaluationTables.withSeed(seed, true).monitoring();
      if (!JSON.writeValueAsString(m).equals(JsonCodec.create().write(m))
          || !XML.writeValueAsString(m).equals(XmlCodec.create().write(m))
          || !JSON.readValue(JSON.writeValueAsString(m), MonitoringTable.class).equals(m)
          || !XML.readValue(XML.writeValueAsString(m), MonitoringTable.class).equals(m)) {
        differing.add(seed * 1_000);
      }
    }
    assertThat(differing).as("seeds (negative: XML; ×1000: monitoring)").isEmpty();
  }

  @Test
  void refusesAnUnknownPropertyOfAnIndicatorWithTheJackson3CodecsProblem() {
    String json = JsonCodec.create().write(CountyFollowUpTables.youthLeagueVolunteers())
        .replace("\"actual\":{\"text\":\"12个\"", "\"remark\":\"x\",\"actual\":{\"text\":\"12个\"");
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    var expected = catchProblem(() -> JsonCodec.builder().lenient(false).build()
        .readSelfEvaluation(new ByteArrayInputStream(bytes), null));
    assertThatThrownBy(() -> JSON.readValue(bytes, SelfEvaluationTable.class))
        .isInstanceOfSatisfying(Jackson2FormatException.class, e -> {
          assertThat(e.problem().code()).isEqualTo(expected.code());
          assertThat(e.problem().location().path()).isEqualTo(expected.location().path())
              .hasValueSatisfying(path -> assertThat(path).contains("indicators[0]"));
          assertThat(e.problem().location().line()).isEqualTo(expected.location().line());
          assertThat(e.problem().location().column()).isEqualTo(expected.location().column());
        });
  }

  @Test
  void readsAnUnknownMonitoringPropertyAsAWarningWhenTheSessionIsLenient() throws Exception {
    String json = JsonCodec.create().write(CountyFollowUpTables.waterBureauMidYear())
        .replace("\"period\":", "\"reviewer\":\"张三\",\"period\":");
    ReadSession session = ReadSession.of(ReadSession.Format.JSON, "water.json", true);
    MonitoringTable read = JSON.readerFor(MonitoringTable.class).withAttribute(ReadSession.class, session)
        .readValue(json);
    assertThat(read).isEqualTo(CountyFollowUpTables.waterBureauMidYear());
    assertThat(session.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("reviewer"));
  }

  /** Broken follow-up tables, each with the type it is read as. */
  static Stream<Arguments> brokenFollowUpTables() {
    String youth = JsonCodec.create().write(CountyFollowUpTables.youthLeagueVolunteers());
    String water = XmlCodec.create().write(CountyFollowUpTables.waterBureauMidYear());
    return Stream.of(
        Arguments.of(SelfEvaluationTable.class, youth.replace("\"grade\":\"GOOD\"", "\"grade\":\"B\"")),
        Arguments.of(SelfEvaluationTable.class, youth.replace("\"formatVersion\":1", "\"formatVersion\":1,"
            + "\"budgetExecution\":{\"annualBudget\":\"二十万\"}")),
        Arguments.of(SelfEvaluationTable.class, youth.replace("\"score\":\"18\"", "\"score\":[18]")),
        Arguments.of(SelfEvaluationTable.class, youth.substring(0, youth.length() / 2)),
        Arguments.of(MonitoringTable.class, "{\"formatVersion\":1,\"period\":{\"from\":1}}"),
        Arguments.of(MonitoringTable.class, "{\"formatVersion\":1,\"absent\":[\"score\"]}"),
        Arguments.of(MonitoringTable.class, water.replace("<period>", "<colour>red</colour><period>")),
        Arguments.of(MonitoringTable.class, water.replace("<amountUnit>WAN_YUAN</amountUnit>",
            "<amountUnit>斤</amountUnit>")),
        Arguments.of(MonitoringTable.class, water.replace("</monitoring>", "")),
        Arguments.of(SelfEvaluationTable.class, water));
  }

  @ParameterizedTest
  @MethodSource("brokenFollowUpTables")
  void refusesABrokenFollowUpTableAsJackson3Does(Class<?> type, String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    boolean xml = text.startsWith("<");
    String three;
    try {
      (xml ? JACKSON3_XML : JACKSON3_JSON).readValue(bytes, type);
      three = "read";
    } catch (FormatException e) {
      three = e.problem().toString();
    } catch (JacksonException e) {
      three = "refused by the parser";
    }
    assertThat(three).as("Jackson 3 refuses it").isNotEqualTo("read");
    String two;
    try {
      (xml ? XML : JSON).readValue(bytes, type);
      two = "read";
    } catch (Jackson2FormatException e) {
      two = e.problem().toString();
    } catch (JsonProcessingException e) {
      two = "refused by the parser";
    }
    assertThat(two).isEqualTo(three);
  }

  private static boolean readsBack(SelfEvaluationTable back, SelfEvaluationTable t) {
    return back.equals(t) && back.absentCells().equals(t.absentCells())
        && back.absentEvaluationCells().equals(t.absentEvaluationCells());
  }

  private static void sameBothWays(SelfEvaluationTable t) throws Exception {
    SelfEvaluationTable same = t;
    String json = JSON.writeValueAsString(t);
    assertThat(json).isEqualTo(JsonCodec.create().write(same));
    SelfEvaluationTable back = JSON.readValue(json, SelfEvaluationTable.class);
    assertThat(back).isEqualTo(same);
    assertThat(back.absentEvaluationCells()).isEqualTo(same.absentEvaluationCells());
    String xml = XML.writeValueAsString(t);
    assertThat(xml).isEqualTo(XmlCodec.create().write(same)).startsWith(
        "<?xml version='1.0' encoding='UTF-8'?><selfEvaluation>");
    assertThat(XML.readValue(xml, SelfEvaluationTable.class)).isEqualTo(same);
  }

  private static void sameBothWays(MonitoringTable t) throws Exception {
    String json = JSON.writeValueAsString(t);
    assertThat(json).isEqualTo(JsonCodec.create().write(t));
    MonitoringTable back = JSON.readValue(json, MonitoringTable.class);
    assertThat(back).isEqualTo(t);
    assertThat(back.absentMonitoringCells()).isEqualTo(t.absentMonitoringCells());
    assertThat(back.absentCells()).isEqualTo(t.absentCells());
    String xml = XML.writeValueAsString(t);
    assertThat(xml).isEqualTo(XmlCodec.create().write(t)).startsWith(
        "<?xml version='1.0' encoding='UTF-8'?><monitoring>");
    assertThat(XML.readValue(xml, MonitoringTable.class)).isEqualTo(t);
  }

  private static io.github.jixiao.serialization.ReadProblem catchProblem(Runnable read) {
    try {
      read.run();
    } catch (io.github.jixiao.serialization.ReadException e) {
      return e.problem();
    }
    throw new AssertionError("the Jackson 3 codec read the input");
  }
}
