package io.github.jixiao.serialization.xml;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.CodecBuilder;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.TableCodec;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.internal.InputFile;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.internal.codec.SequenceRoot;
import io.github.jixiao.serialization.internal.codec.TargetTableSequences;
import io.github.jixiao.serialization.internal.xml.XmlCodecCore;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads and writes the jixiao XML format, version 1 (XML 编解码器): a table ({@code <table>}), a whole
 * document ({@code <document>}) (the {@link TableCodec} reads and writes), or any number of tables one at a
 * time under a {@code <tables>} root; likewise self-evaluation tables ({@code <selfEvaluation>} elements under a
 * {@code <selfEvaluations>} root) and monitoring tables ({@code <monitoring>} under {@code <monitorings>}). The element names are the JSON property names; a list is an element
 * holding one element per item ({@code <indicators><indicator>…</indicator></indicators>}). A stream's
 * encoding is its declaration's, UTF-8 by default. Created once and shared: thread-safe.
 *
 * <p>Readers are hardened: a DOCTYPE is refused, so no entity is ever expanded or fetched (billion laughs,
 * external entities); Woodstox limits element depth, text length and children; unknown elements fail the
 * read, or are warnings in lenient mode. Every failure is one {@link ReadException} naming the line, column
 * and path. XML 1.0 cannot hold control characters other than tab, line feed and carriage return: writing
 * text that holds one throws a {@link WriteException}.
 */
public final class XmlCodec extends TableCodec {
  private final XmlCodecCore core;

  private XmlCodec(XmlCodecCore core) {
    super(core);
    this.core = core;
  }

  /** A codec with the default limits, lenient, compact output. */
  public static XmlCodec create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes tables one at a time under a {@code <tables>} root; closing the writer writes the end tag and
   * closes {@code out}.
   */
  public TableSequenceWriter writeTables(OutputStream out) {
    return TargetTableSequences.writing(core.writeTables(out, SequenceRoot.TABLES));
  }

  /**
   * Writes self-evaluation tables (绩效自评表) one at a time under a {@code <selfEvaluations>} root; closing
   * the writer writes the end tag and closes {@code out}.
   */
  public Sequence.Writer<SelfEvaluationTable> writeSelfEvaluationTables(OutputStream out) {
    return core.writeTables(out, SequenceRoot.SELF_EVALUATIONS);
  }

  /**
   * Writes monitoring tables (运行监控表) one at a time under a {@code <monitorings>} root; closing the writer
   * writes the end tag and closes {@code out}.
   */
  public Sequence.Writer<MonitoringTable> writeMonitoringTables(OutputStream out) {
    return core.writeTables(out, SequenceRoot.MONITORINGS);
  }

  /**
   * Reads tables one at a time from an XML document whose root holds {@code <table>} elements. Close the
   * sequence when done; it closes {@code in}. The document-length limit does not apply; every other limit
   * applies to each table.
   */
  public TableSequence readTables(InputStream in, String sourceName) {
    return TargetTableSequences.reading(core.readTables(in, sourceName, SequenceRoot.TABLES));
  }

  /** Reads tables one at a time from a file, reported under its file name; closing the sequence closes it. */
  public TableSequence readTables(Path file) {
    return InputFile.handOver(file, this::readTables);
  }

  /** Reads tables one at a time from characters (encoded as UTF-8); closing the sequence closes {@code in}. */
  public TableSequence readTables(Reader in, String sourceName) {
    return readTables(ReaderBytes.of(in), sourceName);
  }

  /**
   * Reads self-evaluation tables (绩效自评表) one at a time from a {@code <selfEvaluations>} root holding
   * {@code <selfEvaluation>} elements, as {@link #readTables(InputStream, String)} reads target tables.
   */
  public Sequence<SelfEvaluationTable> readSelfEvaluationTables(InputStream in, String sourceName) {
    return Sequence.of(core.readTables(in, sourceName, SequenceRoot.SELF_EVALUATIONS));
  }

  /** Reads self-evaluation tables one at a time from a file, reported under its file name. */
  public Sequence<SelfEvaluationTable> readSelfEvaluationTables(Path file) {
    return InputFile.handOver(file, this::readSelfEvaluationTables);
  }

  /** Reads self-evaluation tables one at a time from characters (encoded as UTF-8). */
  public Sequence<SelfEvaluationTable> readSelfEvaluationTables(Reader in, String sourceName) {
    return readSelfEvaluationTables(ReaderBytes.of(in), sourceName);
  }

  /**
   * Reads monitoring tables (运行监控表) one at a time from a {@code <monitorings>} root holding
   * {@code <monitoring>} elements, as {@link #readTables(InputStream, String)} reads target tables.
   */
  public Sequence<MonitoringTable> readMonitoringTables(InputStream in, String sourceName) {
    return Sequence.of(core.readTables(in, sourceName, SequenceRoot.MONITORINGS));
  }

  /** Reads monitoring tables one at a time from a file, reported under its file name. */
  public Sequence<MonitoringTable> readMonitoringTables(Path file) {
    return InputFile.handOver(file, this::readMonitoringTables);
  }

  /** Reads monitoring tables one at a time from characters (encoded as UTF-8). */
  public Sequence<MonitoringTable> readMonitoringTables(Reader in, String sourceName) {
    return readMonitoringTables(ReaderBytes.of(in), sourceName);
  }

  /** Builds an {@link XmlCodec}; every limit has a default fit for published tables. */
  public static final class Builder extends CodecBuilder<Builder, XmlCodec> {
    private Builder() {}

    @Override
    public XmlCodec build() {
      return new XmlCodec(XmlCodecCore.of(this));
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
