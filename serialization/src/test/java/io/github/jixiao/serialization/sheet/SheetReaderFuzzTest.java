package io.github.jixiao.serialization.sheet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import java.io.ByteArrayInputStream;

/**
 * Any bytes at all either read as tables or fail with a {@link ReadException}: never another exception, never
 * a hang. In a normal build it replays {@code SheetReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SheetReaderFuzzTest {
  private static final SheetReader READER = SheetReader.builder().limits(ReadLimits.builder().maxDocumentLength(1 << 16).build()).build();

  @FuzzTest(maxDuration = "10m")
  void failsOnlyWithAReadException(byte[] input) {
    try {
      READER.read(new ByteArrayInputStream(input), "fuzz.csv");
    } catch (ReadException expected) {
      // the one failure a reader may report
    }
  }
}
