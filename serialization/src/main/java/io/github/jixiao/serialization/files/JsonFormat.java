package io.github.jixiao.serialization.files;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.SelfEvaluationTable;
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
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * JSON inputs (JSON 输入): a document ({@code tables} or {@code overview} at the top), an array of tables, one
 * or more tables (JSON Lines), or one self-evaluation or monitoring table. Which one is told from the first
 * value, read ahead and then given back to the codec, so the input is consumed once: a self-evaluation by a
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
    switch (shape(json, in, source)) {
      case EMPTY:
        json.readTable(in, source); // reports the empty input, naming the file
        throw new IllegalStateException("an empty input was read as a table");
      case DOCUMENT:
        ReadResult<PerformanceTargetDocument> document = json.readDocument(in, source);
        return TableInput.ofDocument(source, name(), document, in);
      case ARRAY:
        return TableInput.ofSequence(source, name(), json.readTables(in, source, JsonLayout.ARRAY));
      case SELF_EVALUATION:
        ReadResult<SelfEvaluationTable> evaluation = json.readSelfEvaluation(in, source);
        return TableInput.ofSelfEvaluationTables(source, name(),
            ReadResult.of(List.of(evaluation.value()), evaluation.warnings()), in);
      case MONITORING:
        ReadResult<MonitoringTable> monitoring = json.readMonitoring(in, source);
        return TableInput.ofMonitoringTables(source, name(),
            ReadResult.of(List.of(monitoring.value()), monitoring.warnings()), in);
      default:
        return TableInput.ofSequence(source, name(), json.readTables(in, source, JsonLayout.LINES));
    }
  }

  private enum Shape { EMPTY, DOCUMENT, ARRAY, TABLES, SELF_EVALUATION, MONITORING }

  /**
   * Looks at the first value's top level and its indicator rows' properties only: an array, an object with
   * {@code tables} or {@code overview} (a document), or one with a self-evaluation's or a monitoring table's own
   * properties. Malformed JSON is left to the codec, which names the place. The stream is reset to its start.
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
    try (JsonParser p = json.factory().createParser(ObjectReadContext.empty(), head)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return Shape.EMPTY;
      }
      if (t == JsonToken.START_ARRAY) {
        return Shape.ARRAY;
      }
      if (t != JsonToken.START_OBJECT) {
        return Shape.TABLES;
      }
      Shape shape = Shape.TABLES;
      for (t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String property = p.currentName();
        if ("tables".equals(property) || "overview".equals(property)) {
          return Shape.DOCUMENT;
        }
        t = p.nextToken();
        if ("indicators".equals(property) && t == JsonToken.START_ARRAY) {
          shape = rows(p, shape);
        } else {
          shape = shape == Shape.TABLES ? table(property) : shape;
          p.skipChildren();
        }
      }
      return shape;
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      return Shape.TABLES;
    }
  }

  /** The kind of table a top-level property belongs to: {@link Shape#TABLES} when a target table may have it. */
  private static Shape table(String property) {
    return SELF_EVALUATION.contains(property) ? Shape.SELF_EVALUATION
        : MONITORING.contains(property) ? Shape.MONITORING : Shape.TABLES;
  }

  /** Reads the indicator rows' property names, the parser at the array's start; returns the shape they tell. */
  private static Shape rows(JsonParser p, Shape shape) {
    Shape told = shape;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      for (t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String property = p.currentName();
        if (told == Shape.TABLES) {
          told = SELF_EVALUATION_ROW.contains(property) ? Shape.SELF_EVALUATION
              : MONITORING_ROW.contains(property) ? Shape.MONITORING : Shape.TABLES;
        }
        p.nextToken();
        p.skipChildren();
      }
    }
    return told;
  }
}
