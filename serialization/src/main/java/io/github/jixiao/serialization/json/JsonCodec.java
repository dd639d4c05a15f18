package io.github.jixiao.serialization.json;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.CodecBuilder;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.internal.InputFile;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.internal.json.JsonArrayWriter;
import io.github.jixiao.serialization.internal.json.JsonLinesWriter;
import io.github.jixiao.serialization.internal.json.JsonTableSource;
import io.github.jixiao.serialization.internal.json.NonClosingInputStream;
import io.github.jixiao.serialization.jackson.JixiaoModule;
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
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the jixiao JSON format, version 1 (JSON 编解码器): a table, a whole document, or any
 * number of tables one at a time. Created once and shared: thread-safe.
 *
 * <pre>{@code
 * JsonCodec json = JsonCodec.create();
 * String text = json.write(table);
 * ProjectTargetTable back = json.readTable(text).value();
 * }</pre>
 *
 * <p>Readers are hardened: nesting depth, text, number and document length and list size are limited
 * (see {@link Builder}); unknown properties fail the read, or are warnings in {@linkplain Builder#lenient
 * lenient} mode. Every failure is one {@link ReadException} naming the line, column and path.
 */
public final class JsonCodec {
  private final JsonFactory single;
  private final JsonFactory streaming;
  private final boolean lenient;
  private final int maxListLength;
  private final boolean prettyPrint;
  /** Built on first use: the codec itself reads and writes on the streaming API, without databind. */
  private volatile JsonMapper mapper;

  private JsonCodec(Builder b) {
    this.single = factory(b, b.limits().maxDocumentLength());
    this.streaming = factory(b, -1);
    this.lenient = b.isLenient();
    this.maxListLength = b.limits().maxListLength();
    this.prettyPrint = b.isPrettyPrint();
  }

