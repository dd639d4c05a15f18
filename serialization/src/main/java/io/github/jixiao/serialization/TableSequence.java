package io.github.jixiao.serialization;

import io.github.jixiao.core.ProjectTargetTable;
import java.util.List;

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
public final class TableSequence extends Sequence<ProjectTargetTable> {

  /** What a format's reader supplies to a sequence of target tables. */
  public interface Source extends Sequence.Source<ProjectTargetTable> {
    /** The next table, or {@code null} at the end of the input. */
    @Override
    ProjectTargetTable nextOrNull();

    /** The warnings of the tables read so far. */
    @Override
    List<ReadProblem> warnings();

    /** Releases the input; never throws a checked exception. */
    @Override
    void close();
  }

  private TableSequence(Source source) {
    super(source);
  }

  /** A sequence over {@code source}; formats call this, users get sequences from the codecs. */
  public static TableSequence of(Source source) {
    return new TableSequence(source);
  }
}
