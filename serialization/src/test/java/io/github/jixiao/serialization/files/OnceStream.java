package io.github.jixiao.serialization.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input as a pipe gives it: read once, no mark, short reads, no size. Reading it after its end or after it
 * is closed fails the test, as a second pass over a pipe would find nothing.
 */
final class OnceStream extends InputStream {
  private final ByteArrayInputStream bytes;
  private boolean closed;
  private int closes;

  OnceStream(byte[] bytes) {
    this.bytes = new ByteArrayInputStream(bytes);
  }

  @Override
  public int read() throws IOException {
    check();
    return bytes.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    return bytes.read(b, off, Math.min(len, 1000));
  }

  @Override
  public int available() throws IOException {
    throw new IOException("Illegal seek");
  }

  @Override
  public void close() {
    closed = true;
    closes++;
  }

  int closes() {
    return closes;
  }

  private void check() throws IOException {
    if (closed) {
      throw new IOException("read after close");
    }
  }
}
