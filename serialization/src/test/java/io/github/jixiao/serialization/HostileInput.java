package io.github.jixiao.serialization;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Inputs generated at test time, never held in memory whole: a prefix, a long run of one byte, a suffix. */
final class HostileInput extends InputStream {
  private final byte[] prefix;
  private final byte[] suffix;
  private final long runLength;
  private final byte run;
  private long position;

  private HostileInput(String prefix, long runLength, char run, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    this.runLength = runLength;
    this.run = (byte) run;
  }

  /** {@code prefix}, then {@code runLength} times {@code run}, then {@code suffix}. */
  static HostileInput of(String prefix, long runLength, char run, String suffix) {
    return new HostileInput(prefix, runLength, run, suffix);
  }

  /** How many bytes were read: a fail-fast reader reads a small part of a huge input. */
  long consumed() {
    return position;
  }

  @Override
  public int read() {
    long p = position;
    if (p < prefix.length) {
      position++;
      return prefix[(int) p] & 0xFF;
    }
    p -= prefix.length;
    if (p < runLength) {
      position++;
      return run & 0xFF;
    }
    p -= runLength;
    if (p < suffix.length) {
      position++;
      return suffix[(int) p] & 0xFF;
    }
    return -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    int n = 0;
    // The run is filled in bulk: byte by byte, 100 MB would cost the test more time than the reader.
    long runLeft = prefix.length + runLength - position;
    if (position >= prefix.length && runLeft > 0 && len > 0) {
      n = (int) Math.min(len, runLeft);
      Arrays.fill(b, off, off + n, run);
      position += n;
      return n;
    }
    while (n < len) {
      int c = read();
      if (c < 0) {
        return n == 0 ? -1 : n;
      }
      b[off + n++] = (byte) c;
    }
    return n;
  }
}
