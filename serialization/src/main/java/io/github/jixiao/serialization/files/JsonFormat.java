package io.github.jixiao.serialization.files;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.internal.DecodingReader;
import io.github.jixiao.serialization.internal.ReaderBytes;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * JSON inputs (JSON 输入): a document ({@code tables} or {@code overview} at the top), or an array or JSON Lines
 * of target, self-evaluation or monitoring tables (one table alone is JSON Lines of one). Which one is told from
 * the first value (an array's first element), read ahead and then given back to the codec, so the input is consumed once: a self-evaluation by a
 * property only it has at the top ({@code budgetExecution}, {@code totalScore}, {@code grade}, {@code outcome})
 * or in an indicator row ({@code actual}, {@code score}), a monitoring table likewise ({@code period},
 * {@code spendingToDate}, {@code expectedSpending}; {@code progress}, {@code expected}, {@code correction}).
 */
final class JsonFormat implements FormatReader {
  /** How far ahead the first value is read to tell a document from tables: the codec's document limit. */
  static final int FIRST_VALUE_LIMIT = 64 << 20;

  /** Top-level properties only a self-evaluation table has (the wire names of its own table cells). */
  private static final Set<String> SELF_EVALUATION = Set.of("budgetExecution", "outcome", "totalScore",
      "totalScoreText", "grade", "gradeText");
  /** Indicator properties only a self-evaluation row has. */
  private static final Set<String> SELF_EVALUATION_ROW = Set.of("actual", "score", "scoreText");
  /** Top-level properties only a monitoring table has. */
  private static final Set<String> MONITORING = Set.of("period", "annualBudget", "annualBudgetText",
      "spendingToDate", "spendingToDateText", "expectedSpending", "expectedSpendingText", "executionRate",
      "executionRateText");
  /** Indicator properties only a monitoring row has. */
  private static final Set<String> MONITORING_ROW = Set.of("progress", "expected", "correction");

  private final Supplier<JsonCodec> codec;
  /** The encoding set on the front door, which the head is looked at in; null for the one its bytes show. */
  private final Charset encoding;

  JsonFormat(Supplier<JsonCodec> codec, Charset encoding) {
    this.codec = codec;
    this.encoding = encoding;
  }

  @Override
  public String name() {
    return "json";
  }

  @Override
  public boolean claims(String fileName) {
    return fileName.endsWith(".json") || fileName.endsWith(".jsonl");
  }

  @Override
  public boolean recognizes(byte[] head) {
    char first = Head.of(head, encoding).firstChar();
    return first == '{' || first == '[';
  }

  @Override
  public TableInput open(InputStream in, String source) {
    JsonCodec json = codec.get();
    Shape shape = shape(json, in, source);
    switch (shape.kind()) {
      case EMPTY:
        json.readTable(in, source); // reports the empty input, naming the file
        throw new IllegalStateException("an empty input was read as a table");
      case DOCUMENT:
        ReadResult<PerformanceTargetDocument> document = json.readDocument(in, source);
        return TableInput.ofDocument(source, name(), document, in);
      case SELF_EVALUATION:
        return TableInput.ofSelfEvaluationTables(source, name(),
            json.readSelfEvaluationTables(in, source, shape.layout()));
      case MONITORING:
        return TableInput.ofMonitoringTables(source, name(), json.readMonitoringTables(in, source, shape.layout()));
      default:
        return TableInput.ofSequence(source, name(), json.readTables(in, source, shape.layout()));
    }
  }

  private enum Kind { EMPTY, DOCUMENT, TARGET, SELF_EVALUATION, MONITORING }

  /** What the input holds, and how its tables are laid out: an array, or one value after another. */
  private record Shape(Kind kind, JsonLayout layout) {}

  /**
   * Looks at the first value's top level and its indicator rows' properties only — for an array, at its first
   * element's: an object with {@code tables} or {@code overview} (a document), or tables whose own properties
   * say whether they are target, self-evaluation or monitoring tables. Malformed JSON is left to the codec,
   * which names the place. The stream is reset to its start.
   */
  private Shape shape(JsonCodec json, InputStream in, String source) {
    in.mark(FIRST_VALUE_LIMIT);
    Shape shape = peek(json, in, source);
    try {
      in.reset();
      in.mark(0); // else the buffer would hold on to everything read after the mark, up to its limit
    } catch (IOException e) {
      throw new ReadException(ReadProblem.error("JX-JSON-002", SourceLocation.at(source, 1, 1),
          "the first JSON value is longer than " + FIRST_VALUE_LIMIT + " bytes; expected a table or a document"
              + " within the document-length limit"), e);
    }
    return shape;
  }

  private Shape peek(JsonCodec json, InputStream in, String source) {
    // The parser must not close the stream: the codec reads it again from the mark.
    InputStream head = encoding == null ? new Unclosable(in) : ReaderBytes.of(DecodingReader.of(new Unclosable(in),
        encoding, source, "JX-JSON-001", "the encoding the front door was set to"));
    JsonLayout layout = JsonLayout.LINES;
    try (JsonParser p = json.factory().createParser(ObjectReadContext.empty(), head)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Shape(Kind.EMPTY, layout);
      }
      if (t == JsonToken.START_ARRAY) {
        layout = JsonLayout.ARRAY;
        t = p.nextToken();
      }
      if (t != JsonToken.START_OBJECT) {
        return new Shape(Kind.TARGET, layout);
      }
      Kind kind = Kind.TARGET;
      for (t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String property = p.currentName();
        if (layout == JsonLayout.LINES && ("tables".equals(property) || "overview".equals(property))) {
          return new Shape(Kind.DOCUMENT, layout);
        }
        t = p.nextToken();
        if ("indicators".equals(property) && t == JsonToken.START_ARRAY) {
          kind = rows(p, kind);
        } else {
          kind = kind == Kind.TARGET ? table(property) : kind;
          p.skipChildren();
        }
      }
      return new Shape(kind, layout);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      return new Shape(Kind.TARGET, layout);
    }
  }

  /** The kind of table a top-level property belongs to: {@link Kind#TARGET} when a target table may have it. */
  private static Kind table(String property) {
    return SELF_EVALUATION.contains(property) ? Kind.SELF_EVALUATION
        : MONITORING.contains(property) ? Kind.MONITORING : Kind.TARGET;
  }

  /** Reads the indicator rows' property names, the parser at the array's start; returns the kind they tell. */
  private static Kind rows(JsonParser p, Kind kind) {
    Kind told = kind;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      for (t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String property = p.currentName();
        if (told == Kind.TARGET) {
          told = SELF_EVALUATION_ROW.contains(property) ? Kind.SELF_EVALUATION
              : MONITORING_ROW.contains(property) ? Kind.MONITORING : Kind.TARGET;
        }
        p.nextToken();
        p.skipChildren();
      }
    }
    return told;
  }
}
