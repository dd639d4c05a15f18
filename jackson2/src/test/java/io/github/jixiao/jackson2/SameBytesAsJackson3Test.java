package io.github.jixiao.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.RandomTables;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jackson 2 with {@link JixiaoJackson2Module} writes, byte for byte, what the Jackson 3 codecs write, and reads
 * it back to the same tables: the seeds' tables, the examples' samples and a generated corpus.
 */
class SameBytesAsJackson3Test {
  /** The examples module's samples, read where they are in the reactor, not copied. */
  private static final Path SAMPLES = Path.of("..", "examples", "samples");
  private static final int CORPUS = 2_000;

  static final ObjectMapper JSON = new ObjectMapper().registerModule(new JixiaoJackson2Module());
  static final XmlMapper XML = XmlMapper.builder().addModule(new JixiaoJackson2Module())
      .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION).build();

  @Test
  void writesTheSeedTablesAsTheJackson3CodecsDo() throws Exception {
    for (ProjectTargetTable t : SeedTables.all()) {
      sameBothWays(t);
    }
  }

  @Test
  void writesTheSampleDocumentAndSheetAsTheJackson3CodecsDo() throws Exception {
    PerformanceTargetDocument agriculture = TextDocumentReader.create().read(SAMPLES.resolve("agriculture-2025.txt"))
        .value();
    assertThat(agriculture.tables()).isNotEmpty();
    byte[] json = JSON.writeValueAsBytes(agriculture);
    assertThat(json).isEqualTo(JsonCodec.create().write(agriculture).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(JSON.readValue(json, PerformanceTargetDocument.class)).isEqualTo(agriculture);
    String xml = XML.writeValueAsString(agriculture);
    assertThat(xml).isEqualTo(XmlCodec.create().write(agriculture)).startsWith(
        "<?xml version='1.0' encoding='UTF-8'?><document>");
    assertThat(XML.readValue(xml, PerformanceTargetDocument.class)).isEqualTo(agriculture);

    for (ProjectTargetTable t : SheetReader.create().read(SAMPLES.resolve("targets.csv")).value()) {
      sameBothWays(t);
    }
    sameBothWays(JsonCodec.builder().lenient(true).build()
        .readTable(java.nio.file.Files.newInputStream(SAMPLES.resolve("table.json")), "table.json").value());
  }

  @Test
  void writesAGeneratedCorpusAsTheJackson3CodecsDo() throws Exception {
    RandomTables random = RandomTables.withSeed(RandomTables.seedFromSystemProperty(20_251_202L)).xmlSafe();
    List<ProjectTargetTable> differing = new ArrayList<>();
    for (int i = 0; i < CORPUS; i++) {
      ProjectTargetTable t = random.table();
      String json = JSON.writeValueAsString(t);
      String xml = XML.writeValueAsString(t);
      if (!json.equals(JsonCodec.create().write(t)) || !xml.equals(XmlCodec.create().write(t))
          || !JSON.readValue(json, ProjectTargetTable.class).equals(t)
          || !XML.readValue(xml, ProjectTargetTable.class).equals(t)) {
        differing.add(t);
      }
    }
    assertThat(differing).as("seed %d", random.seed()).isEmpty();
  }

  @Test
  void writesTheSameIndentedOutputWithEachJacksonsDefaultPrettyPrinter() throws Exception {
    ProjectTargetTable t = SeedTables.dingzhouOperations();
    assertThat(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(t))
        .isEqualTo(JsonCodec.builder().prettyPrint(true).build().write(t));
  }

  private static void sameBothWays(ProjectTargetTable t) throws Exception {
    String json = JSON.writeValueAsString(t);
    assertThat(json).isEqualTo(JsonCodec.create().write(t));
    assertThat(JSON.readValue(json, ProjectTargetTable.class)).isEqualTo(t);
    String xml = XML.writeValueAsString(t);
    assertThat(xml).isEqualTo(XmlCodec.create().write(t));
    assertThat(XML.readValue(xml, ProjectTargetTable.class)).isEqualTo(t);
  }
}