  private static JsonFactory factory(Builder b, long maxDocumentLength) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(b.limits().maxNestingDepth())
        .maxStringLength(b.limits().maxStringLength())
        .maxNumberLength(b.limits().maxNumberLength())
        .maxNameLength(b.limits().maxNameLength())
        .maxDocumentLength(maxDocumentLength)
        .build();
    return JsonFactory.builder().streamReadConstraints(limits).build();
  }

  /** A codec with the default limits, lenient, compact output. */
  public static JsonCodec create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A mapper with this codec's limits and the jixiao module registered, for applications that bind other
   * types alongside tables. Made on the first call; the codec's own reads and writes do not need it.
   */
  public JsonMapper mapper() {
    JsonMapper m = mapper;
    if (m == null) {
      m = JsonMapper.builder(single).addModule(new JixiaoModule()).build();
      mapper = m;
    }
    return m;
  }

  /** The hardened factory this codec reads single values with: its parsers apply the codec's limits. */
  public JsonFactory factory() {
    return single;
  }

  // ---- writing

  /** The table as JSON text. */
  public String write(ProjectTargetTable table) {
    return new String(bytes(table, WireFormat::writeTable), StandardCharsets.UTF_8);
  }

  /** Writes the table as UTF-8 JSON; the stream is left open. */
  public void write(ProjectTargetTable table, OutputStream out) {
    writeTo(table, out, WireFormat::writeTable);
  }

  /** The document as JSON text. */
  public String write(PerformanceTargetDocument document) {
    return new String(bytes(document, WireFormat::writeDocument), StandardCharsets.UTF_8);
  }

  /** Writes the document as UTF-8 JSON; the stream is left open. */
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
    try (JsonGenerator g = single.createGenerator(prettyPrint ? Output.PRETTY : Output.COMPACT, out)) {
      format.accept(g, value);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes tables one at a time to {@code out} as a JSON array or JSON Lines; closing the writer finishes
   * the output and closes {@code out}.
   */
  public TableSequenceWriter writeTables(OutputStream out, JsonLayout layout) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(layout, "layout");
    return layout == JsonLayout.ARRAY ? new JsonArrayWriter(single, Output.COMPACT, out)
        : new JsonLinesWriter(single, Output.COMPACT, out);
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
    return new IllegalStateException("could not write JSON", e);
  }

  // ---- reading

  /** Reads one table from JSON text. */
  public ReadResult<ProjectTargetTable> readTable(String json) {
    return readTable(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);
  }

  /**
   * Reads one table from a JSON stream (UTF-8, or UTF-16/32 with a byte-order mark); the stream is left
   * open.
   *
   * @param sourceName the input's name for messages, e.g. {@code budget.json}; null for none
   * @throws ReadException naming the place and what was expected
   */
  public ReadResult<ProjectTargetTable> readTable(InputStream in, String sourceName) {
    return readOne(in, sourceName, WireFormat::readTable, "a project target table");
  }

  /** Reads one table from a file, reported under its file name; see {@link #readTable(InputStream, String)}. */
  public ReadResult<ProjectTargetTable> readTable(Path file) {
    return InputFile.read(file, this::readTable);
  }

  /** Reads one table from characters (encoded as UTF-8, like the text overload); the reader is left open. */
  public ReadResult<ProjectTargetTable> readTable(Reader in, String sourceName) {
    return readTable(ReaderBytes.of(in), sourceName);
  }

  /** Reads a whole document from JSON text. */
  public ReadResult<PerformanceTargetDocument> readDocument(String json) {
    return readDocument(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);
  }

  /** Reads a whole document from a JSON stream; the stream is left open. */
  public ReadResult<PerformanceTargetDocument> readDocument(InputStream in, String sourceName) {
    return readOne(in, sourceName, WireFormat::readDocument, "a performance target document");
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
      String what) {
    Objects.requireNonNull(in, "in");
    ReadSession session = session(sourceName);
    try (JsonParser p = single.createParser(ObjectReadContext.empty(), session.watch(new NonClosingInputStream(in)))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw session.malformed(p, "the input is empty; expected " + what + " (a JSON object)");
      }
      if (t != JsonToken.START_OBJECT) {
        throw session.wrongType(p, "expected " + what + " (a JSON object)");
      }
      T value = read.apply(p, session);
      if (p.nextToken() != null) {
        throw session.malformed(p, "unexpected content after the end of " + what);
      }
      return ReadResult.of(value, session.warnings());
    } catch (JacksonException e) {
      throw session.toReadException(e);
    }
  }

  /**
   * Reads tables one at a time from a JSON array or JSON Lines. Close the sequence when done; it closes
   * {@code in}. The document-length limit does not apply (a sequence may be any length); every other limit
   * applies to each table.
   */
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

  /** Reads tables one at a time from a file, reported under its file name; closing the sequence closes it. */
  public TableSequence readTables(Path file, JsonLayout layout) {
    return InputFile.handOver(file, (in, name) -> readTables(in, name, layout));
  }

  /** Reads tables one at a time from characters (encoded as UTF-8); closing the sequence closes {@code in}. */
  public TableSequence readTables(Reader in, String sourceName, JsonLayout layout) {
    return readTables(ReaderBytes.of(in), sourceName, layout);
  }

  private ReadSession session(String sourceName) {
    return ReadSession.of(ReadSession.Format.JSON, sourceName, lenient).maxListLength(maxListLength);
  }

  /**
   * How the codec's generators write: compact or with Jackson's default pretty printer, and never closing
   * the caller's stream.
   */
  static final class Output extends ObjectWriteContext.Base {
    static final Output COMPACT = new Output(false);
    static final Output PRETTY = new Output(true);

    private final boolean pretty;

    private Output(boolean pretty) {
      this.pretty = pretty;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return pretty ? new DefaultPrettyPrinter() : null;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return pretty;
    }

    @Override
    public int getStreamWriteFeatures(int defaults) {
      return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
    }
  }

  /** Builds a {@link JsonCodec}; every limit has a default fit for published tables. */
  public static final class Builder extends CodecBuilder<Builder, JsonCodec> {
    private Builder() {}

    @Override
    public JsonCodec build() {
      return new JsonCodec(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
