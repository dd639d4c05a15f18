package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.jackson.WireFormat;
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

/** Writes tables one at a time as JSON Lines: one compact table per line, each line ended by {@code \n}. */
public final class JsonLinesWriter implements TableSequenceWriter {
  private final JsonFactory factory;
  private final ObjectWriteContext output;
  private final OutputStream out;
  /** The line being written: a table refused half-way leaves nothing in the output. */
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);

  public JsonLinesWriter(JsonFactory factory, ObjectWriteContext output, OutputStream stream) {
    this.factory = factory;
    this.output = output;
    this.out = new BufferedOutputStream(stream);
  }

  @Override
  public void write(ProjectTargetTable table) {
    Objects.requireNonNull(table, "table");
    try {
      line.reset();
      try (JsonGenerator g = factory.createGenerator(output, line)) {
        WireFormat.writeTable(g, table);
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
