package io.github.jixiao.serialization;

import java.util.Objects;

/**
 * The settings the JSON and XML codecs share (编解码器设置): lenient or strict reading, pretty printing, and
 * the {@link ReadLimits} that keep hostile input cheap.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <C> the codec it builds
 */
public abstract class CodecBuilder<B extends CodecBuilder<B, C>, C> {
  private boolean lenient = true;
  private boolean prettyPrint;
  private ReadLimits limits = ReadLimits.defaults();

  protected CodecBuilder() {}

  /**
   * Whether unknown properties or elements and disagreeing parts are warnings (true, the default, as for every
   * reader) or fail the read (false).
   */
  public B lenient(boolean lenient) {
    this.lenient = lenient;
    return self();
  }

  /** Indented output. Default false. Sequences of tables are always compact. */
  public B prettyPrint(boolean prettyPrint) {
    this.prettyPrint = prettyPrint;
    return self();
  }

  /** The bounds a read stays within; {@link ReadLimits#defaults()} unless set. */
  public B limits(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    return self();
  }

  /** The codec, thread-safe, to be created once and shared. */
  public abstract C build();

  protected abstract B self();

  /** The settings as set so far, read by the codec that is built. */
  public final boolean isLenient() {
    return lenient;
  }

  public final boolean isPrettyPrint() {
    return prettyPrint;
  }

  public final ReadLimits limits() {
    return limits;
  }
}
