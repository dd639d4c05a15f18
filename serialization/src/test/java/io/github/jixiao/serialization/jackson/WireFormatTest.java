package io.github.jixiao.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The format on Jackson's streaming API, for applications that hold a parser or generator themselves. */
class WireFormatTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Test
  void writesAndReadsTablesInsideAnApplicationsOwnJson() {
    ProjectTargetTable wei = SeedTables.weiHardshipGrants();
    ProjectTargetTable dingzhou = SeedTables.dingzhouMayFourth();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("batch", "2025-12");
      g.writeName("first");
      WireFormat.writeTable(g, wei);
      g.writeName("second");
      WireFormat.writeTable(g, dingzhou);
      g.writeEndObject();
    }
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"batch\":\"2025-12\",\"first\":" + JsonCodec.create().write(wei));

    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextName()).isEqualTo("batch");
      p.nextToken();
      assertThat(p.nextName()).isEqualTo("first");
      p.nextToken();
      assertThat(WireFormat.readTable(p, null)).isEqualTo(wei);
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);   // left on the table's last token
      assertThat(p.nextName()).isEqualTo("second");
      p.nextToken();
      assertThat(WireFormat.readTable(p, ReadSession.of(ReadSession.Format.JSON, "batch.json", false)))
          .isEqualTo(dingzhou);
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
    }
  }

  @Test
  void readsStrictlyWithoutASessionAndLenientlyWithOne() {
    String json = "{\"projectName\":\"p\",\"colour\":\"red\"}";
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      assertThatThrownBy(() -> WireFormat.readTable(p, null)).isInstanceOfSatisfying(FormatException.class,
          e -> assertThat(e.problem().code()).isEqualTo("JX-JSON-004"));
    }
    ReadSession lenient = ReadSession.of(ReadSession.Format.JSON, "t.json", true);
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      assertThat(WireFormat.readTable(p, lenient).projectName()).hasValue("p");
    }
    assertThat(lenient.warnings()).singleElement()
        .satisfies(w -> assertThat(w.location().path()).hasValue("colour"));
  }
}
