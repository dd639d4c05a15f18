package io.github.jixiao.serialization.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.text.MonitoringTextReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The front door hands a published monitoring text to {@link MonitoringTextReader}; self-evaluation and target texts
 * still go where they went.
 */
class TextFormatMonitoringTest {
  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TextFormatMonitoringTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsAMonitoringTextFromAPipeAsMonitoringTables() throws IOException {
    byte[] text = resource("/text/monitoring-2025.txt");
    ReadResult<List<MonitoringTable>> direct = MonitoringTextReader.create().read(new ByteArrayInputStream(text), "-");

    TableFile read = TableFiles.create().read(new OnceStream(text), "-");

    assertThat(read.format()).isEqualTo("text");
    assertThat(read.monitoringTables()).hasSize(2).isEqualTo(direct.value());
    assertThat(read.selfEvaluationTables()).isEmpty();
    assertThat(read.tables()).isEmpty();
    assertThat(read.document()).isEmpty();
    assertThat(read.warnings()).isEqualTo(direct.warnings());
    assertThat(read.sourceMap().cell(0, 1, MonitoringField.PROGRESS).orElseThrow().toString())
        .isEqualTo("-:13:15 tables[0].indicators[1].progress");
  }

  @Test
  void aSelfEvaluationTextAndATargetTextStillReadAsBefore() throws IOException {
    TableFile evaluation = TableFiles.create().read(new OnceStream(resource("/text/self-evaluations-2024.txt")), "-");
    TableFile target = TableFiles.create().read(new OnceStream(resource("/text/notice-funding-2025.txt")), "-");

    assertThat(evaluation.selfEvaluationTables()).hasSize(2);
    assertThat(evaluation.monitoringTables()).isEmpty();
    assertThat(target.document()).isPresent();
    assertThat(target.tables()).hasSize(1);
    assertThat(target.monitoringTables()).isEmpty();
  }
}
