package io.github.jixiao.serialization;

import java.util.Objects;

/**
 * The settings every reader's builder has (读取设置), under the same names and defaults: lenient or strict
 * reading, and the {@link ReadLimits} that keep hostile input cheap.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <R> the reader it builds
 */
public abstract class ReaderBuilder<B extends ReaderBuilder<B, R>, R> {
  private boolean lenient = true;
  private ReadLimits limits = ReadLimits.defaults();

  protected ReaderBuilder() {}

  /**
   * Whether what a reader doubts (an unknown property or column, a table cut off, disagreeing parts) is a warning
   * (true, the default, for every reader) or fails the read (false).
   */
  public B lenient(boolean lenient) {
    this.lenient = lenient;
    return self();
  }

  /** The bounds a read stays within; {@link ReadLimits#defaults()} unless set. */
  public B limits(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    return self();
  }

  /** The reader, thread-safe, to be created once and shared. */
  public abstract R build();

  protected abstract B self();

  /** The settings as set so far, read by the reader that is built. */
  public final boolean isLenient() {
    return lenient;
  }

  public final ReadLimits limits() {
    return limits;
  }
}
