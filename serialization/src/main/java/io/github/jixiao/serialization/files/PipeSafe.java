package io.github.jixiao.serialization.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that answers {@link #available()} on a pipe (管道安全的流). The stream of a FIFO, {@code /dev/stdin}
 * or a process substitution opened as a file fails {@code available()} with "Illegal seek", since its channel
 * has no size; a buffer calls it to decide whether to read on, so a pipe read through one fails past its first
 * buffer. Reading never needs the count: a failure means "unknown", which is 0.
 */
final class PipeSafe extends FilterInputStream {
  PipeSafe(InputStream in) {
    super(in);
  }

  @Override
  public int available() {
    try {
      return super.available();
    } catch (IOException e) {
      return 0;
    }
  }
}
