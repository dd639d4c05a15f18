package io.github.jixiao.serialization.files;

import java.io.FilterInputStream;
import java.io.InputStream;

/** A stream whose {@code close} leaves the underlying one open (不关闭的流): a look ahead must not end the input. */
final class Unclosable extends FilterInputStream {
  Unclosable(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // The owner of the stream closes it; a reader that only looks ahead must not.
  }
}
