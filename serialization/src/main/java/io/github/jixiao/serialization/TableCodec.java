package io.github.jixiao.serialization;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.internal.InputFile;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.internal.codec.JacksonCodecCore;
import io.github.jixiao.serialization.internal.codec.Root;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * What the JSON and XML codecs have in common (表格编解码器), as Jackson's {@code ObjectMapper} stands under
 * {@code JsonMapper} and {@code XmlMapper}: reading and writing one table or one whole document, from and to
 * text, streams, files and readers, and the year's two other tables of a project, the self-evaluation
 * ({@code readSelfEvaluation}) and the monitoring table ({@code readMonitoring}), each a root of its own. {@link io.github.jixiao.serialization.json.JsonCodec} and
 * {@link io.github.jixiao.serialization.xml.XmlCodec} are its only kinds; each adds its format's sequences of
 * tables and its own extras. Thread-safe.
 *
 * <p>A stream is read in the format's encoding (JSON: UTF-8, or UTF-16/32 with a byte-order mark; XML: as
 * its declaration says, UTF-8 by default); characters from a {@link Reader} are encoded as UTF-8 first, so an
 * XML encoding declaration is then ignored. Every read failure is one {@link ReadException} naming the line,
 * column and path; what a lenient codec doubts is in the result's warnings.
 */
public abstract class TableCodec {
  private final JacksonCodecCore core;

  /** For this module's two codecs: the core is theirs, and is not exported. */
  @SuppressWarnings("exports")
  protected TableCodec(JacksonCodecCore core) {
    this.core = core;
  }

  // ---- writing

  /** The table as text in this format. */
  public final String write(ProjectTargetTable table) {
    return core.text(table, Root.TABLE);
  }

  /**
   * Writes the table as UTF-8; the stream is left open.
   *
   * @throws WriteException when the table holds what the format cannot (XML: a control character)
   */
  public final void write(ProjectTargetTable table, OutputStream out) {
    core.write(table, out, Root.TABLE);
  }

  /** The document as text in this format. */
  public final String write(PerformanceTargetDocument document) {
    return core.text(document, Root.DOCUMENT);
  }

  /** Writes the document as UTF-8; the stream is left open. */
  public final void write(PerformanceTargetDocument document, OutputStream out) {
    core.write(document, out, Root.DOCUMENT);
  }

  /** The self-evaluation table as text in this format (XML root {@code <selfEvaluation>}). */
  public final String write(SelfEvaluationTable table) {
    return core.text(table, Root.SELF_EVALUATION);
  }

  /** Writes the self-evaluation table as UTF-8; the stream is left open. */
  public final void write(SelfEvaluationTable table, OutputStream out) {
    core.write(table, out, Root.SELF_EVALUATION);
  }

  /** The monitoring table as text in this format (XML root {@code <monitoring>}). */
  public final String write(MonitoringTable table) {
    return core.text(table, Root.MONITORING);
  }

  /** Writes the monitoring table as UTF-8; the stream is left open. */
  public final void write(MonitoringTable table, OutputStream out) {
    core.write(table, out, Root.MONITORING);
  }

  // ---- reading

  /** Reads one table from text. */
  public final ReadResult<ProjectTargetTable> readTable(String text) {
    return core.read(text, Root.TABLE);
  }

  /**
   * Reads one table from a stream; the stream is left open.
   *
   * @param sourceName the input's name for messages, e.g. {@code budget.json}; null for none
   * @throws ReadException naming the place and what was expected
   */
  public final ReadResult<ProjectTargetTable> readTable(InputStream in, String sourceName) {
    return core.read(in, sourceName, Root.TABLE);
  }

  /** Reads one table from a file, reported under its file name. */
  public final ReadResult<ProjectTargetTable> readTable(Path file) {
    return InputFile.read(file, this::readTable);
  }

  /** Reads one table from characters (encoded as UTF-8); the reader is left open. */
  public final ReadResult<ProjectTargetTable> readTable(Reader in, String sourceName) {
    return readTable(ReaderBytes.of(in), sourceName);
  }

  /** Reads a whole document from text. */
  public final ReadResult<PerformanceTargetDocument> readDocument(String text) {
    return core.read(text, Root.DOCUMENT);
  }

  /** Reads a whole document from a stream; the stream is left open. */
  public final ReadResult<PerformanceTargetDocument> readDocument(InputStream in, String sourceName) {
    return core.read(in, sourceName, Root.DOCUMENT);
  }

  /** Reads a whole document from a file, reported under its file name. */
  public final ReadResult<PerformanceTargetDocument> readDocument(Path file) {
    return InputFile.read(file, this::readDocument);
  }

  /** Reads a whole document from characters (encoded as UTF-8); the reader is left open. */
  public final ReadResult<PerformanceTargetDocument> readDocument(Reader in, String sourceName) {
    return readDocument(ReaderBytes.of(in), sourceName);
  }

  /** Reads one self-evaluation table (项目支出绩效自评表) from text. */
  public final ReadResult<SelfEvaluationTable> readSelfEvaluation(String text) {
    return core.read(text, Root.SELF_EVALUATION);
  }

  /** Reads one self-evaluation table from a stream; the stream is left open. */
  public final ReadResult<SelfEvaluationTable> readSelfEvaluation(InputStream in, String sourceName) {
    return core.read(in, sourceName, Root.SELF_EVALUATION);
  }

  /** Reads one self-evaluation table from a file, reported under its file name. */
  public final ReadResult<SelfEvaluationTable> readSelfEvaluation(Path file) {
    return InputFile.read(file, this::readSelfEvaluation);
  }

  /** Reads one self-evaluation table from characters (encoded as UTF-8); the reader is left open. */
  public final ReadResult<SelfEvaluationTable> readSelfEvaluation(Reader in, String sourceName) {
    return readSelfEvaluation(ReaderBytes.of(in), sourceName);
  }

  /** Reads one monitoring table (项目支出绩效运行监控表) from text. */
  public final ReadResult<MonitoringTable> readMonitoring(String text) {
    return core.read(text, Root.MONITORING);
  }

  /** Reads one monitoring table from a stream; the stream is left open. */
  public final ReadResult<MonitoringTable> readMonitoring(InputStream in, String sourceName) {
    return core.read(in, sourceName, Root.MONITORING);
  }

  /** Reads one monitoring table from a file, reported under its file name. */
  public final ReadResult<MonitoringTable> readMonitoring(Path file) {
    return InputFile.read(file, this::readMonitoring);
  }

  /** Reads one monitoring table from characters (encoded as UTF-8); the reader is left open. */
  public final ReadResult<MonitoringTable> readMonitoring(Reader in, String sourceName) {
    return readMonitoring(ReaderBytes.of(in), sourceName);
  }
}
