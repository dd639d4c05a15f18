package io.github.jixiao.serialization;

import io.github.jixiao.core.ProjectTargetTable;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * An input of many tables made on the fly and never held whole: each table is one of a few written
 * templates with its project code set to {@code P00000000}, {@code P00000001}, …, between an opening, a
 * separator and a closing. Serialising once and patching the digits keeps generation nearly free, so a
 * test measures the reader.
 */
final class GeneratedTables extends InputStream {
  private static final String MARKER = "P00000000";

  private final byte[][] templates;
  private final int[] markerAt;
  private final byte[] opening;
  private final byte[] separator;
  private final byte[] closing;
  private final int count;
  private int index = -1;
  private byte[] current;
  private int position;
  private boolean closed;

  GeneratedTables(List<ProjectTargetTable> seeds, Function<ProjectTargetTable, String> write, int count,
      String opening, String separator, String closing) {
    this.templates = new byte[seeds.size()][];
    this.markerAt = new int[seeds.size()];
    for (int i = 0; i < seeds.size(); i++) {
      String text = write.apply(seeds.get(i).withProjectCode(MARKER));
      templates[i] = text.getBytes(StandardCharsets.UTF_8);
      markerAt[i] = text.substring(0, text.indexOf(MARKER)).getBytes(StandardCharsets.UTF_8).length;
    }
    this.opening = opening.getBytes(StandardCharsets.UTF_8);
    this.separator = separator.getBytes(StandardCharsets.UTF_8);
    this.closing = closing.getBytes(StandardCharsets.UTF_8);
    this.count = count;
    this.current = this.opening;
  }

  static String code(int i) {
    return String.format("P%08d", i);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    while (position == current.length) {
      if (!advance()) {
        return -1;
      }
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current, position, b, off, n);
    position += n;
    return n;
  }

  /** Moves to the next piece: a table, a separator, the closing. */
  private boolean advance() {
    if (closed) {
      return false;
    }
    position = 0;
    if (current != opening && current != separator && index >= 0 && index < count - 1) {
      current = separator;
      return true;
    }
    index++;
    if (index < count) {
      int t = index % templates.length;
      current = templates[t].clone();
      byte[] digits = code(index).getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(digits, 0, current, markerAt[t], digits.length);
      return true;
    }
    closed = true;
    current = closing;
    return closing.length > 0;
  }
}
