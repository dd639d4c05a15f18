package io.github.jixiao.serialization.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many self-evaluation and monitoring tables in one input — a JSON array, JSON Lines, an XML root holding
 * several — written and read one at a time, as target tables are.
 */
class FollowUpSequencesTest {
  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();

  private static List<SelfEvaluationTable> evaluations(boolean xmlSafe) {
    List<SelfEvaluationTable> all = new ArrayList<>(List.of(CountyFollowUpTables.youthLeagueVolunteers(),
        EvaluationFixtures.canteen()));
    for (long seed = 1; seed <= 40; seed++) {
      all.add(RandomEvaluationTables.withSeed(seed, xmlSafe).selfEvaluation());
    }
    return all;
  }

  private static List<MonitoringTable> monitorings(boolean xmlSafe) {
    List<MonitoringTable> all = new ArrayList<>(List.of(CountyFollowUpTables.waterBureauMidYear(),
        EvaluationFixtures.canteenMidYear()));
    for (long seed = 1; seed <= 40; seed++) {
      all.add(RandomEvaluationTables.withSeed(seed, xmlSafe).monitoring());
    }
    return all;
  }

  private static <T> String written(List<T> tables, Function<ByteArrayOutputStream, Sequence.Writer<T>> open) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sequence.Writer<T> w = open.apply(out)) {
      tables.forEach(w::write);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static <T> List<T> all(Sequence<T> s) {
    try (s) {
      List<T> out = new ArrayList<>();
      s.forEachRemaining(out::add);
      return out;
    }
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void selfEvaluationTablesRoundTripInEveryLayoutWithTheirAbsentCells() {
    List<SelfEvaluationTable> tables = evaluations(false);
    for (JsonLayout layout : JsonLayout.values()) {
      String text = written(tables, out -> JSON.writeSelfEvaluationTables(out, layout));
      List<SelfEvaluationTable> back = all(JSON.readSelfEvaluationTables(in(text), "y.json", layout));
      assertThat(back).isEqualTo(tables);
      for (int i = 0; i < tables.size(); i++) {
        EvaluationRoundTripTest.assertSame(back.get(i), tables.get(i));
      }
    }
    List<SelfEvaluationTable> xmlSafe = evaluations(true);
    String xml = written(xmlSafe, XML::writeSelfEvaluationTables);
    assertThat(xml).startsWith("<?xml version='1.0' encoding='UTF-8'?><selfEvaluations><selfEvaluation>")
        .endsWith("</selfEvaluation></selfEvaluations>");
    assertThat(all(XML.readSelfEvaluationTables(in(xml), "y.xml"))).isEqualTo(xmlSafe);
  }

  @Test
  void monitoringTablesRoundTripInEveryLayout() {
    List<MonitoringTable> tables = monitorings(false);
    for (JsonLayout layout : JsonLayout.values()) {
      String text = written(tables, out -> JSON.writeMonitoringTables(out, layout));
      assertThat(all(JSON.readMonitoringTables(new StringReader(text), "m.json", layout))).isEqualTo(tables);
    }
    List<MonitoringTable> xmlSafe = monitorings(true);
    String xml = written(xmlSafe, XML::writeMonitoringTables);
    assertThat(xml).startsWith("<?xml version='1.0' encoding='UTF-8'?><monitorings><monitoring>");
    assertThat(all(XML.readMonitoringTables(new StringReader(xml), "m.xml"))).isEqualTo(xmlSafe);
  }

  @Test
  void eachTableOfASequenceIsWrittenAsTheSingleWriteWritesIt() {
    SelfEvaluationTable youth = CountyFollowUpTables.youthLeagueVolunteers();
    MonitoringTable water = CountyFollowUpTables.waterBureauMidYear();
    assertThat(written(List.of(youth, youth), out -> JSON.writeSelfEvaluationTables(out, JsonLayout.LINES)))
        .isEqualTo(JSON.write(youth) + "\n" + JSON.write(youth) + "\n");
    assertThat(written(List.of(water), out -> JSON.writeMonitoringTables(out, JsonLayout.ARRAY)))
        .isEqualTo("[" + JSON.write(water) + "]");
    assertThat(written(List.of(water), XML::writeMonitoringTables)).isEqualTo(
        "<?xml version='1.0' encoding='UTF-8'?><monitorings>"
            + XML.write(water).substring("<?xml version='1.0' encoding='UTF-8'?>".length()) + "</monitorings>");
  }

  @Test
  void aBrokenSelfEvaluationInTheMiddleIsNamedAtItsPlaceAfterTheTablesBeforeIt() {
    SelfEvaluationTable youth = CountyFollowUpTables.youthLeagueVolunteers();
    String broken = JSON.write(youth).replace("\"formatVersion\":1", "\"formatVersion\":1,\"grade\":{\"x\":1}");
    String lines = JSON.write(youth) + "\n" + broken + "\n" + JSON.write(youth) + "\n";
    try (Sequence<SelfEvaluationTable> s = JSON.readSelfEvaluationTables(in(lines), "county.jsonl", JsonLayout.LINES)) {
      assertThat(s.next()).isEqualTo(youth);
      assertThatThrownBy(s::hasNext).isInstanceOfSatisfying(ReadException.class, e -> {
        assertThat(e.problem().location().source()).hasValue("county.jsonl");
        assertThat(e.problem().location().line()).hasValue(2);
        assertThat(e.problem().location().path()).hasValueSatisfying(p -> assertThat(p).startsWith("selfEvaluations[1]"));
      });
      assertThat(s.hasNext()).as("a failure ends the sequence").isFalse();
    }
  }

  @Test
  void aBrokenMonitoringTableInAnXmlRootIsNamedByItsPlace() {
    String one = XML.write(CountyFollowUpTables.waterBureauMidYear())
        .substring("<?xml version='1.0' encoding='UTF-8'?>".length());
    String xml = "<monitorings>\n" + one + "\n<monitoring><formatVersion>1</formatVersion><amountUnit>斤</amountUnit>"
        + "</monitoring>\n" + one + "\n</monitorings>";
    try (Sequence<MonitoringTable> s = XML.readMonitoringTables(in(xml), "water.xml")) {
      assertThat(s.next()).isEqualTo(CountyFollowUpTables.waterBureauMidYear());
      assertThatThrownBy(s::next).isInstanceOfSatisfying(ReadException.class, e -> {
        assertThat(e.problem().code()).startsWith("JX-XML-");
        assertThat(e.problem().location().line()).hasValue(3);
        assertThat(e.problem().location().path()).hasValue("monitorings[1].amountUnit");
      });
    }
  }

  @Test
  void anXmlSequenceMustHaveItsOwnRootAndItems() {
    String targets = "<tables><table><projectName>a</projectName></table></tables>";
    assertThatThrownBy(() -> all(XML.readSelfEvaluationTables(in(targets), "t.xml")))
        .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.getMessage())
            .contains("expected the root element <selfEvaluations>, found <tables>"));
    String mixed = "<selfEvaluations><monitoring><formatVersion>1</formatVersion></monitoring></selfEvaluations>";
    assertThatThrownBy(() -> all(XML.readSelfEvaluationTables(in(mixed), "mixed.xml")))
        .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.getMessage())
            .contains("expected only <selfEvaluation> elements here"));
    try (Sequence<SelfEvaluationTable> s = XmlCodec.builder().lenient(true).build()
        .readSelfEvaluationTables(in(mixed), "mixed.xml")) {
      assertThat(s.hasNext()).isFalse();
      assertThat(s.warnings()).extracting(ReadProblem::code).containsExactly("JX-XML-004");
    }
  }

  @Test
  void aJsonSequenceMustBeAnArrayOfObjects() {
    assertThatThrownBy(() -> all(JSON.readMonitoringTables(in("{}"), null, JsonLayout.ARRAY)))
        .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.getMessage())
            .contains("expected a JSON array of monitoring tables"));
    assertThatThrownBy(() -> all(JSON.readSelfEvaluationTables(in("[{\"formatVersion\":1},7]"), null,
        JsonLayout.ARRAY))).isInstanceOfSatisfying(ReadException.class, e -> {
          assertThat(e.getMessage()).contains("expected a self-evaluation table (a JSON object)");
          assertThat(e.problem().location().path()).hasValue("selfEvaluations[1]");
        });
    assertThat(all(JSON.readSelfEvaluationTables(in("[]"), null, JsonLayout.ARRAY))).isEmpty();
    assertThat(all(XML.readMonitoringTables(in("<monitorings/>"), null))).isEmpty();
  }

  @Test
  void everyLimitButTheDocumentLengthAppliesToEachTable() {
    ReadLimits tight = ReadLimits.builder().maxDocumentLength(2_000).maxListLength(4).build();
    JsonCodec json = JsonCodec.builder().lenient(false).limits(tight).build();
    SelfEvaluationTable youth = CountyFollowUpTables.youthLeagueVolunteers();   // five indicator rows
    SelfEvaluationTable four = youth.toBuilder().indicators(youth.indicators().subList(0, 4)).build();
    String lines = (json.write(four) + "\n").repeat(20);
    assertThat(lines.length()).isGreaterThan(2_000 * 5);
    assertThat(all(json.readSelfEvaluationTables(in(lines), null, JsonLayout.LINES))).hasSize(20);

    String tooLong = json.write(four) + "\n" + json.write(youth) + "\n";
    try (Sequence<SelfEvaluationTable> s = json.readSelfEvaluationTables(in(tooLong), "big.jsonl", JsonLayout.LINES)) {
      assertThat(s.next()).isEqualTo(four);
      assertThatThrownBy(s::next).isInstanceOfSatisfying(ReadException.class, e -> {
        assertThat(e.problem().location().line()).hasValue(2);
        assertThat(e.problem().location().path()).hasValueSatisfying(p -> assertThat(p)
            .startsWith("selfEvaluations[1].indicators"));
      });
    }
  }

  @Test
  void aSequenceFileIsReadUnderItsNameAndClosedWithTheSequence(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("water-2025.jsonl");
    MonitoringTable water = CountyFollowUpTables.waterBureauMidYear();
    try (Sequence.Writer<MonitoringTable> w = JSON.writeMonitoringTables(Files.newOutputStream(file), JsonLayout.LINES)) {
      w.write(water);
      w.write(water);
    }
    try (Sequence<MonitoringTable> s = JSON.readMonitoringTables(file, JsonLayout.LINES)) {
      assertThat(s.stream().toList()).containsExactly(water, water);
    }
    Files.writeString(file, "{\"formatVersion\":1,\"period\":7}\n");
    assertThatThrownBy(() -> all(JSON.readMonitoringTables(file, JsonLayout.LINES)))
        .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problem().location().source())
            .hasValue("water-2025.jsonl"));
  }
}
