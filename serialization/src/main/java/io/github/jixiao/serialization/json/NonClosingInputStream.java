package io.github.jixiao.serialization.json;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Keeps the caller's stream open when the parser closes: the caller opened it, the caller closes it. */
final class NonClosingInputStream extends FilterInputStream {
  NonClosingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
