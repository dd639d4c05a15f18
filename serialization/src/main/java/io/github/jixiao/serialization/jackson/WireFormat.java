package io.github.jixiao.serialization.jackson;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.internal.jackson.Cursor;
import io.github.jixiao.serialization.internal.jackson.DocumentFormat;
import io.github.jixiao.serialization.internal.jackson.Emitter;
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
 * (wrapped by Jackson when they pass through a mapper).
 */
public final class WireFormat {
  private WireFormat() {}

  /** Reads the table whose first token the parser is on; {@code session} null reads strictly. */
  public static ProjectTargetTable readTable(JsonParser p, ReadSession session) {
    return TableFormat.read(cursor(p, session));
  }

  /** Reads the document whose first token the parser is on; {@code session} null reads strictly. */
  public static PerformanceTargetDocument readDocument(JsonParser p, ReadSession session) {
    return DocumentFormat.read(cursor(p, session));
  }

  /** Writes the table as one value: in XML, the root element {@code <table>} unless a name was set. */
  public static void writeTable(JsonGenerator g, ProjectTargetTable table) {
    TableFormat.write(new Emitter(g), Objects.requireNonNull(table, "table"), true);
  }

  /** Writes the document as one value: in XML, the root element {@code <document>}. */
  public static void writeDocument(JsonGenerator g, PerformanceTargetDocument document) {
    DocumentFormat.write(new Emitter(g), Objects.requireNonNull(document, "document"));
  }

  private static Cursor cursor(JsonParser p, ReadSession session) {
    Objects.requireNonNull(p, "p");
    if (session != null) {
      return new Cursor(p, session, !session.isLenient(), session.maxListLength());
    }
    return new Cursor(p, null, true, ReadSession.DEFAULT_MAX_LIST_LENGTH);
  }
}
