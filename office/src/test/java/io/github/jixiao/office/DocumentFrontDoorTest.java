package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.office.internal.DocumentFormat;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.files.TableInput;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front door finds the Word format as a service: Word documents read as their text does, by extension or
 * by content, with the front door's settings.
 */
class DocumentFrontDoorTest {
  private static final TableFiles FILES = TableFiles.create();

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

  /**
   * A compound file's directory lies past the head the front door looks at, so a nameless {@code .doc} (standard
   * input) goes to the workbook reader, which names the format to ask for; asked for, it reads.
   */
  @Test
  void namesTheWordFormatForANamelessDoc() throws Exception {
    byte[] doc = DocumentBadInputTest.fixture("doc");
    assertThatThrownBy(() -> FILES.open(new ByteArrayInputStream(doc), "-").close())
        .isInstanceOfSatisfying(ReadException.class, e -> {
          assertThat(e.problem().code()).isEqualTo("JX-XLSX-002");
          assertThat(e.problem().message()).contains("Word document", "--format word");
        });
    try (TableInput input = FILES.open(new ByteArrayInputStream(doc), "-", "word")) {
      assertThat(input.document().orElseThrow().tables()).hasSize(2);
    }
  }

  @Test
  void readsWithTheFrontDoorsLimits() throws Exception {
    TableFiles small = TableFiles.builder().limits(ReadLimits.builder().maxDocumentLength(1_000).build()).build();
    byte[] docx = DocumentBadInputTest.fixture("docx");
    assertThatThrownBy(() -> small.open(new ByteArrayInputStream(docx), "plan.docx").close())
        .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problem().code()).isEqualTo("JX-DOCX-001"));
  }

  @Test
  void leavesAWorkbookToTheWorkbookFormat() throws Exception {
    DocumentFormat word = new DocumentFormat();
    assertThat(word.recognizes(DocumentBadInputTest.fixture("docx"))).isTrue();
    assertThat(word.recognizes("PK\u0003\u0004xl/workbook.xml".getBytes())).isFalse();
    assertThat(word.claims("plan.docx")).isTrue();
    assertThat(word.claims("plan.xlsx")).isFalse();
  }
}
