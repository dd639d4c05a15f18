package io.github.jixiao.serialization.internal.xml;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.internal.codec.SequenceRoot;
import io.github.jixiao.serialization.internal.codec.StreamedTables;
import io.github.jixiao.serialization.jackson.ReadSession;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Tables of one kind one at a time from the children of an XML root: {@code <table>}s of {@code <tables>}, … */
public final class XmlTableSource<T> extends StreamedTables<T> {
  public XmlTableSource(JsonParser p, ReadSession session, SequenceRoot<T> root) {
    super(p, session, root);
  }

  @Override
  protected boolean enter() {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw session.malformed(p, "the input is empty; expected a <" + root.element() + "> element");
    }
    boolean empty = first == JsonToken.VALUE_STRING && p.getString().isBlank();
    if (!empty && first != JsonToken.START_OBJECT) {
      throw session.wrongType(p, "expected a root element holding <" + root.item().element() + "> elements");
    }
    return !empty;
  }

  @Override
  protected boolean advance() {
    while (true) {
      // The parser reads ahead into the next table's first child, so a failure there belongs to that table.
      atNextTable();
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_OBJECT || t == null) {
        return false;
      }
      String name = p.currentName();
      p.nextToken();
      if (root.item().element().equals(name)) {
        return true;
      }
      session.unexpected(p, "unexpected " + (name.isEmpty() ? "text content" : "element <" + name + ">")
          + "; expected only <" + root.item().element() + "> elements here");
      p.skipChildren();
    }
  }

  @Override
  protected ReadException failure(JacksonException e) {
    return XmlProblems.refine(session.toReadException(e));
  }
}
