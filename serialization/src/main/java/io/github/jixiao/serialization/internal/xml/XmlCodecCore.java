package io.github.jixiao.serialization.internal.xml;

import io.github.jixiao.serialization.CodecBuilder;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.internal.codec.JacksonCodecCore;
import io.github.jixiao.serialization.internal.codec.Output;
import io.github.jixiao.serialization.internal.codec.Root;
import io.github.jixiao.serialization.internal.codec.SequenceRoot;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.internal.ReaderBytes;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlWriteFeature;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;
import tools.jackson.dataformat.xml.util.DefaultXmlPrettyPrinter;

/**
 * The XML codec's reads and writes (XML 编解码核心), on the factories its builder made: the root element
 * checked by name, and the failures before it (a DOCTYPE, refused markup, no XML at all) numbered.
 */
public final class XmlCodecCore extends JacksonCodecCore {
  private static final Output COMPACT = new Declared(null, true);
  private static final Output PRETTY = new Declared(DefaultXmlPrettyPrinter::new, true);
  /** For the tables of a sequence, whose writer writes the declaration once itself. */
  private static final Output UNDECLARED = new Declared(null, false);

  private final XmlFactory single;
  private final XmlFactory streaming;
  private final XMLInputFactory singleInput;
  private final XMLInputFactory streamingInput;
  private final Output output;
  private final Charset encoding;

  /**
   * @param single the factory for single values, reading through {@code singleInput}, with every limit
   * @param streaming the factory for sequences, reading through {@code streamingInput}, without the
   *     document-length and children limits
   * @param encoding the encoding every input is in; null to go by the XML declaration
   */
  private XmlCodecCore(XmlFactory single, XMLInputFactory singleInput, XmlFactory streaming,
      XMLInputFactory streamingInput, boolean lenient, int maxListLength, boolean prettyPrint, Charset encoding) {
    super(ReadSession.Format.XML, lenient, maxListLength);
    this.single = single;
    this.singleInput = singleInput;
    this.streaming = streaming;
    this.streamingInput = streamingInput;
    this.output = prettyPrint ? PRETTY : COMPACT;
    this.encoding = encoding;
  }

  /** The core of a codec with the builder's settings. */
  public static XmlCodecCore of(CodecBuilder<?, ?> b) {
    ReadLimits limits = b.limits();
    XMLInputFactory singleInput = HardenedXmlInput.factory(limits.maxNestingDepth(), limits.maxStringLength(),
        limits.maxListLength() + 16, limits.maxDocumentLength());
    XMLInputFactory streamingInput = HardenedXmlInput.factory(limits.maxNestingDepth(), limits.maxStringLength(),
        Integer.MAX_VALUE, Long.MAX_VALUE);
    return new XmlCodecCore(factory(limits, singleInput, limits.maxDocumentLength()), singleInput,
        factory(limits, streamingInput, -1), streamingInput, b.isLenient(), limits.maxListLength(),
        b.isPrettyPrint(), b.encoding().orElse(null));
  }

  private static XmlFactory factory(ReadLimits limits, XMLInputFactory input, long maxDocumentLength) {
    return XmlFactory.builder().xmlInputFactory(input)
        .streamReadConstraints(constraints(limits, maxDocumentLength).build())
        .build();
  }

  @Override
  protected JsonGenerator generator(OutputStream out) {
    ToXmlGenerator g = (ToXmlGenerator) single.createGenerator(output, out);
    g.initGenerator();   // the XML declaration
    return g;
  }

  @Override
  protected JsonParser parser(InputStream in, ReadSession session, Root<?> root) {
    return open(single, singleInput, in, session, root.element());
  }

  @Override
  protected void expectStart(JsonParser p, JsonToken first, ReadSession session, Root<?> root) {
    // The root element's name is checked on opening; what it holds, the walk checks.
    if (first == null) {
      throw session.malformed(p, "the input is empty; expected " + root.what());
    }
  }

  @Override
  protected ReadException failure(ReadSession session, JacksonException e) {
    return XmlProblems.refine(session.toReadException(e));
  }

  /** Tables of one kind one at a time from the sequence's root on {@code in}, which closing the sequence closes. */
  public <T> Sequence.Source<T> readTables(InputStream in, String sourceName, SequenceRoot<T> root) {
    Objects.requireNonNull(in, "in");
    ReadSession session = session(sourceName);
    try {
      return new XmlTableSource<>(open(streaming, streamingInput, in, session, root.element()), session, root);
    } catch (JacksonException e) {
      throw failure(session, e);
    }
  }

  /** Tables of one kind one at a time under the sequence's root on {@code out}, which closing closes. */
  public <T> Sequence.Writer<T> writeTables(OutputStream out, SequenceRoot<T> root) {
    Objects.requireNonNull(out, "out");
    try {
      return new XmlTablesWriter<>((ToXmlGenerator) single.createGenerator(UNDECLARED, out), root);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /** A parser on the root element, which must be {@code <root>}. */
  private JsonParser open(XmlFactory factory, XMLInputFactory input, InputStream in, ReadSession session,
      String root) {
    try {
      // The declaration is looked at before the parser reads on, so the stream must take a mark.
      boolean chars = ReaderBytes.isCharacters(in);
      InputStream marked = chars || encoding != null || in.markSupported() ? in : new BufferedInputStream(in);
      XMLStreamReader2 reader = FormatMarkupReader.over(HardenedXmlInput.open(input, session.watch(marked), chars,
          encoding, session.source().orElse(null), session::warn));
      JsonParser p = factory.createParser(ObjectReadContext.empty(), reader);
      if (reader.getEventType() == XMLStreamConstants.START_ELEMENT && !root.equals(reader.getLocalName())) {
        ReadException wrong = session.wrongType(p, "expected the root element <" + root + ">, found <"
            + reader.getLocalName() + ">");
        p.close();
        throw wrong;
      }
      return p;
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException io && session.isInputFailure(e)) {
        throw new UncheckedIOException(io);
      }
      throw new ReadException(ReadProblem.error(prologCode(e), where(e, session), prologMessage(e)), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      throw failure(session, e);
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

  /** The codec's output settings, with or without the XML declaration. */
  private static final class Declared extends Output {
    private final boolean declaration;

    Declared(Supplier<PrettyPrinter> printer, boolean declaration) {
      super(printer);
      this.declaration = declaration;
    }

    @Override
    public int getFormatWriteFeatures(int defaults) {
      int mask = XmlWriteFeature.WRITE_XML_DECLARATION.getMask();
      return declaration ? defaults | mask : defaults & ~mask;
    }
  }
}
