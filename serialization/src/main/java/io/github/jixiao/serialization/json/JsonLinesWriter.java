package io.github.jixiao.serialization.json;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.TableSequenceWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;

/** Writes tables one at a time as JSON Lines: one compact table per line, each line ended by {@code \n}. */
final class JsonLinesWriter implements TableSequenceWriter {
  private final ObjectWriter writer;
  private final OutputStream out;

  JsonLinesWriter(ObjectWriter writer, OutputStream stream) {
    this.writer = writer;
    this.out = new BufferedOutputStream(stream);
  }

  @Override
  public void write(ProjectTargetTable table) {
    Objects.requireNonNull(table, "table");
    try {
      byte[] line = writer.writeValueAsBytes(table);
      out.write(line);
      out.write('\n');
    } catch (JacksonException e) {
      throw JsonCodec.writeFailure(e);
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
