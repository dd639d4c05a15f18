package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.serialization.internal.codec.EnclosedTablesWriter;
import tools.jackson.core.JsonGenerator;

/** Writes tables one at a time into one JSON array. */
public final class JsonArrayWriter extends EnclosedTablesWriter {
  public JsonArrayWriter(JsonGenerator g) {
    super(g, "JSON");
  }

  @Override
  protected void open(JsonGenerator g) {
    g.writeStartArray();
  }

  @Override
  protected void beforeTable(JsonGenerator g) {
    // an array item has no name
  }

  @Override
  protected void end(JsonGenerator g) {
    g.writeEndArray();
  }
}
