package io.github.jixiao.serialization.sheet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Stream;

/**
 * Any bytes at all either read as tables or fail with a {@link ReadException}: never another exception, never
 * a hang. In a normal build it replays {@code SheetReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SheetReaderFuzzTest {
  private static final SheetReader READER = SheetReader.builder().limits(ReadLimits.builder().maxDocumentLength(1 << 16).build()).build();

  /** The same reader with each encoding a caller may set; the first byte of an input chooses which. */
  private static final List<SheetReader> SET = Stream.of("GBK", "GB18030", "UTF-16LE", "UTF-16BE", "UTF-8")
      .map(name -> SheetReader.builder().limits(ReadLimits.builder().maxDocumentLength(1 << 16).build())
          .encoding(Charset.forName(name)).build())
      .toList();

  @FuzzTest(maxDuration = "10m")
  void failsOnlyWithAReadException(byte[] input) {
    try {
      READER.read(new ByteArrayInputStream(input), "fuzz.csv");
    } catch (ReadException expected) {
      // the one failure a reader may report
    }
  }

  @FuzzTest(maxDuration = "10m")
  void failsOnlyWithAReadExceptionInTheEncodingSet(byte[] input) {
    if (input.length == 0) {
      return;
    }
    try {
      SET.get((input[0] & 0xFF) % SET.size()).read(new ByteArrayInputStream(input, 1, input.length - 1), "fuzz.csv");
    } catch (ReadException expected) {
      // the one failure a reader may report
    }
  }
}
