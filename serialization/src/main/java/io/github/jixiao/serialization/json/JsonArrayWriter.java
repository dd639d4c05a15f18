package io.github.jixiao.serialization.json;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.TableSequenceWriter;
import java.io.OutputStream;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;

/** Writes tables one at a time into one JSON array. */
final class JsonArrayWriter implements TableSequenceWriter {
  private final SequenceWriter out;

  JsonArrayWriter(ObjectWriter writer, OutputStream stream) {
    try {
      this.out = writer.writeValuesAsArray(stream);
    } catch (JacksonException e) {
      throw JsonCodec.writeFailure(e);
    }
  }

  @Override
  public void write(ProjectTargetTable table) {
    Objects.requireNonNull(table, "table");
    try {
      out.write(table);
    } catch (JacksonException e) {
      throw JsonCodec.writeFailure(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (JacksonException e) {
      throw JsonCodec.writeFailure(e);
    }
  }
}
