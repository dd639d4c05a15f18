package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.serialization.CodecBuilder;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.internal.codec.JacksonCodecCore;
import io.github.jixiao.serialization.internal.codec.Output;
import io.github.jixiao.serialization.internal.codec.Root;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.json.JsonLayout;
import java.io.InputStream;
import java.io.OutputStream;
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
  private static final Output COMPACT = new Output(null);
  private static final Output PRETTY = new Output(DefaultPrettyPrinter::new);

  private final JsonFactory single;
  private final JsonFactory streaming;
  private final Output output;

  /**
   * @param single the factory for single values, with every limit
   * @param streaming the factory for sequences, without the document-length limit
   */
  private JsonCodecCore(JsonFactory single, JsonFactory streaming, boolean lenient, int maxListLength,
      boolean prettyPrint) {
    super(ReadSession.Format.JSON, lenient, maxListLength);
    this.single = single;
    this.streaming = streaming;
    this.output = prettyPrint ? PRETTY : COMPACT;
  }

  /** The core of a codec with the builder's settings. */
  public static JsonCodecCore of(CodecBuilder<?, ?> b) {
    return new JsonCodecCore(factory(b.limits(), b.limits().maxDocumentLength()), factory(b.limits(), -1),
        b.isLenient(), b.limits().maxListLength(), b.isPrettyPrint());
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
    return single.createParser(ObjectReadContext.empty(), session.watch(new NonClosingInputStream(in)));
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

  /** Tables one at a time from {@code in}, which closing the sequence closes. */
  public TableSequence readTables(InputStream in, String sourceName, JsonLayout layout) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(layout, "layout");
    ReadSession session = session(sourceName);
    try {
      return TableSequence.of(new JsonTableSource(streaming.createParser(ObjectReadContext.empty(), session.watch(in)),
          session, layout));
    } catch (JacksonException e) {
      throw session.toReadException(e);
    }
  }

  /** Tables one at a time to {@code out}, compact whatever the codec's printing, which closing closes. */
  public TableSequenceWriter writeTables(OutputStream out, JsonLayout layout) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(layout, "layout");
    if (layout == JsonLayout.LINES) {
      return new JsonLinesWriter(single, COMPACT, out);
    }
    try {
      return new JsonArrayWriter(single.createGenerator(COMPACT, out));
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }
}
