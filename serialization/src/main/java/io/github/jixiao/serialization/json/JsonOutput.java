package io.github.jixiao.serialization.json;

import io.github.jixiao.serialization.internal.json.JsonOutputSettings;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * JSON written value by value (流式 JSON 写出), for output whose shape is the caller's own — a report, a
 * summary — rather than a table's, which {@link JsonCodec} writes. Nothing is held beyond a small buffer,
 * so output of any length takes the same memory. Not thread-safe: one per output.
 *
 * <pre>{@code
 * JsonOutput json = JsonOutput.of(writer);
 * json.beginObject().name("file").string("2025.txt").name("tables").number(2).endObject();
 * json.flush();   // {"file":"2025.txt","tables":2} and a line break
 * }</pre>
 *
 * <p>Strings are escaped for a JSON reader and for a script: quotes, backslashes, every control character
 * ({@code \t}, {@code \n} and {@code \r} in their short form, the others as {@code \}{@code u001b} in
 * lowercase hex) and U+2028 and U+2029; everything else, non-ASCII included, is written as given. Each value
 * at the top ends with a line break, so several of them make JSON Lines.
 *
 * <p>Misuse — a name inside an array, a value where a name is due, an end that closes the wrong thing —
 * throws {@link IllegalStateException} and leaves the output as it was written so far; a failure of the
 * writer throws {@link UncheckedIOException}. Closing flushes and never closes the writer, which the
 * caller opened; a value left unfinished stays unfinished, so a cut-off output never looks whole.
 */
public final class JsonOutput implements Flushable, AutoCloseable {
  /** Whether line breaks stand between items (数组分行). */
  public enum Spacing {
    /** No white space at all: {@code {"files":[{"file":"a.csv"},{"file":"b.txt"}]}}. */
    COMPACT,
    /**
     * Each array item on a line of its own, indented two spaces for each array around its own; objects stay
     * on one line. A list of small records reads, and diffs, one record per line:
     *
     * <pre>
     * {"files":[
     * {"file":"a.csv","findings":[
     *   {"rule":"JX-PLAN-002"},
     *   {"rule":"JX-VALUE-008"}]}]}
     * </pre>
     */
    ARRAY_ITEMS_ON_LINES
  }

  /** Plain digits of a number with more than this many places either side would be a denial of service. */
  private static final int MAX_SCALE = 9999;

  private final JsonGenerator g;
  /** A name waits for its value: the generator itself would let {@code {"a":}} through. */
  private boolean nameWaiting;

  private JsonOutput(JsonGenerator g) {
    this.g = g;
  }

  /** Compact JSON on {@code out}, which stays open. */
  public static JsonOutput of(Writer out) {
    return of(out, Spacing.COMPACT);
  }

  /** JSON laid out as {@code spacing} says on {@code out}, which stays open. */
  public static JsonOutput of(Writer out, Spacing spacing) {
    Objects.requireNonNull(out, "out");
    JsonOutputSettings settings = switch (Objects.requireNonNull(spacing, "spacing")) {
      case COMPACT -> JsonOutputSettings.COMPACT;
      case ARRAY_ITEMS_ON_LINES -> JsonOutputSettings.ARRAY_ITEMS_ON_LINES;
    };
    try {
      return new JsonOutput(settings.open(out));
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  public JsonOutput beginObject() {
    return value(JsonGenerator::writeStartObject);
  }

  /** @throws IllegalStateException when the innermost open value is not an object, or a name waits */
  public JsonOutput endObject() {
    if (nameWaiting) {
      throw new IllegalStateException("cannot end an object after a name without its value");
    }
    return end(JsonGenerator::writeEndObject);
  }

  public JsonOutput beginArray() {
    return value(JsonGenerator::writeStartArray);
  }

  /** @throws IllegalStateException when the innermost open value is not an array */
  public JsonOutput endArray() {
    return end(JsonGenerator::writeEndArray);
  }

  /** The name of the next member of the open object. */
  public JsonOutput name(String name) {
    Objects.requireNonNull(name, "name");
    if (nameWaiting) {
      throw new IllegalStateException("cannot write the name \"" + name + "\": the name before it has no value");
    }
    write(gen -> gen.writeName(name));
    nameWaiting = true;
    return this;
  }

  public JsonOutput string(String value) {
    Objects.requireNonNull(value, "value");
    return scalar(gen -> gen.writeString(value));
  }

  public JsonOutput number(long value) {
    return scalar(gen -> gen.writeNumber(value));
  }

  /**
   * The number in plain digits, as {@link BigDecimal#toPlainString()} writes it: {@code 1E+3} is {@code 1000}
   * and {@code 5.00} keeps its zeros.
   *
   * @throws IllegalArgumentException when the scale is beyond ±9999 (ten thousand digits written out)
   */
  public JsonOutput number(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (Math.abs((long) value.scale()) > MAX_SCALE) {
      throw new IllegalArgumentException("the number " + value + " would be written with more than " + MAX_SCALE
          + " digits; expected a scale within ±" + MAX_SCALE);
    }
    return scalar(gen -> gen.writeNumber(value));
  }

  public JsonOutput bool(boolean value) {
    return scalar(gen -> gen.writeBoolean(value));
  }

  public JsonOutput nullValue() {
    return scalar(JsonGenerator::writeNull);
  }

  /**
   * A value already written as JSON text, copied as it is, with the separators and line breaks of where it
   * goes: for values written earlier (by another {@code JsonOutput}) and held back until what comes before
   * them is known. The text is not checked; it must be exactly one JSON value.
   */
  public JsonOutput rawValue(String json) {
    Objects.requireNonNull(json, "json");
    return scalar(gen -> gen.writeRawValue(json));
  }

  /** Passes everything written so far to the writer, and flushes it. */
  @Override
  public void flush() {
    write(JsonGenerator::flush);
  }

  /** Flushes, and releases the buffer; the writer stays open. */
  @Override
  public void close() {
    write(JsonGenerator::close);
  }

  private JsonOutput value(Consumer<JsonGenerator> step) {
    write(step);
    nameWaiting = false;
    return this;
  }

  private JsonOutput scalar(Consumer<JsonGenerator> step) {
    value(step);
    return endOfTopValue();
  }

  private JsonOutput end(Consumer<JsonGenerator> step) {
    write(step);
    return endOfTopValue();
  }

  private JsonOutput endOfTopValue() {
    if (g.streamWriteContext().inRoot()) {
      write(gen -> gen.writeRaw('\n'));
    }
    return this;
  }

  private void write(Consumer<JsonGenerator> step) {
    try {
      step.accept(g);
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  /** A failed write of the writer's, or the generator refusing a value out of place. */
  private static RuntimeException failure(JacksonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return new UncheckedIOException(io);
      }
    }
    return new IllegalStateException(e.getOriginalMessage(), e);
  }
}
