package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.internal.codec.SequenceRoot;
import io.github.jixiao.serialization.internal.codec.WriteFailures;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes tables of one kind one at a time as JSON Lines: one compact table per line, each ended by {@code \n}. */
public final class JsonLinesWriter<T> implements Sequence.Writer<T> {
  private final JsonFactory factory;
  private final ObjectWriteContext output;
  private final OutputStream out;
  private final SequenceRoot<T> root;
  /** The line being written: a table refused half-way leaves nothing in the output. */
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);

  public JsonLinesWriter(JsonFactory factory, ObjectWriteContext output, OutputStream stream,
      SequenceRoot<T> root) {
    this.factory = factory;
    this.output = output;
    this.out = new BufferedOutputStream(stream);
    this.root = root;
  }

  @Override
  public void write(T table) {
    Objects.requireNonNull(table, "table");
    try {
      line.reset();
      try (JsonGenerator g = factory.createGenerator(output, line)) {
        root.item().write().accept(g, table);
      }
      line.write('\n');
      line.writeTo(out);
    } catch (JacksonException e) {
      throw WriteFailures.of(e, "JSON");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
