package io.github.jixiao.serialization;

/**
 * The settings the JSON and XML codecs share (编解码器设置): strict or lenient reading, pretty printing, and
 * the limits that keep hostile input cheap. Every limit has a default fit for published tables.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <C> the codec it builds
 */
public abstract class CodecBuilder<B extends CodecBuilder<B, C>, C> {
  private boolean lenient;
  private boolean prettyPrint;
  private int maxNestingDepth = 32;
  private int maxStringLength = 1_000_000;
  private long maxDocumentLength = 64L * 1024 * 1024;
  private int maxListLength = io.github.jixiao.serialization.jackson.ReadSession.DEFAULT_MAX_LIST_LENGTH;

  protected CodecBuilder() {}

  /** Unknown properties or elements and disagreeing parts become warnings instead of errors. Default false. */
  public B lenient(boolean lenient) {
    this.lenient = lenient;
    return self();
  }

  /** Indented output. Default false. Sequences of tables are always compact. */
  public B prettyPrint(boolean prettyPrint) {
    this.prettyPrint = prettyPrint;
    return self();
  }

  /** How deep objects, arrays or elements may nest. Default 32; the format itself needs at most 8. */
  public B maxNestingDepth(int max) {
    this.maxNestingDepth = positive("maxNestingDepth", max);
    return self();
  }

  /** The longest text, in characters. Default 1,000,000. */
  public B maxStringLength(int max) {
    this.maxStringLength = positive("maxStringLength", max);
    return self();
  }

  /** The longest single table or document, in bytes or characters. Default 64 MiB. */
  public B maxDocumentLength(long max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxDocumentLength: expected at least 1, found " + max);
    }
    this.maxDocumentLength = max;
    return self();
  }

  /** The most items in one list (indicators, goals, checkpoints, a document's tables). Default 10,000. */
  public B maxListLength(int max) {
    this.maxListLength = positive("maxListLength", max);
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

  public final int nestingDepthLimit() {
    return maxNestingDepth;
  }

  public final int stringLengthLimit() {
    return maxStringLength;
  }

  public final long documentLengthLimit() {
    return maxDocumentLength;
  }

  public final int listLengthLimit() {
    return maxListLength;
  }

  /** {@code value} when it is at least 1; otherwise an exception naming the setting. */
  protected static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": expected at least 1, found " + value);
    }
    return value;
  }
}
