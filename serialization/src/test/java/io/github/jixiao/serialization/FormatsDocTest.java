package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples in docs/formats.md are real: they read back to the Wei county 2025 tables. */
class FormatsDocTest {
  private static String example(String marker) throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "formats.md"), StandardCharsets.UTF_8);
    int at = doc.indexOf("<!-- example:" + marker + " -->");
    int start = doc.indexOf('\n', doc.indexOf("```", at)) + 1;
    return doc.substring(start, doc.indexOf("\n```", start));
  }

  private static List<ProjectTargetTable> all(TableSequence s) {
    try (s) {
      List<ProjectTargetTable> out = new ArrayList<>();
      s.forEachRemaining(out::add);
      return out;
    }
  }

  @Test
  void theJsonExampleIsTheWeiCountyTables() throws IOException {
    byte[] json = example("json").getBytes(StandardCharsets.UTF_8);
    assertThat(all(JsonCodec.create().readTables(new ByteArrayInputStream(json), "formats.md", JsonLayout.ARRAY)))
        .isEqualTo(SeedTables.wei2025());
  }

  @Test
  void theXmlExampleIsTheWeiCountyTables() throws IOException {
    byte[] xml = example("xml").getBytes(StandardCharsets.UTF_8);
    assertThat(all(XmlCodec.create().readTables(new ByteArrayInputStream(xml), "formats.md")))
        .isEqualTo(SeedTables.wei2025());
  }
}
