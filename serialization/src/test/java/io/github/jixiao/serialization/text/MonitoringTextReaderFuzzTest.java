package io.github.jixiao.serialization.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import java.io.ByteArrayInputStream;

/**
 * Any bytes at all either read as monitoring tables or fail with a {@link ReadException}: never another
 * exception, never a hang. In a normal build it replays {@code MonitoringTextReaderFuzzTestInputs} (the
 * fixture, a text cut inside the budget block, a goals header with no row under it, labels without values);
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class MonitoringTextReaderFuzzTest {
  private static final MonitoringTextReader READER = MonitoringTextReader.builder()
      .limits(ReadLimits.builder().maxDocumentLength(1 << 16).build()).build();

  @FuzzTest(maxDuration = "10m")
  void failsOnlyWithAReadException(byte[] input) {
    try {
      READER.read(new ByteArrayInputStream(input), "fuzz.txt");
    } catch (ReadException expected) {
      // the one failure a reader may report
    }
  }
}
