package io.github.jixiao.serialization.internal.xml;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.jackson.WireFormat;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Tables one at a time from the {@code <table>} children of an XML root: only the current one is in memory. */
public final class XmlTableSource implements TableSequence.Source {
  private final JsonParser p;
  private final ReadSession session;
  private boolean started;
  private boolean empty;
  private boolean closed;
  private int index;

  public XmlTableSource(JsonParser p, ReadSession session) {
    this.p = p;
    this.session = session;
  }

  @Override
  public ProjectTargetTable nextOrNull() {
    if (closed) {
      return null;
    }
    try {
      session.atPath("");
      if (!started) {
        started = true;
        JsonToken first = p.nextToken();
        if (first == null) {
          throw session.malformed(p, "the input is empty; expected a <tables> element");
        }
        empty = first == JsonToken.VALUE_STRING && p.getString().isBlank();
        if (!empty && first != JsonToken.START_OBJECT) {
          throw session.wrongType(p, "expected a root element holding <table> elements");
        }
      }
      while (!empty) {
        // The parser reads ahead into the next table's first child, so a failure there belongs to that table.
        session.atPath("tables[" + index + "]");
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT || t == null) {
          break;
        }
        String name = p.currentName();
        p.nextToken();
        if (!"table".equals(name)) {
          session.unexpected(p, "unexpected " + (name.isEmpty() ? "text content" : "element <" + name + ">")
              + "; expected only <table> elements here");
          p.skipChildren();
          continue;
        }
        ProjectTargetTable table = WireFormat.readTable(p, session);
        index++;
        return table;
      }
      close();
      return null;
    } catch (JacksonException e) {
      close();
      throw XmlProblems.refine(session.toReadException(e));
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public List<ReadProblem> warnings() {
    return session.warnings();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      p.close();
    }
  }
}
