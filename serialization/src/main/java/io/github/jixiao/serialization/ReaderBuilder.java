package io.github.jixiao.serialization;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings every reader's builder has (读取设置), under the same names and defaults: lenient or strict
 * reading, the {@link ReadLimits} that keep hostile input cheap, and the encoding of its bytes.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <R> the reader it builds
 */
public abstract class ReaderBuilder<B extends ReaderBuilder<B, R>, R> {
  private boolean lenient = true;
  private ReadLimits limits = ReadLimits.defaults();
  private Charset encoding;

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

  /**
   * The encoding (文件编码) every input's bytes are in, such as {@code Charset.forName("GBK")} for a CSV saved by
   * Excel in China; bytes that are not in it fail the read with a located error naming the first such byte. Unset,
   * the reader tells the encoding itself: a byte-order mark (UTF-8, UTF-16 LE or BE), else UTF-8 when the bytes
   * are UTF-8, else (sheets and published text) GB18030, the superset of GBK, which a read warning reports. JSON
   * and XML are told as their specifications say: JSON by its first bytes, XML by its declaration.
   */
  public B encoding(Charset encoding) {
    this.encoding = Objects.requireNonNull(encoding, "encoding");
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

  /** The encoding set with {@link #encoding(Charset)}; empty when the reader is to tell it from the bytes. */
  public final Optional<Charset> encoding() {
    return Optional.ofNullable(encoding);
  }
}
