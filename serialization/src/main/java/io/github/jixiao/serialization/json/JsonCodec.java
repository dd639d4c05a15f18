package io.github.jixiao.serialization.json;

import io.github.jixiao.serialization.CodecBuilder;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.TableCodec;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.internal.InputFile;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.internal.json.JsonCodecCore;
import io.github.jixiao.serialization.jackson.JixiaoModule;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Path;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the jixiao JSON format, version 1 (JSON 编解码器): a table, a whole document (the
 * {@link TableCodec} reads and writes), or any number of tables one at a time, as a JSON array or JSON Lines.
 * A stream is UTF-8, or UTF-16/32 with a byte-order mark. Created once and shared: thread-safe.
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
public final class JsonCodec extends TableCodec {
  private final JsonCodecCore core;
  /** Built on first use: the codec itself reads and writes on the streaming API, without databind. */
  private volatile JsonMapper mapper;

  private JsonCodec(JsonCodecCore core) {
    super(core);
    this.core = core;
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
      m = JsonMapper.builder(core.factory()).addModule(new JixiaoModule()).build();
      mapper = m;
    }
    return m;
  }

  /** The hardened factory this codec reads single values with: its parsers apply the codec's limits. */
  public JsonFactory factory() {
    return core.factory();
  }

  /**
   * Writes tables one at a time to {@code out} as a JSON array or JSON Lines; closing the writer finishes
   * the output and closes {@code out}.
   */
  public TableSequenceWriter writeTables(OutputStream out, JsonLayout layout) {
    return core.writeTables(out, layout);
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
      return new JsonCodec(JsonCodecCore.of(this));
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
