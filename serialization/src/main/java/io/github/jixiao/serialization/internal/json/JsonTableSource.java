package io.github.jixiao.serialization.internal.json;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.jackson.WireFormat;
import io.github.jixiao.serialization.json.JsonLayout;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Tables one at a time from a JSON array or JSON Lines: only the current table is ever in memory. */
public final class JsonTableSource implements TableSequence.Source {
  private final JsonParser p;
  private final ReadSession session;
  private final JsonLayout layout;
  private boolean started;
  private boolean closed;
  private int index;

  public JsonTableSource(JsonParser p, ReadSession session, JsonLayout layout) {
    this.p = p;
    this.session = session;
    this.layout = layout;
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
        if (layout == JsonLayout.ARRAY) {
          JsonToken first = p.nextToken();
          if (first == null) {
            throw session.malformed(p, "the input is empty; expected a JSON array of tables");
          }
          if (first != JsonToken.START_ARRAY) {
            throw session.wrongType(p, "expected a JSON array of tables");
          }
        }
      }
      JsonToken t = p.nextToken();
      if (layout == JsonLayout.ARRAY) {
        if (t == JsonToken.END_ARRAY) {
          if (p.nextToken() != null) {
            throw session.malformed(p, "unexpected content after the array of tables");
          }
          close();
          return null;
        }
        if (t == null) {
          throw session.malformed(p, "the input ends before the array of tables is closed");
        }
      } else if (t == null) {
        close();
        return null;
      }
      session.atPath("tables[" + index + "]");
      if (t != JsonToken.START_OBJECT) {
        throw session.wrongType(p, "expected a project target table (a JSON object)");
      }
      ProjectTargetTable table = WireFormat.readTable(p, session);
      index++;
      return table;
    } catch (JacksonException e) {
      close();
      throw session.toReadException(e);
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
