package io.github.jixiao.office;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.files.TableInput;
import io.github.jixiao.serialization.text.MonitoringTextReader;
import io.github.jixiao.serialization.text.SelfEvaluationTextReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a published performance-target document (预算绩效目标) from Word ({@code .docx} and the older
 * {@code .doc}): Part 1's paragraphs and every Part 2 project target table. Paragraphs become lines and each
 * table row a row of cells, handed to {@link TextDocumentReader#read(String, List)}, so that a document and
 * its text read into equal documents with the same warnings; every place is named as the document has it,
 * {@code plan.docx table 2 row 5 cell 3} or {@code plan.docx paragraph 12}. A self-evaluation document
 * (项目支出绩效自评表) reads the same way through {@link SelfEvaluationTextReader#read(String, List)}:
 * {@link #readSelfEvaluation(Path)}; a monitoring document (项目支出绩效运行监控表) through
 * {@link MonitoringTextReader#read(String, List)}: {@link #readMonitoring(Path)}.
 *
 * <pre>{@code
 * ReadResult<PerformanceTargetDocument> r = DocumentReader.create().read(Path.of("2025.docx"));
 * r.sourceMap().flatMap(m -> m.cell(1, 6, TableField.TARGET));   // 2025.docx table 2 row 14 cell 5 tables[1]…
 * }</pre>
 *
 * <p>Thread-safe and reusable. A file that is not a Word document (text, a workbook, a damaged or cut-off zip),
 * a password-protected document, a zip bomb, a part declaring a DTD, and a document beyond the limits end with
 * a {@link ReadException} coded {@code JX-DOCX-nnn}; see docs/office.md. Of the {@link ReadLimits} it applies
 * {@code maxDocumentLength} (bytes, stored and expanded), {@code maxRows} (a table), {@code maxColumns} (a row),
 * {@code maxStringLength} (a paragraph or cell) and {@code maxLines} (paragraphs and cells in all).
 */
public final class DocumentReader {
  private final ReadLimits limits;
  private final boolean lenient;
  private final TextDocumentReader text;
  private final SelfEvaluationTextReader selfEvaluation;
  private final MonitoringTextReader monitoring;

  private DocumentReader(Builder b) {
    this.limits = b.limits();
    this.lenient = b.isLenient();
    this.text = TextDocumentReader.builder().limits(limits).lenient(lenient).build();
    this.selfEvaluation = SelfEvaluationTextReader.builder().limits(limits).lenient(lenient).build();
    this.monitoring = MonitoringTextReader.builder().limits(limits).lenient(lenient).build();
  }

  /** A lenient reader with the {@linkplain ReadLimits#defaults() default limits}. */
  public static DocumentReader create() {
    return builder().build();
  }

  /**
   * Whether a file's first bytes start a Word document, as far as they tell (format detection, as Jackson's
   * {@code hasFormat}): a zip whose first entries include a {@code word/} part, or an OLE2 compound file whose
   * head names the {@code WordDocument} stream. A compound file's directory may lie past the head, so false
   * does not prove a {@code .doc} is none.
   */
  public static boolean recognizes(byte[] head) {
    FileHead file = new FileHead(head);
    return file.isZipWithPartsUnder("word/") || file.isCompoundFile() && file.namesWordStream();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a {@code .docx} or {@code .doc} file, reported under its file name. */
  public ReadResult<PerformanceTargetDocument> read(Path file) {
    String source = sourceName(file);
    return document(blocks(FileBytes.DOCUMENT.read(file, source, limits.maxDocumentLength()), source));
  }

  /** Reads a document from a stream to its end (not closed); {@code sourceName} names it in messages. */
  public ReadResult<PerformanceTargetDocument> read(InputStream in, String sourceName) {
    return document(blocks(FileBytes.DOCUMENT.read(in, sourceName, limits.maxDocumentLength()), sourceName));
  }

  /**
   * Reads the self-evaluation tables (项目支出绩效自评表) of a {@code .docx} or {@code .doc} file, as its text reads
   * with {@link SelfEvaluationTextReader}, every place named as the document has it.
   */
  public ReadResult<List<SelfEvaluationTable>> readSelfEvaluation(Path file) {
    String source = sourceName(file);
    return selfEvaluation(blocks(FileBytes.DOCUMENT.read(file, source, limits.maxDocumentLength()), source));
  }

  /** As {@link #readSelfEvaluation(Path)}, from a stream read to its end (not closed). */
  public ReadResult<List<SelfEvaluationTable>> readSelfEvaluation(InputStream in, String sourceName) {
    return selfEvaluation(blocks(FileBytes.DOCUMENT.read(in, sourceName, limits.maxDocumentLength()), sourceName));
  }

  /**
   * Reads the monitoring tables (项目支出绩效运行监控表) of a {@code .docx} or {@code .doc} file, as its text reads
   * with {@link MonitoringTextReader}, every place named as the document has it.
   */
  public ReadResult<List<MonitoringTable>> readMonitoring(Path file) {
    String source = sourceName(file);
    return monitoring(blocks(FileBytes.DOCUMENT.read(file, source, limits.maxDocumentLength()), source));
  }

  /** As {@link #readMonitoring(Path)}, from a stream read to its end (not closed). */
  public ReadResult<List<MonitoringTable>> readMonitoring(InputStream in, String sourceName) {
    return monitoring(blocks(FileBytes.DOCUMENT.read(in, sourceName, limits.maxDocumentLength()), sourceName));
  }

  /**
   * Reads a document of any kind as the front door hands it out: monitoring tables when its text is a monitoring
   * table's ({@link MonitoringTextReader#recognizes(List)}), self-evaluation tables when it is a self-evaluation's
   * ({@link SelfEvaluationTextReader#recognizes(List)}), else the performance-target document. Monitoring is asked
   * first: its 1-7月实际完成值 column would pass for a self-evaluation's 实际完成值. The stream is read to its end
   * and closed with the input.
   *
   * @param format the format's name the input reports
   */
  public TableInput open(InputStream in, String sourceName, String format) {
    Blocks blocks = blocks(FileBytes.DOCUMENT.read(in, sourceName, limits.maxDocumentLength()), sourceName);
    if (MonitoringTextReader.recognizes(blocks.document().blocks())) {
      return TableInput.ofMonitoringTables(sourceName, format, monitoring(blocks), in);
    }
    if (SelfEvaluationTextReader.recognizes(blocks.document().blocks())) {
      return TableInput.ofSelfEvaluationTables(sourceName, format, selfEvaluation(blocks), in);
    }
    return TableInput.ofDocument(sourceName, format, document(blocks), in);
  }

  private static String sourceName(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  /** A document's paragraphs and table rows, and its name. */
  private record Blocks(DocumentBlocks document, String source) {}

  private Blocks blocks(byte[] bytes, String source) {
    DocumentBlocks blocks = new DocumentBlocks(source, limits);
    DocumentInput.Opened opened = DocumentInput.open(bytes, source, limits.maxDocumentLength());
    try {
      if (opened.docx() != null) {
        DocxBlocks.read(opened.docx(), blocks);
      } else {
        DocBlocks.read(opened.doc(), blocks);
      }
    } catch (ReadException e) {
      throw e;
    } catch (RuntimeException e) {
      // POI parses some structures only when they are reached; a failure then means the same as at opening.
      throw DocumentInput.damaged(e, source);
    } finally {
      DocumentInput.close(opened);
    }
    if (!lenient && !blocks.warnings().isEmpty()) {
      throw new ReadException(blocks.warnings().get(0));
    }
    return new Blocks(blocks, source);
  }

  private ReadResult<PerformanceTargetDocument> document(Blocks blocks) {
    return withDocumentWarnings(blocks, text.read(blocks.source(), blocks.document().blocks()));
  }

  private ReadResult<List<SelfEvaluationTable>> selfEvaluation(Blocks blocks) {
    return withDocumentWarnings(blocks, selfEvaluation.read(blocks.source(), blocks.document().blocks()));
  }

  private ReadResult<List<MonitoringTable>> monitoring(Blocks blocks) {
    return withDocumentWarnings(blocks, monitoring.read(blocks.source(), blocks.document().blocks()));
  }

  /** The text reader's read, after what the document itself warned of (an image, a nested table). */
  private static <T> ReadResult<T> withDocumentWarnings(Blocks blocks, ReadResult<T> read) {
    List<ReadProblem> warnings = new ArrayList<>(blocks.document().warnings());
    warnings.addAll(read.warnings());
    return ReadResult.of(read.value(), warnings, read.sourceMap().orElseThrow());
  }

  /** Configures a {@link DocumentReader}: its {@link ReadLimits} and whether it is lenient. */
  public static final class Builder extends ReaderBuilder<Builder, DocumentReader> {
    private Builder() {}

    @Override
    public DocumentReader build() {
      return new DocumentReader(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }

  @Override
  public String toString() {
    return "DocumentReader[" + limits + (lenient ? ", lenient]" : ", strict]");
  }
}
