package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.serialization.internal.codec.EnclosedTablesWriter;
import io.github.jixiao.serialization.internal.codec.SequenceRoot;
import tools.jackson.core.JsonGenerator;

/** Writes tables of one kind one at a time into one JSON array. */
public final class JsonArrayWriter<T> extends EnclosedTablesWriter<T> {
  public JsonArrayWriter(JsonGenerator g, SequenceRoot<T> root) {
    super(g, "JSON", root);
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
