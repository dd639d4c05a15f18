package io.github.jixiao.serialization;

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
 * Tables of one kind read one at a time (表序列) from an input that may hold any number of them: a JSON array,
 * JSON Lines, an XML root holding several. Memory stays flat however long the input is. Close it (or the
 * {@link #stream()}) when done; a read failure ends it with a {@link ReadException} naming the failing table's
 * place. The codecs hand out a {@code Sequence<SelfEvaluationTable>} and a {@code Sequence<MonitoringTable>};
 * target tables come as its kind {@link TableSequence}.
 *
 * <pre>{@code
 * try (Sequence<SelfEvaluationTable> evaluations =
 *     JsonCodec.create().readSelfEvaluationTables(in, "2024-self.jsonl", JsonLayout.LINES)) {
 *   evaluations.forEachRemaining(validator::validate);
 * }
 * }</pre>
 *
 * @param <T> the kind of table
 */
public sealed class Sequence<T> implements Iterator<T>, Closeable permits TableSequence {

  /** What a format's reader supplies to a sequence. */
  public interface Source<T> extends Closeable {
    /** The next table, or {@code null} at the end of the input. */
    T nextOrNull();

    /** The warnings of the tables read so far. */
    List<ReadProblem> warnings();

    /** Releases the input; never throws a checked exception. */
    @Override
    void close();
  }

  /**
   * Writes tables of one kind one at a time (表序列写出) into a JSON array, JSON Lines or an XML root holding
   * several, so that memory stays flat however many are written. {@link #close()} finishes the output (the
   * closing bracket or end tag) and closes the underlying stream.
   *
   * @param <T> the kind of table
   */
  public interface Writer<T> extends Closeable {
    /**
     * Writes one table.
     *
     * @throws WriteException when the table cannot be written in this format
     */
    void write(T table);

    /** Finishes the output and closes it; failures surface as {@link java.io.UncheckedIOException}. */
    @Override
    void close();
  }

  private final Source<? extends T> source;
  private T next;
  private boolean ended;

  Sequence(Source<? extends T> source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** A sequence over {@code source}; formats call this, users get sequences from the codecs. */
  public static <T> Sequence<T> of(Source<? extends T> source) {
    return new Sequence<>(source);
  }

  @Override
  public final boolean hasNext() {
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
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more tables");
    }
    T t = next;
    next = null;
    return t;
  }

  /** The warnings of the tables read so far (lenient mode: unknown properties, disagreeing parts). */
  public final List<ReadProblem> warnings() {
    return List.copyOf(source.warnings());
  }

  /** The remaining tables as a stream; closing the stream closes this sequence. */
  public final Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  @Override
  public final void close() {
    ended = true;
    next = null;
    source.close();
  }
}
