package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.jackson.WireFormat;
import io.github.jixiao.serialization.json.JsonCodec;
import java.io.OutputStream;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/** Writes tables one at a time into one JSON array. */
public final class JsonArrayWriter implements TableSequenceWriter {
  private final JsonGenerator g;

  public JsonArrayWriter(JsonFactory factory, ObjectWriteContext output, OutputStream stream) {
    try {
      this.g = factory.createGenerator(output, stream);
      // Closing the writer closes the stream, as its contract says; the codec's single writes never do.
      g.configure(StreamWriteFeature.AUTO_CLOSE_TARGET, true);
      g.writeStartArray();
    } catch (JacksonException e) {
      throw JsonCodec.writeFailure(e);
    }
  }

  @Override
  public void write(ProjectTargetTable table) {
    Objects.requireNonNull(table, "table");
    try {
      WireFormat.writeTable(g, table);
    } catch (JacksonException e) {
      throw JsonCodec.writeFailure(e);
    }
  }

  @Override
  public void close() {
    try {
      g.writeEndArray();
      g.close();
    } catch (JacksonException e) {
      throw JsonCodec.writeFailure(e);
    }
  }
}
