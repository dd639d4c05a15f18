package io.github.jixiao.serialization;

import io.github.jixiao.core.ProjectTargetTable;
import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Project target tables read one at a time (表序列) from an input that may hold any number of them: a JSON
 * array, JSON Lines, an XML root of tables. Memory stays flat however long the input is. Close it (or the
 * {@link #stream()}) when done; a read failure ends it with a {@link ReadException}.
 *
 * <pre>{@code
 * try (TableSequence tables = JsonCodec.create().readTables(in, "budget.jsonl", JsonLayout.LINES)) {
 *   tables.forEachRemaining(validator::validate);
 * }
 * }</pre>
 */
public final class TableSequence implements Iterator<ProjectTargetTable>, Closeable {

  /** What a format's reader supplies to a sequence. */
  public interface Source extends Closeable {
    /** The next table, or {@code null} at the end of the input. */
    ProjectTargetTable nextOrNull();

    /** The warnings of the tables read so far. */
    List<ReadProblem> warnings();

    /** Releases the input; never throws a checked exception. */
    @Override
    void close();
  }

  private final Source source;
  private ProjectTargetTable next;
  private boolean ended;

  private TableSequence(Source source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** A sequence over {@code source}; formats call this, users get sequences from the codecs. */
  public static TableSequence of(Source source) {
    return new TableSequence(source);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = source.nextOrNull();
      if (next == null) {
        ended = true;
        source.close();
      }
    }
    return next != null;
  }

  @Override
  public ProjectTargetTable next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more tables");
    }
    ProjectTargetTable t = next;
    next = null;
    return t;
  }

  /** The warnings of the tables read so far (lenient mode: unknown properties, disagreeing parts). */
  public List<ReadProblem> warnings() {
    return List.copyOf(source.warnings());
  }

  /** The remaining tables as a stream; closing the stream closes this sequence. */
  public Stream<ProjectTargetTable> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  @Override
  public void close() {
    ended = true;
    next = null;
    source.close();
  }
}
