package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.internal.codec.SequenceRoot;
import io.github.jixiao.serialization.internal.codec.StreamedTables;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.json.JsonLayout;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Tables of one kind one at a time from a JSON array or JSON Lines. */
public final class JsonTableSource<T> extends StreamedTables<T> {
  private final JsonLayout layout;

  public JsonTableSource(JsonParser p, ReadSession session, SequenceRoot<T> root, JsonLayout layout) {
    super(p, session, root);
    this.layout = layout;
  }

  @Override
  protected boolean enter() {
    if (layout == JsonLayout.ARRAY) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw session.malformed(p, "the input is empty; expected a JSON array of " + root.plural());
      }
      if (first != JsonToken.START_ARRAY) {
        throw session.wrongType(p, "expected a JSON array of " + root.plural());
      }
    }
    return true;
  }

  @Override
  protected boolean advance() {
    JsonToken t = p.nextToken();
    if (layout == JsonLayout.ARRAY) {
      if (t == JsonToken.END_ARRAY) {
        if (p.nextToken() != null) {
          throw session.malformed(p, "unexpected content after the array of " + root.plural());
        }
        return false;
      }
      if (t == null) {
        throw session.malformed(p, "the input ends before the array of " + root.plural() + " is closed");
      }
    } else if (t == null) {
      return false;
    }
    atNextTable();
    if (t != JsonToken.START_OBJECT) {
      throw session.wrongType(p, "expected " + root.item().what() + " (a JSON object)");
    }
    return true;
  }

  @Override
  protected ReadException failure(JacksonException e) {
    return session.toReadException(e);
  }
}
