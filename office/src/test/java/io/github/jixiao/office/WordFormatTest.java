package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.files.TableInput;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registered at the front door, Word documents read as their text does, by extension or by content. */
class WordFormatTest {
  private static final TableFiles FILES = TableFiles.builder().format(new WordFormat()).build();

  @Test
  void readsADocxByItsContentWhateverItsName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("upload.bin");
    Files.write(file, DocumentBadInputTest.fixture("docx"));
    PerformanceTargetDocument expected = DocumentReaderTest.text().value();
    try (TableInput input = FILES.open(file)) {
      assertThat(input.format()).isEqualTo("word");
      assertThat(input.document()).contains(expected);
    }
  }

  @Test
  void readsADocByItsExtension() throws Exception {
    try (TableInput input = FILES.open(new ByteArrayInputStream(DocumentBadInputTest.fixture("doc")), "plan.doc")) {
      assertThat(input.format()).isEqualTo("word");
      assertThat(input.document().orElseThrow().tables()).hasSize(2);
    }
  }

  @Test
  void leavesAWorkbookZipToTheOtherFormats() throws Exception {
    byte[] head = DocumentBadInputTest.fixture("docx");
    assertThat(new WordFormat().recognizes(head)).isTrue();
    assertThat(new WordFormat().recognizes("PK\u0003\u0004xl/workbook.xml".getBytes())).isFalse();
    assertThat(new WordFormat().claims("plan.docx")).isTrue();
    assertThat(new WordFormat().claims("plan.xlsx")).isFalse();
  }
}
