package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many tables are written and read one at a time, in every layout. */
class StreamingTest {
  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();

  private static byte[] json(JsonLayout layout, List<ProjectTargetTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = JSON.writeTables(out, layout)) {
      tables.forEach(w::write);
    }
    return out.toByteArray();
  }

  private static byte[] xml(List<ProjectTargetTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = XML.writeTables(out)) {
      tables.forEach(w::write);
    }
    return out.toByteArray();
  }

  private static List<ProjectTargetTable> all(TableSequence s) {
    try (s) {
      List<ProjectTargetTable> out = new ArrayList<>();
      s.forEachRemaining(out::add);
      return out;
    }
  }

  @Test
  void aJsonArrayOfTablesRoundTrips() {
    byte[] bytes = json(JsonLayout.ARRAY, SeedTables.all());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("[{\"formatVersion\":1,").endsWith("}]");
    assertThat(all(JSON.readTables(new ByteArrayInputStream(bytes), "a.json", JsonLayout.ARRAY)))
        .isEqualTo(SeedTables.all());
  }

  @Test
  void jsonLinesHoldOneTablePerLine() {
    String text = new String(json(JsonLayout.LINES, SeedTables.all()), StandardCharsets.UTF_8);
    assertThat(text.split("\n")).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("{\"formatVersion\":1,"));
    assertThat(text).endsWith("}\n");
    assertThat(all(JSON.readTables(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "a.jsonl",
        JsonLayout.LINES))).isEqualTo(SeedTables.all());
  }

  @Test
  void anXmlRootOfTablesRoundTrips() {
    byte[] bytes = xml(SeedTables.all());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("<?xml version='1.0' encoding='UTF-8'?><tables><table>")
        .endsWith("</table></tables>");
    assertThat(all(XML.readTables(new ByteArrayInputStream(bytes), "a.xml"))).isEqualTo(SeedTables.all());
  }

  @Test
  void emptySequencesHoldNoTable() {
    assertThat(all(JSON.readTables(new ByteArrayInputStream(json(JsonLayout.ARRAY, List.of())), null,
        JsonLayout.ARRAY))).isEmpty();
    assertThat(all(JSON.readTables(new ByteArrayInputStream(new byte[0]), null, JsonLayout.LINES))).isEmpty();
    assertThat(all(XML.readTables(new ByteArrayInputStream(xml(List.of())), null))).isEmpty();
    assertThat(all(XML.readTables(new ByteArrayInputStream("<tables/>".getBytes(StandardCharsets.UTF_8)), null)))
        .isEmpty();
  }

  @Test
  void tablesBeforeABrokenOneAreDeliveredAndTheBrokenOneIsNamed() {
    String lines = new String(json(JsonLayout.LINES, SeedTables.wei2025()), StandardCharsets.UTF_8)
        + "{\"projectName\":\"x\",\"budget\":{\"total\":\"五万\"}}\n";
    try (TableSequence s = JSON.readTables(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "w.jsonl",
        JsonLayout.LINES)) {
      assertThat(s.next()).isEqualTo(SeedTables.weiGrassrootsOrganisations());
      assertThat(s.next()).isEqualTo(SeedTables.weiHardshipGrants());
      assertThatThrownBy(s::hasNext).isInstanceOfSatisfying(ReadException.class, e -> {
        assertThat(e.problem().location().line()).hasValue(3);
        assertThat(e.problem().location().path()).hasValue("tables[2].budget.total");
        assertThat(e.problem().code()).isEqualTo("JX-JSON-005");
      });
    }
  }

  @Test
  void aBrokenXmlTableIsNamedByItsPlaceInTheSequence() {
    String xml = "<tables>\n<table><projectName>a</projectName></table>\n<table><complete>maybe</complete></table>\n"
        + "</tables>";
    try (TableSequence s = XML.readTables(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml")) {
      assertThat(s.next().projectName()).hasValue("a");
      assertThatThrownBy(s::next).isInstanceOfSatisfying(ReadException.class, e ->
          assertThat(e.getMessage()).isEqualTo("t.xml:3:8 tables[1].complete: expected whether the table is complete"
              + " as true or false, found \"maybe\" [JX-XML-005]"));
    }
  }

  @Test
  void aLenientXmlSequenceSkipsAnUnknownElementWithAWarning() {
    String xml = "<tables><note>hi</note><table><projectName>a</projectName></table></tables>";
    try (TableSequence s = XmlCodec.builder().lenient(true).build()
        .readTables(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null)) {
      assertThat(s.stream().map(t -> t.projectName().orElseThrow()).collect(Collectors.toList())).containsExactly("a");
      assertThat(s.warnings()).extracting(ReadProblem::code).containsExactly("JX-XML-004");
    }
  }

  @Test
  void aJsonArrayMustBeAnArray() {
    assertThatThrownBy(() -> all(JSON.readTables(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), null,
        JsonLayout.ARRAY))).isInstanceOfSatisfying(ReadException.class,
            e -> assertThat(e.problem().code()).isEqualTo("JX-JSON-003"));
    assertThatThrownBy(() -> all(JSON.readTables(new ByteArrayInputStream("[{}".getBytes(StandardCharsets.UTF_8)), null,
        JsonLayout.ARRAY))).isInstanceOfSatisfying(ReadException.class,
            e -> assertThat(e.getMessage()).contains("ends before"));
  }

  @Test
  void closingTheSequenceClosesTheInput() {
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(json(JsonLayout.LINES, SeedTables.all())) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (TableSequence s = JSON.readTables(in, null, JsonLayout.LINES)) {
      s.next();
    }
    assertThat(closed[0]).isTrue();
  }

  @Test
  void aLenientSequenceKeepsAThousandWarningsAndSaysWhenThereWereMore() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1_500; i++) {
      lines.append("{\"projectName\":\"p").append(i).append("\",\"colour\":\"red\"}\n");
    }
    try (TableSequence s = JsonCodec.builder().lenient(true).build().readTables(
        new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), null, JsonLayout.LINES)) {
      assertThat(s.stream().count()).isEqualTo(1_500);
      assertThat(s.warnings()).hasSize(1_001);
      assertThat(s.warnings().get(1_000).message()).isEqualTo("more than 1000 warnings; the rest are not kept");
      assertThat(s.warnings().get(999).location().path()).hasValue("tables[999].colour");
    }
  }
}
