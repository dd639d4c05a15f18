package io.github.jixiao.serialization;

/**
 * The settings the JSON and XML codecs share (编解码器设置): those of every reader ({@link ReaderBuilder}) and
 * pretty printing.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <C> the codec it builds
 */
public abstract class CodecBuilder<B extends CodecBuilder<B, C>, C> extends ReaderBuilder<B, C> {
  private boolean prettyPrint;

  protected CodecBuilder() {}

  /** Indented output. Default false. Sequences of tables are always compact. */
  public B prettyPrint(boolean prettyPrint) {
    this.prettyPrint = prettyPrint;
    return self();
  }

  public final boolean isPrettyPrint() {
    return prettyPrint;
  }
}
