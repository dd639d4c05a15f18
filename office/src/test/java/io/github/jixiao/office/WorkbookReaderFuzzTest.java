package io.github.jixiao.office;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import java.io.ByteArrayInputStream;

/**
 * Any bytes at all either read as tables or fail with a {@link ReadException}: never another exception, never
 * a hang. In a normal build it replays {@code WorkbookReaderFuzzTestInputs} (a small workbook written by
 * {@link WorkbookWriter}, the same workbook cut off, a CSV); {@code JAZZER_FUZZ=1} fuzzes.
 */
class WorkbookReaderFuzzTest {
  private static final WorkbookReader READER = WorkbookReader.builder()
      .limits(ReadLimits.builder().maxDocumentLength(1 << 20).maxRows(10_000).build()).build();

  @FuzzTest(maxDuration = "10m")
  void failsOnlyWithAReadException(byte[] input) {
    try {
      READER.read(new ByteArrayInputStream(input), "fuzz.xlsx");
    } catch (ReadException expected) {
      // the one failure a reader may report
    }
  }
}
