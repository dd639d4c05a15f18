package io.github.jixiao.serialization.internal.json;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Keeps the caller's stream open when the parser closes: the caller opened it, the caller closes it. */
public final class NonClosingInputStream extends FilterInputStream {
  public NonClosingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
