package io.github.jixiao.office;

import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.text.SelfEvaluationTextReader;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a self-evaluation document being written as {@link DocumentReader#readSelfEvaluation} will read the file,
 * and refuses it when the tables differ from those written. The reader's rules (labels recognised anywhere, a
 * cell trimmed, goals split at their numbers, a year taken from a project code) are many; asking the reader
 * itself is the one way to be sure every cell comes back as written.
 */
final class EvaluationReadBack {
  private static final String SOURCE = "written document";
  private static final SelfEvaluationTextReader READER = SelfEvaluationTextReader.builder()
      .limits(ReadLimits.defaults()).build();

  private EvaluationReadBack() {}

  /**
   * @throws WriteException naming the first cell that would read back otherwise, or the tables when the document
   *     would not be read at all (beyond the reader's default limits)
   */
  static void check(XWPFDocument docx, List<SelfEvaluationTable> tables) {
    if (tables.isEmpty()) {
      throw new WriteException("tables", "no self-evaluation table to write: a document without one is not read "
          + "as a self-evaluation document");
    }
    List<SelfEvaluationTable> read;
    try {
      DocumentBlocks blocks = new DocumentBlocks(SOURCE, ReadLimits.defaults());
      DocxBlocks.read(docx, blocks);
      read = READER.read(SOURCE, blocks.blocks()).value();
    } catch (ReadException e) {
      throw new WriteException("tables", "the document would not read back: " + e.getMessage());
    }
    EvaluationDifference.first(tables, read).ifPresent(d -> {
      throw new WriteException(d.path(), d.message() + ": the national form cannot carry this cell as written"
          + (d.path().endsWith(".fiscalYear") ? " (a title without a year leaves the reader the project code's)" : ""));
    });
  }
}
