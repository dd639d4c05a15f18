package io.github.jixiao.serialization.xml;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.CodecBuilder;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.internal.InputFile;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.internal.xml.FormatMarkupReader;
import io.github.jixiao.serialization.internal.xml.HardenedXmlInput;
import io.github.jixiao.serialization.internal.xml.MarkupRefusal;
import io.github.jixiao.serialization.internal.xml.XmlProblems;
import io.github.jixiao.serialization.internal.xml.XmlTableSource;
import io.github.jixiao.serialization.internal.xml.XmlTablesWriter;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.jackson.WireFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlWriteFeature;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;
import tools.jackson.dataformat.xml.util.DefaultXmlPrettyPrinter;

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
  private final XmlFactory single;
  private final XmlFactory streaming;
  private final XMLInputFactory singleInput;
  private final XMLInputFactory streamingInput;
  private final boolean lenient;
  private final int maxListLength;
  private final boolean prettyPrint;

  private XmlCodec(Builder b) {
    this.singleInput = HardenedXmlInput.factory(b.limits().maxNestingDepth(), b.limits().maxStringLength(),
        b.limits().maxListLength() + 16, b.limits().maxDocumentLength());
    this.streamingInput = HardenedXmlInput.factory(b.limits().maxNestingDepth(), b.limits().maxStringLength(),
        Integer.MAX_VALUE, Long.MAX_VALUE);
    this.single = factory(b, singleInput, b.limits().maxDocumentLength());
    this.streaming = factory(b, streamingInput, -1);
    this.lenient = b.isLenient();
    this.maxListLength = b.limits().maxListLength();
    this.prettyPrint = b.isPrettyPrint();
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

  /** A codec with the default limits, lenient, compact output. */
  public static XmlCodec create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---- writing

  /** The table as an XML document whose root is {@code <table>}. */
  public String write(ProjectTargetTable table) {
    return new String(bytes(table, WireFormat::writeTable), StandardCharsets.UTF_8);
  }

  /** Writes the table as UTF-8 XML; the stream is left open. */
  public void write(ProjectTargetTable table, OutputStream out) {
    writeTo(table, out, WireFormat::writeTable);
  }

  /** The document as an XML document whose root is {@code <document>}. */
  public String write(PerformanceTargetDocument document) {
    return new String(bytes(document, WireFormat::writeDocument), StandardCharsets.UTF_8);
  }

  /** Writes the document as UTF-8 XML; the stream is left open. */
  public void write(PerformanceTargetDocument document, OutputStream out) {
    writeTo(document, out, WireFormat::writeDocument);
  }

  private <T> byte[] bytes(T value, BiConsumer<JsonGenerator, T> format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeTo(value, out, format);
    return out.toByteArray();
  }

  private <T> void writeTo(T value, OutputStream out, BiConsumer<JsonGenerator, T> format) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try (ToXmlGenerator g = (ToXmlGenerator) single.createGenerator(prettyPrint ? Output.PRETTY : Output.COMPACT,
        out)) {
      g.initGenerator();   // the XML declaration
      format.accept(g, value);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes tables one at a time under a {@code <tables>} root; closing the writer writes the end tag and
   * closes {@code out}.
   */
  public TableSequenceWriter writeTables(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new XmlTablesWriter(single, Output.UNDECLARED, out);
  }

  public static RuntimeException writeFailure(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof WriteException) {
        return (WriteException) t;
      }
      if (t instanceof IOException) {
        return new UncheckedIOException((IOException) t);
      }
    }
    return new IllegalStateException("could not write XML", e);
  }

  // ---- reading

  /** Reads one table from XML text. */
  public ReadResult<ProjectTargetTable> readTable(String xml) {
    return readTable(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
  }

  /**
   * Reads one table from an XML stream (encoding from the XML declaration, UTF-8 by default); the stream is
   * left open.
   *
   * @param sourceName the input's name for messages, e.g. {@code budget.xml}; null for none
   * @throws ReadException naming the place and what was expected
   */
  public ReadResult<ProjectTargetTable> readTable(InputStream in, String sourceName) {
    return readOne(in, sourceName, WireFormat::readTable, "table", "a project target table");
  }

  /** Reads one table from a file, reported under its file name; see {@link #readTable(InputStream, String)}. */
  public ReadResult<ProjectTargetTable> readTable(Path file) {
    return InputFile.read(file, this::readTable);
  }

  /** Reads one table from characters (encoded as UTF-8, like the text overload); the reader is left open. */
  public ReadResult<ProjectTargetTable> readTable(Reader in, String sourceName) {
    return readTable(ReaderBytes.of(in), sourceName);
  }

  /** Reads a whole document from XML text. */
  public ReadResult<PerformanceTargetDocument> readDocument(String xml) {
    return readDocument(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
  }

  /** Reads a whole document from an XML stream; the stream is left open. */
  public ReadResult<PerformanceTargetDocument> readDocument(InputStream in, String sourceName) {
    return readOne(in, sourceName, WireFormat::readDocument, "document", "a performance target document");
  }

  /** Reads a whole document from a file, reported under its file name. */
  public ReadResult<PerformanceTargetDocument> readDocument(Path file) {
    return InputFile.read(file, this::readDocument);
  }

  /** Reads a whole document from characters (encoded as UTF-8); the reader is left open. */
  public ReadResult<PerformanceTargetDocument> readDocument(Reader in, String sourceName) {
    return readDocument(ReaderBytes.of(in), sourceName);
  }

  private <T> ReadResult<T> readOne(InputStream in, String sourceName, BiFunction<JsonParser, ReadSession, T> read,
      String root, String what) {
    Objects.requireNonNull(in, "in");
    ReadSession session = session(sourceName);
    try (JsonParser p = open(single, singleInput, in, session, root)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw session.malformed(p, "the input is empty; expected " + what);
      }
      T value = read.apply(p, session);
      // Past the root element only comments and processing instructions may follow; a second root element
      // (a second table) or a DOCTYPE there is malformed, and would otherwise be dropped without a word.
      if (p.nextToken() != null) {
        throw session.malformed(p, "unexpected content after the end of " + what);
      }
      return ReadResult.of(value, session.warnings());
    } catch (JacksonException e) {
      throw XmlProblems.refine(session.toReadException(e));
    }
  }

  /**
   * Reads tables one at a time from an XML document whose root holds {@code <table>} elements. Close the
   * sequence when done; it closes {@code in}. The document-length limit does not apply; every other limit
   * applies to each table.
   */
  public TableSequence readTables(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    ReadSession session = session(sourceName);
    try {
      return TableSequence.of(new XmlTableSource(open(streaming, streamingInput, in, session, "tables"), session));
    } catch (JacksonException e) {
      throw XmlProblems.refine(session.toReadException(e));
    }
  }

  /** Reads tables one at a time from a file, reported under its file name; closing the sequence closes it. */
  public TableSequence readTables(Path file) {
    return InputFile.handOver(file, this::readTables);
  }

  /** Reads tables one at a time from characters (encoded as UTF-8); closing the sequence closes {@code in}. */
  public TableSequence readTables(Reader in, String sourceName) {
    return readTables(ReaderBytes.of(in), sourceName);
  }

  /** A parser on the root element, which must be {@code <root>}. */
  private static JsonParser open(XmlFactory factory, XMLInputFactory input, InputStream in, ReadSession session,
      String root) {
    try {
      XMLStreamReader2 reader = FormatMarkupReader.over(HardenedXmlInput.open(input, session.watch(in)));
      JsonParser p = factory.createParser(ObjectReadContext.empty(), reader);
      if (reader.getEventType() == XMLStreamConstants.START_ELEMENT && !root.equals(reader.getLocalName())) {
        ReadException wrong = session.wrongType(p, "expected the root element <" + root + ">, found <"
            + reader.getLocalName() + ">");
        p.close();
        throw wrong;
      }
      return p;
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException && session.isInputFailure(e)) {
        throw new UncheckedIOException((IOException) e.getNestedException());
      }
      throw new ReadException(ReadProblem.error(prologCode(e), where(e, session), prologMessage(e)), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      throw XmlProblems.refine(session.toReadException(e));
    }
  }

  /**
   * Failures up to the root element's start tag: a DOCTYPE, markup the format does not have, a character
   * reference to no XML character, or no XML at all.
   */
  private static String prologCode(XMLStreamException e) {
    if (e instanceof MarkupRefusal) {
      return XmlProblems.MARKUP;
    }
    if (XmlProblems.characterReference(e) != null) {
      return XmlProblems.MALFORMED;
    }
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("doctype") || m.contains("entity") || m.contains("dtd") ? "JX-XML-010" : "JX-XML-001";
  }

  private static String prologMessage(XMLStreamException e) {
    if (e instanceof MarkupRefusal m) {
      return m.sentence();
    }
    String reference = XmlProblems.characterReference(e);
    if (reference != null) {
      return reference;
    }
    return prologCode(e).equals("JX-XML-010")
        ? "a DOCTYPE declaration or entity reference is not allowed; expected plain XML with only the five"
            + " predefined entities (&amp; &lt; &gt; &quot; &apos;) and character references"
        : "malformed XML: expected an XML document with one root element";
  }

  private static SourceLocation where(XMLStreamException e, ReadSession session) {
    String source = session.source().orElse(null);
    return e.getLocation() == null ? SourceLocation.at(source, 0, 0)
        : SourceLocation.at(source, e.getLocation().getLineNumber(), e.getLocation().getColumnNumber());
  }

  private ReadSession session(String sourceName) {
    return ReadSession.of(ReadSession.Format.XML, sourceName, lenient).maxListLength(maxListLength);
  }

  /**
   * How the codec's generators write: with the XML declaration, compact or with the default XML pretty
   * printer, and never closing the caller's stream.
   */
  static final class Output extends ObjectWriteContext.Base {
    static final Output COMPACT = new Output(false, true);
    static final Output PRETTY = new Output(true, true);
    /** For the tables of a sequence, whose writer writes the declaration once itself. */
    static final Output UNDECLARED = new Output(false, false);

    private final boolean pretty;
    private final boolean declaration;

    private Output(boolean pretty, boolean declaration) {
      this.pretty = pretty;
      this.declaration = declaration;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return pretty ? new DefaultXmlPrettyPrinter() : null;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return pretty;
    }

    @Override
    public int getStreamWriteFeatures(int defaults) {
      return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
    }

    @Override
    public int getFormatWriteFeatures(int defaults) {
      int mask = XmlWriteFeature.WRITE_XML_DECLARATION.getMask();
      return declaration ? defaults | mask : defaults & ~mask;
    }
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
