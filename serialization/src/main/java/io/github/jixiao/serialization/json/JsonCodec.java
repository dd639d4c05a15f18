package io.github.jixiao.serialization.json;

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
import io.github.jixiao.serialization.internal.json.JsonCodecCore;
import io.github.jixiao.serialization.jackson.JixiaoModule;
import io.github.jixiao.serialization.jackson.WireFormat;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
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
  private final JsonCodecCore core;
  /** Built on first use: the codec itself reads and writes on the streaming API, without databind. */
  private volatile JsonMapper mapper;

  private JsonCodec(Builder b) {
    this.single = factory(b, b.limits().maxDocumentLength());
    this.core = new JsonCodecCore(single, factory(b, -1), b.isLenient(), b.limits().maxListLength(),
        b.isPrettyPrint(), b.encoding().orElse(null));
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

  /** A codec with the default limits, strict, compact output. */
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
    return core.text(table, WireFormat::writeTable);
  }

  /** Writes the table as UTF-8 JSON; the stream is left open. */
  public void write(ProjectTargetTable table, OutputStream out) {
    core.write(table, out, WireFormat::writeTable);
  }

  /** The document as JSON text. */
  public String write(PerformanceTargetDocument document) {
    return core.text(document, WireFormat::writeDocument);
  }

  /** Writes the document as UTF-8 JSON; the stream is left open. */
  public void write(PerformanceTargetDocument document, OutputStream out) {
    core.write(document, out, WireFormat::writeDocument);
  }

  /**
   * Writes tables one at a time to {@code out} as a JSON array or JSON Lines; closing the writer finishes
   * the output and closes {@code out}.
   */
  public TableSequenceWriter writeTables(OutputStream out, JsonLayout layout) {
    return core.writeTables(out, layout);
  }

  /** What a failed write throws: the {@link WriteException} or I/O failure inside {@code e}. */
  public static RuntimeException writeFailure(JacksonException e) {
    return WriteFailures.of(e, "JSON");
  }

  // ---- reading

  /** Reads one table from JSON text. */
  public ReadResult<ProjectTargetTable> readTable(String json) {
    return core.read(json, Root.TABLE);
  }

  /**
   * Reads one table from a JSON stream (UTF-8, or UTF-16/32 with a byte-order mark); the stream is left
   * open.
   *
   * @param sourceName the input's name for messages, e.g. {@code budget.json}; null for none
   * @throws ReadException naming the place and what was expected
   */
  public ReadResult<ProjectTargetTable> readTable(InputStream in, String sourceName) {
    return core.read(in, sourceName, Root.TABLE);
  }

  /** Reads one table from a file, reported under its file name. */
  public ReadResult<ProjectTargetTable> readTable(Path file) {
    return InputFile.read(file, this::readTable);
  }

  /** Reads one table from characters (encoded as UTF-8); the reader is left open. */
  public ReadResult<ProjectTargetTable> readTable(Reader in, String sourceName) {
    return readTable(ReaderBytes.of(in), sourceName);
  }

  /** Reads a whole document from JSON text. */
  public ReadResult<PerformanceTargetDocument> readDocument(String json) {
    return core.read(json, Root.DOCUMENT);
  }

  /** Reads a whole document from a JSON stream; the stream is left open. */
  public ReadResult<PerformanceTargetDocument> readDocument(InputStream in, String sourceName) {
    return core.read(in, sourceName, Root.DOCUMENT);
  }

  /** Reads a whole document from a file, reported under its file name. */
  public ReadResult<PerformanceTargetDocument> readDocument(Path file) {
    return InputFile.read(file, this::readDocument);
  }

  /** Reads a whole document from characters (encoded as UTF-8); the reader is left open. */
  public ReadResult<PerformanceTargetDocument> readDocument(Reader in, String sourceName) {
    return readDocument(ReaderBytes.of(in), sourceName);
  }

  /**
   * Reads tables one at a time from a JSON array or JSON Lines. Close the sequence when done; it closes
   * {@code in}. The document-length limit does not apply (a sequence may be any length); every other limit
   * applies to each table.
   */
  public TableSequence readTables(InputStream in, String sourceName, JsonLayout layout) {
    return core.readTables(in, sourceName, layout);
  }

  /** Reads tables one at a time from a file, reported under its file name; closing the sequence closes it. */
  public TableSequence readTables(Path file, JsonLayout layout) {
    return InputFile.handOver(file, (in, name) -> readTables(in, name, layout));
  }

  /** Reads tables one at a time from characters (encoded as UTF-8); closing the sequence closes {@code in}. */
  public TableSequence readTables(Reader in, String sourceName, JsonLayout layout) {
    return readTables(ReaderBytes.of(in), sourceName, layout);
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
