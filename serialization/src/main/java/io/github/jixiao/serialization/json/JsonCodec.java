package io.github.jixiao.serialization.json;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.CodecBuilder;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.TableCodec;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.internal.InputFile;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.internal.codec.SequenceRoot;
import io.github.jixiao.serialization.internal.codec.TargetTableSequences;
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
 * {@link TableCodec} reads and writes), or any number of tables of one kind one at a time, as a JSON array or
 * JSON Lines: target tables ({@code readTables}), self-evaluation tables ({@code readSelfEvaluationTables}) and
 * monitoring tables ({@code readMonitoringTables}), and their writers.
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
    return TargetTableSequences.writing(core.writeTables(out, layout, SequenceRoot.TABLES));
  }

  /**
   * Writes self-evaluation tables (绩效自评表) one at a time to {@code out} as a JSON array or JSON Lines;
   * closing the writer finishes the output and closes {@code out}.
   */
  public Sequence.Writer<SelfEvaluationTable> writeSelfEvaluationTables(OutputStream out, JsonLayout layout) {
    return core.writeTables(out, layout, SequenceRoot.SELF_EVALUATIONS);
  }

  /**
   * Writes monitoring tables (运行监控表) one at a time to {@code out} as a JSON array or JSON Lines; closing
   * the writer finishes the output and closes {@code out}.
   */
  public Sequence.Writer<MonitoringTable> writeMonitoringTables(OutputStream out, JsonLayout layout) {
    return core.writeTables(out, layout, SequenceRoot.MONITORINGS);
  }

  /**
   * Reads tables one at a time from a JSON array or JSON Lines. Close the sequence when done; it closes
   * {@code in}. The document-length limit does not apply (a sequence may be any length); every other limit
   * applies to each table.
   */
  public TableSequence readTables(InputStream in, String sourceName, JsonLayout layout) {
    return TargetTableSequences.reading(core.readTables(in, sourceName, layout, SequenceRoot.TABLES));
  }

  /** Reads tables one at a time from a file, reported under its file name; closing the sequence closes it. */
  public TableSequence readTables(Path file, JsonLayout layout) {
    return InputFile.handOver(file, (in, name) -> readTables(in, name, layout));
  }

  /** Reads tables one at a time from characters (encoded as UTF-8); closing the sequence closes {@code in}. */
  public TableSequence readTables(Reader in, String sourceName, JsonLayout layout) {
    return readTables(ReaderBytes.of(in), sourceName, layout);
  }

  /**
   * Reads self-evaluation tables (绩效自评表) one at a time from a JSON array or JSON Lines, as
   * {@link #readTables(InputStream, String, JsonLayout)} reads target tables: the sequence closes {@code in},
   * every limit but the document length applies to each table, and a failure names the table's place
   * ({@code selfEvaluations[3].indicators[1]…}).
   */
  public Sequence<SelfEvaluationTable> readSelfEvaluationTables(InputStream in, String sourceName,
      JsonLayout layout) {
    return Sequence.of(core.readTables(in, sourceName, layout, SequenceRoot.SELF_EVALUATIONS));
  }

  /** Reads self-evaluation tables one at a time from a file, reported under its file name. */
  public Sequence<SelfEvaluationTable> readSelfEvaluationTables(Path file, JsonLayout layout) {
    return InputFile.handOver(file, (in, name) -> readSelfEvaluationTables(in, name, layout));
  }

  /** Reads self-evaluation tables one at a time from characters (encoded as UTF-8). */
  public Sequence<SelfEvaluationTable> readSelfEvaluationTables(Reader in, String sourceName, JsonLayout layout) {
    return readSelfEvaluationTables(ReaderBytes.of(in), sourceName, layout);
  }

  /**
   * Reads monitoring tables (运行监控表) one at a time from a JSON array or JSON Lines, as
   * {@link #readTables(InputStream, String, JsonLayout)} reads target tables ({@code monitorings[3]…} in
   * messages).
   */
  public Sequence<MonitoringTable> readMonitoringTables(InputStream in, String sourceName, JsonLayout layout) {
    return Sequence.of(core.readTables(in, sourceName, layout, SequenceRoot.MONITORINGS));
  }

  /** Reads monitoring tables one at a time from a file, reported under its file name. */
  public Sequence<MonitoringTable> readMonitoringTables(Path file, JsonLayout layout) {
    return InputFile.handOver(file, (in, name) -> readMonitoringTables(in, name, layout));
  }

  /** Reads monitoring tables one at a time from characters (encoded as UTF-8). */
  public Sequence<MonitoringTable> readMonitoringTables(Reader in, String sourceName, JsonLayout layout) {
    return readMonitoringTables(ReaderBytes.of(in), sourceName, layout);
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
