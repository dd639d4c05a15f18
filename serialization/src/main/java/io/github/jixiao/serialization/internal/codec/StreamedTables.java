package io.github.jixiao.serialization.internal.codec;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.jackson.ReadSession;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Tables one at a time from one parser (逐表读取): only the current table is ever in memory, and any failure
 * closes the input. A format says only how its container is entered and where the next table starts.
 */
public abstract class StreamedTables<T> implements Sequence.Source<T> {
  protected final JsonParser p;
  protected final ReadSession session;
  protected final SequenceRoot<T> root;
  private boolean started;
  private boolean closed;
  private int index;

  protected StreamedTables(JsonParser p, ReadSession session, SequenceRoot<T> root) {
    this.p = p;
    this.session = session;
    this.root = root;
  }

  /** Reads up to the container's first table; false when the container is empty. */
  protected abstract boolean enter();

  /** Moves to the start of the next table; false when the container has ended. */
  protected abstract boolean advance();

  /** The failure a Jackson exception stands for in this format. */
  protected abstract ReadException failure(JacksonException e);

  /** Names the table about to be read in messages, for failures that the parser reports early. */
  protected final void atNextTable() {
    session.atPath(root.element() + "[" + index + "]");
  }

  @Override
  public final T nextOrNull() {
    if (closed) {
      return null;
    }
    try {
      session.atPath("");
      boolean more = true;
      if (!started) {
        started = true;
        more = enter();
      }
      if (!more || !advance()) {
        close();
        return null;
      }
      T table = root.item().read().apply(p, session);
      index++;
      return table;
    } catch (JacksonException e) {
      close();
      throw failure(e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public final List<ReadProblem> warnings() {
    return session.warnings();
  }

  @Override
  public final void close() {
    if (!closed) {
      closed = true;
      p.close();
    }
  }
}
