package io.github.jixiao.serialization.xml;

import java.nio.file.Path;
import java.io.Reader;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.internal.InputFile;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.CodecBuilder;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.internal.codec.Root;
import io.github.jixiao.serialization.internal.codec.WriteFailures;
import io.github.jixiao.serialization.internal.xml.HardenedXmlInput;
import io.github.jixiao.serialization.internal.xml.XmlCodecCore;
import io.github.jixiao.serialization.jackson.WireFormat;
import java.io.InputStream;
import java.io.OutputStream;
import javax.xml.stream.XMLInputFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.dataformat.xml.XmlFactory;

/**
 * Reads and writes the jixiao XML format, version 1 (XML 编解码器): a table ({@code <table>}), a whole
 * document ({@code <document>}), or any number of tables one at a time under a {@code <tables>} root. The
 * element names are the JSON property names; a list is an element holding one element per item
 * ({@code <indicators><indicator>…</indicator></indicators>}). Created once and shared: thread-safe.
 *
 * <p>Readers are hardened: a DOCTYPE is refused, so no entity is ever expanded or fetched (billion laughs,
 * external entities); Woodstox limits element depth, text length and children; unknown elements fail the
 * read, or are warnings in lenient mode. Every failure is one {@link ReadException} naming the line, column
 * and path. XML 1.0 cannot hold control characters other than tab, line feed and carriage return: writing
 * text that holds one throws a {@link WriteException}.
 */
public final class XmlCodec {
  private final XmlCodecCore core;

  private XmlCodec(Builder b) {
    XMLInputFactory singleInput = HardenedXmlInput.factory(b.limits().maxNestingDepth(), b.limits().maxStringLength(),
        b.limits().maxListLength() + 16, b.limits().maxDocumentLength());
    XMLInputFactory streamingInput = HardenedXmlInput.factory(b.limits().maxNestingDepth(), b.limits().maxStringLength(),
        Integer.MAX_VALUE, Long.MAX_VALUE);
    this.core = new XmlCodecCore(factory(b, singleInput, b.limits().maxDocumentLength()), singleInput,
        factory(b, streamingInput, -1), streamingInput, b.isLenient(), b.limits().maxListLength(), b.isPrettyPrint(),
        b.encoding().orElse(null));
  }

  private static XmlFactory factory(Builder b, XMLInputFactory input, long maxDocumentLength) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(b.limits().maxNestingDepth())
        .maxStringLength(b.limits().maxStringLength())
        .maxNameLength(b.limits().maxNameLength())
        .maxDocumentLength(maxDocumentLength)
        .build();
    return XmlFactory.builder().xmlInputFactory(input).streamReadConstraints(limits).build();
  }

  /** A codec with the default limits, strict, compact output. */
  public static XmlCodec create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---- writing

  /** The table as an XML document whose root is {@code <table>}. */
  public String write(ProjectTargetTable table) {
    return core.text(table, WireFormat::writeTable);
  }

  /** Writes the table as UTF-8 XML; the stream is left open. */
  public void write(ProjectTargetTable table, OutputStream out) {
    core.write(table, out, WireFormat::writeTable);
  }

  /** The document as an XML document whose root is {@code <document>}. */
  public String write(PerformanceTargetDocument document) {
    return core.text(document, WireFormat::writeDocument);
  }

  /** Writes the document as UTF-8 XML; the stream is left open. */
  public void write(PerformanceTargetDocument document, OutputStream out) {
    core.write(document, out, WireFormat::writeDocument);
  }

  /**
   * Writes tables one at a time under a {@code <tables>} root; closing the writer writes the end tag and
   * closes {@code out}.
   */
  public TableSequenceWriter writeTables(OutputStream out) {
    return core.writeTables(out);
  }

  /** What a failed write throws: the {@link WriteException} or I/O failure inside {@code e}. */
  public static RuntimeException writeFailure(JacksonException e) {
    return WriteFailures.of(e, "XML");
  }

  // ---- reading

  /** Reads one table from XML text. */
  public ReadResult<ProjectTargetTable> readTable(String xml) {
    return core.read(xml, Root.TABLE);
  }

  /**
   * Reads one table from an XML stream (encoding from the XML declaration, UTF-8 by default); the stream is
   * left open.
   *
   * @param sourceName the input's name for messages, e.g. {@code budget.xml}; null for none
   * @throws ReadException naming the place and what was expected
   */
  public ReadResult<ProjectTargetTable> readTable(InputStream in, String sourceName) {
    return core.read(in, sourceName, Root.TABLE);
  }

  /** Reads one table from a file, reported under its file name. */
  public ReadResult<ProjectTargetTable> readTable(Path file) {
    return InputFile.read(file, this::readTable);
  }

  /** Reads one table from characters (encoded as UTF-8; an encoding declaration is ignored); the reader is left open. */
  public ReadResult<ProjectTargetTable> readTable(Reader in, String sourceName) {
    return readTable(ReaderBytes.of(in), sourceName);
  }

  /** Reads a whole document from XML text. */
  public ReadResult<PerformanceTargetDocument> readDocument(String xml) {
    return core.read(xml, Root.DOCUMENT);
  }

  /** Reads a whole document from an XML stream; the stream is left open. */
  public ReadResult<PerformanceTargetDocument> readDocument(InputStream in, String sourceName) {
    return core.read(in, sourceName, Root.DOCUMENT);
  }

  /** Reads a whole document from a file, reported under its file name. */
  public ReadResult<PerformanceTargetDocument> readDocument(Path file) {
    return InputFile.read(file, this::readDocument);
  }

  /** Reads a whole document from characters (encoded as UTF-8; an encoding declaration is ignored). */
  public ReadResult<PerformanceTargetDocument> readDocument(Reader in, String sourceName) {
    return readDocument(ReaderBytes.of(in), sourceName);
  }

  /**
   * Reads tables one at a time from an XML document whose root holds {@code <table>} elements. Close the
   * sequence when done; it closes {@code in}. The document-length limit does not apply; every other limit
   * applies to each table.
   */
  public TableSequence readTables(InputStream in, String sourceName) {
    return core.readTables(in, sourceName);
  }

  /** Reads tables one at a time from a file, reported under its file name; closing the sequence closes it. */
  public TableSequence readTables(Path file) {
    return InputFile.handOver(file, this::readTables);
  }

  /** Reads tables one at a time from characters (encoded as UTF-8); closing the sequence closes {@code in}. */
  public TableSequence readTables(Reader in, String sourceName) {
    return readTables(ReaderBytes.of(in), sourceName);
  }

  /** Builds an {@link XmlCodec}; every limit has a default fit for published tables. */
  public static final class Builder extends CodecBuilder<Builder, XmlCodec> {
    private Builder() {}

    @Override
    public XmlCodec build() {
      return new XmlCodec(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
