package io.github.jixiao.serialization.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.TableCodec;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Self-evaluation and monitoring tables read back as they were written, every cell as written. */
class EvaluationRoundTripTest {
  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();

  static void assertSame(SelfEvaluationTable back, SelfEvaluationTable t) {
    assertThat(back).isEqualTo(t);
    assertThat(back.absentCells()).isEqualTo(t.absentCells());
    assertThat(back.absentEvaluationCells()).isEqualTo(t.absentEvaluationCells());
  }

  static void assertSame(MonitoringTable back, MonitoringTable t) {
    assertThat(back).isEqualTo(t);
    assertThat(back.absentCells()).isEqualTo(t.absentCells());
    assertThat(back.absentMonitoringCells()).isEqualTo(t.absentMonitoringCells());
  }

  @Test
  void selfEvaluationWithDefectsRoundTripsInJsonAndXml() {
    SelfEvaluationTable t = EvaluationFixtures.canteen();
    for (TableCodec codec : List.of(JSON, XML)) {
      var read = codec.readSelfEvaluation(codec.write(t));
      assertSame(read.value(), t);
      assertThat(read.warnings()).isEmpty();
    }
  }

  @Test
  void monitoringWithDefectsRoundTripsInJsonAndXml() {
    MonitoringTable t = EvaluationFixtures.canteenMidYear();
    for (TableCodec codec : List.of(JSON, XML)) {
      var read = codec.readMonitoring(codec.write(t));
      assertSame(read.value(), t);
      assertThat(read.warnings()).isEmpty();
    }
  }

  @Test
  void generatedSelfEvaluationTablesRoundTripLosslessly() {
    for (long seed = 1; seed <= 300; seed++) {
      SelfEvaluationTable json = RandomEvaluationTables.withSeed(seed, false).selfEvaluation();
      assertSame(JSON.readSelfEvaluation(JSON.write(json)).value(), json);
      SelfEvaluationTable xml = RandomEvaluationTables.withSeed(seed, true).selfEvaluation();
      assertSame(XML.readSelfEvaluation(XML.write(xml)).value(), xml);
    }
  }

  @Test
  void generatedMonitoringTablesRoundTripLosslessly() {
    for (long seed = 1; seed <= 300; seed++) {
      MonitoringTable json = RandomEvaluationTables.withSeed(seed, false).monitoring();
      assertSame(JSON.readMonitoring(JSON.write(json)).value(), json);
      MonitoringTable xml = RandomEvaluationTables.withSeed(seed, true).monitoring();
      assertSame(XML.readMonitoring(XML.write(xml)).value(), xml);
    }
  }

  private static String example(String marker) throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "formats.md"), StandardCharsets.UTF_8);
    int at = doc.indexOf("<!-- example:" + marker + " -->");
    assertThat(at).as(marker).isNotNegative();
    int start = doc.indexOf('\n', doc.indexOf("```", at)) + 1;
    return doc.substring(start, doc.indexOf("\n```", start));
  }

  @Test
  void theExamplesInTheFormatsDocReadBackToTheFixtures() throws IOException {
    assertSame(JSON.readSelfEvaluation(example("self-evaluation-json")).value(), EvaluationFixtures.canteen());
    assertSame(XML.readMonitoring(example("monitoring-xml")).value(), EvaluationFixtures.canteenMidYear());
  }
}
