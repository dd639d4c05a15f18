package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.serialization.CodecBuilder;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.internal.DecodingReader;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.internal.codec.JacksonCodecCore;
import io.github.jixiao.serialization.internal.codec.Output;
import io.github.jixiao.serialization.internal.codec.Root;
import io.github.jixiao.serialization.internal.codec.SequenceRoot;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.json.JsonLayout;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** The JSON codec's reads and writes (JSON 编解码核心), on the factories its builder made. */
public final class JsonCodecCore extends JacksonCodecCore {
  /** A note: the input was decoded from the encoding the codec was set to, other than UTF-8. */
  private static final String DECODED = "JX-JSON-010";
  private static final Output COMPACT = new Output(null);
  private static final Output PRETTY = new Output(DefaultPrettyPrinter::new);

  private final JsonFactory single;
  private final JsonFactory streaming;
  private final Output output;
  private final Charset encoding;

  /**
   * @param single the factory for single values, with every limit
   * @param streaming the factory for sequences, without the document-length limit
   * @param encoding the encoding every input is in; null to tell UTF-8, UTF-16 or UTF-32 from its first bytes
   */
  private JsonCodecCore(JsonFactory single, JsonFactory streaming, boolean lenient, int maxListLength,
      boolean prettyPrint, Charset encoding) {
    super(ReadSession.Format.JSON, lenient, maxListLength);
    this.single = single;
    this.streaming = streaming;
    this.output = prettyPrint ? PRETTY : COMPACT;
    this.encoding = encoding;
  }

  /** The core of a codec with the builder's settings. */
  public static JsonCodecCore of(CodecBuilder<?, ?> b) {
    return new JsonCodecCore(factory(b.limits(), b.limits().maxDocumentLength()), factory(b.limits(), -1),
        b.isLenient(), b.limits().maxListLength(), b.isPrettyPrint(), b.encoding().orElse(null));
  }

  private static JsonFactory factory(ReadLimits limits, long maxDocumentLength) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(limits, maxDocumentLength).maxNumberLength(limits.maxNumberLength()).build())
        .build();
  }

  /** The hardened factory single values are read with. */
  public JsonFactory factory() {
    return single;
  }

  @Override
  protected JsonGenerator generator(OutputStream out) {
    return single.createGenerator(output, out);
  }

  @Override
  protected JsonParser parser(InputStream in, ReadSession session, Root<?> root) {
    return single.createParser(ObjectReadContext.empty(),
        session.watch(new NonClosingInputStream(decoded(in, session))));
  }

  @Override
  protected void expectStart(JsonParser p, JsonToken first, ReadSession session, Root<?> root) {
    if (first == null) {
      throw session.malformed(p, "the input is empty; expected " + root.what() + " (a JSON object)");
    }
    if (first != JsonToken.START_OBJECT) {
      throw session.wrongType(p, "expected " + root.what() + " (a JSON object)");
    }
  }

  @Override
  protected ReadException failure(ReadSession session, JacksonException e) {
    return session.toReadException(e);
  }

  /** Tables of one kind one at a time from {@code in}, which closing the sequence closes. */
  public <T> Sequence.Source<T> readTables(InputStream in, String sourceName, JsonLayout layout,
      SequenceRoot<T> root) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(layout, "layout");
    ReadSession session = session(sourceName);
    try {
      return new JsonTableSource<>(streaming.createParser(ObjectReadContext.empty(),
          session.watch(decoded(in, session))), session, root, layout);
    } catch (JacksonException e) {
      throw session.toReadException(e);
    }
  }

  /**
   * {@code in} as UTF-8, decoded from the codec's encoding when one is set; characters the codec encoded
   * itself (from a {@code String} or a {@code Reader}) are UTF-8 already.
   */
  private InputStream decoded(InputStream in, ReadSession session) {
    if (encoding == null || ReaderBytes.isCharacters(in)) {
      return in;
    }
    String source = session.source().orElse(null);
    if (!encoding.equals(StandardCharsets.UTF_8)) {
      session.warn(ReadProblem.info(DECODED, SourceLocation.at(source, 1, 0), "decoded as " + encoding.name()
          + ", the encoding the codec was set to"));
    }
    return ReaderBytes.of(DecodingReader.of(in, encoding, source, "JX-JSON-001", "the encoding the codec was set to"));
  }

  /** Tables of one kind one at a time to {@code out}, compact whatever the codec's printing; closing closes it. */
  public <T> Sequence.Writer<T> writeTables(OutputStream out, JsonLayout layout, SequenceRoot<T> root) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(layout, "layout");
    if (layout == JsonLayout.LINES) {
      return new JsonLinesWriter<>(single, COMPACT, out, root);
    }
    try {
      return new JsonArrayWriter<>(single.createGenerator(COMPACT, out), root);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }
}
