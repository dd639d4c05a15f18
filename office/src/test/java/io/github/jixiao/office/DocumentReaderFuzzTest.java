package io.github.jixiao.office;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import java.io.ByteArrayInputStream;

/**
 * Any bytes at all either read as a document or fail with a {@link ReadException}: never another exception,
 * never a hang. In a normal build it replays {@code DocumentReaderFuzzTestInputs} (the LibreOffice fixture as
 * .docx and .doc, each cut off, a document {@link DocumentWriter} wrote, text named .docx);
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class DocumentReaderFuzzTest {
  private static final DocumentReader READER = DocumentReader.builder()
      .limits(ReadLimits.builder().maxDocumentLength(1 << 20).maxRows(10_000).maxLines(50_000).build()).build();

  @FuzzTest(maxDuration = "10m")
  void failsOnlyWithAReadException(byte[] input) {
    try {
      READER.read(new ByteArrayInputStream(input), "fuzz.docx");
    } catch (ReadException expected) {
      // the one failure a reader may report
    }
  }
}
