package io.github.jixiao.serialization.jackson;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.spi.TokenReader;
import io.github.jixiao.serialization.spi.TokenWriter;
import io.github.jixiao.serialization.internal.jackson.Cursor;
import io.github.jixiao.serialization.internal.jackson.DocumentFormat;
import io.github.jixiao.serialization.internal.jackson.Emitter;
import io.github.jixiao.serialization.internal.jackson.MonitoringFormat;
import io.github.jixiao.serialization.internal.jackson.SelfEvaluationFormat;
import io.github.jixiao.serialization.internal.jackson.TableFormat;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The jixiao wire format, version 1, on Jackson's streaming API (流式读写): reads and writes one table or
 * document with a {@link JsonParser} or {@link JsonGenerator} of a JSON or XML factory, without databind.
 * The codecs use it, and so do {@link JixiaoModule}'s (de)serializers, so all three agree by construction:
 *
 * <pre>{@code
 * try (JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
 *   p.nextToken();                                   // onto the table's START_OBJECT
 *   ProjectTargetTable table = WireFormat.readTable(p, ReadSession.of(Format.JSON, "budget.json", false));
 * }
 * }</pre>
 *
 * <p>As in Jackson, a read starts on the value's first token and leaves the parser on its last one. Read
 * failures are {@link FormatException}s; write refusals are {@link io.github.jixiao.serialization.WriteException}s
 * (wrapped by Jackson when they pass through a mapper). The overloads on {@link TokenReader} and
 * {@link TokenWriter} run the same walk on another parser; they throw {@link ReadException}.
 */
public final class WireFormat {
  private WireFormat() {}

  /** Reads the table whose first token the parser is on; {@code session} null reads strictly. */
  public static ProjectTargetTable readTable(JsonParser p, ReadSession session) {
    Objects.requireNonNull(p, "p");
    try {
      return readTable(new Jackson3Reader(p), session);
    } catch (ReadException e) {
      throw new FormatException(p, e.problem(), e.getCause());
    }
  }

  /** Reads the document whose first token the parser is on; {@code session} null reads strictly. */
  public static PerformanceTargetDocument readDocument(JsonParser p, ReadSession session) {
    Objects.requireNonNull(p, "p");
    try {
      return readDocument(new Jackson3Reader(p), session);
    } catch (ReadException e) {
      throw new FormatException(p, e.problem(), e.getCause());
    }
  }

  /** Reads the self-evaluation table whose first token the parser is on; {@code session} null reads strictly. */
  public static SelfEvaluationTable readSelfEvaluation(JsonParser p, ReadSession session) {
    Objects.requireNonNull(p, "p");
    try {
      return readSelfEvaluation(new Jackson3Reader(p), session);
    } catch (ReadException e) {
      throw new FormatException(p, e.problem(), e.getCause());
    }
  }

  /** Reads the monitoring table whose first token the parser is on; {@code session} null reads strictly. */
  public static MonitoringTable readMonitoring(JsonParser p, ReadSession session) {
    Objects.requireNonNull(p, "p");
    try {
      return readMonitoring(new Jackson3Reader(p), session);
    } catch (ReadException e) {
      throw new FormatException(p, e.problem(), e.getCause());
    }
  }

  /** Writes the self-evaluation table as one value: in XML, the root element {@code <selfEvaluation>}. */
  public static void writeSelfEvaluation(JsonGenerator g, SelfEvaluationTable table) {
    writeSelfEvaluation(new Jackson3Writer(Objects.requireNonNull(g, "g")), table);
  }

  /** Writes the monitoring table as one value: in XML, the root element {@code <monitoring>}. */
  public static void writeMonitoring(JsonGenerator g, MonitoringTable table) {
    writeMonitoring(new Jackson3Writer(Objects.requireNonNull(g, "g")), table);
  }

  /** Writes the table as one value: in XML, the root element {@code <table>} unless a name was set. */
  public static void writeTable(JsonGenerator g, ProjectTargetTable table) {
    writeTable(new Jackson3Writer(Objects.requireNonNull(g, "g")), table);
  }

  /** Writes the document as one value: in XML, the root element {@code <document>}. */
  public static void writeDocument(JsonGenerator g, PerformanceTargetDocument document) {
    writeDocument(new Jackson3Writer(Objects.requireNonNull(g, "g")), document);
  }

  /**
   * Reads the table whose first token the reader is on, for an adapter of another parser (the
   * {@code jixiao-jackson2} module).
   *
   * @throws ReadException where the input breaks the format
   */
  public static ProjectTargetTable readTable(TokenReader r, ReadSession session) {
    return TableFormat.read(cursor(r, session));
  }

  /** As {@link #readTable(TokenReader, ReadSession)}, for a whole document. */
  public static PerformanceTargetDocument readDocument(TokenReader r, ReadSession session) {
    return DocumentFormat.read(cursor(r, session));
  }

  /** Writes the table through an adapter of another generator: the same tokens as on Jackson 3's. */
  public static void writeTable(TokenWriter w, ProjectTargetTable table) {
    TableFormat.write(new Emitter(w), Objects.requireNonNull(table, "table"), true);
  }

  /** Writes the document through an adapter of another generator. */
  public static void writeDocument(TokenWriter w, PerformanceTargetDocument document) {
    DocumentFormat.write(new Emitter(w), Objects.requireNonNull(document, "document"));
  }

  /** As {@link #readTable(TokenReader, ReadSession)}, for a self-evaluation table. */
  public static SelfEvaluationTable readSelfEvaluation(TokenReader r, ReadSession session) {
    return SelfEvaluationFormat.read(cursor(r, session));
  }

  /** As {@link #readTable(TokenReader, ReadSession)}, for a monitoring table. */
  public static MonitoringTable readMonitoring(TokenReader r, ReadSession session) {
    return MonitoringFormat.read(cursor(r, session));
  }

  /** Writes the self-evaluation table through an adapter of another generator. */
  public static void writeSelfEvaluation(TokenWriter w, SelfEvaluationTable table) {
    SelfEvaluationFormat.write(new Emitter(w), Objects.requireNonNull(table, "table"));
  }

  /** Writes the monitoring table through an adapter of another generator. */
  public static void writeMonitoring(TokenWriter w, MonitoringTable table) {
    MonitoringFormat.write(new Emitter(w), Objects.requireNonNull(table, "table"));
  }

  private static Cursor cursor(TokenReader r, ReadSession session) {
    Objects.requireNonNull(r, "r");
    if (session != null) {
      return new Cursor(r, session, !session.isLenient(), session.maxListLength());
    }
    return new Cursor(r, null, true, ReadSession.DEFAULT_MAX_LIST_LENGTH);
  }
}
