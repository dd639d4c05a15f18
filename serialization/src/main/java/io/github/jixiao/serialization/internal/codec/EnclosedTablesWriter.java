package io.github.jixiao.serialization.internal.codec;

import io.github.jixiao.serialization.Sequence;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;

/**
 * Writes tables one at a time inside one enclosing value (逐表写出) on one generator; closing the writer
 * closes the container and the stream, as {@link Sequence.Writer} says. A format says how its container
 * opens, what stands before each table and how it closes.
 */
public abstract class EnclosedTablesWriter<T> implements Sequence.Writer<T> {
  private final JsonGenerator g;
  private final String format;
  protected final SequenceRoot<T> root;

  protected EnclosedTablesWriter(JsonGenerator g, String format, SequenceRoot<T> root) {
    this.g = g;
    this.format = format;
    this.root = root;
    try {
      // The codec's single writes never close the caller's stream; a sequence writer does on close.
      g.configure(StreamWriteFeature.AUTO_CLOSE_TARGET, true);
      open(g);
    } catch (JacksonException e) {
      throw WriteFailures.of(e, format);
    }
  }

  protected abstract void open(JsonGenerator g);

  protected abstract void beforeTable(JsonGenerator g);

  protected abstract void end(JsonGenerator g);

  @Override
  public final void write(T table) {
    Objects.requireNonNull(table, "table");
    try {
      beforeTable(g);
      root.item().write().accept(g, table);
    } catch (JacksonException e) {
      throw WriteFailures.of(e, format);
    }
  }

  @Override
  public final void close() {
    try {
      end(g);
      g.close();
    } catch (JacksonException e) {
      throw WriteFailures.of(e, format);
    }
  }
}
