package io.github.jixiao.serialization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A {@link Reader}'s (or a {@code String}'s) characters as a UTF-8 byte stream, encoded as they are read, so
 * that the JSON and XML codecs read a {@code Reader} through the same byte path (and the same limits and
 * failure handling) as a stream, without holding the whole text. A lone surrogate, which UTF-8 cannot carry,
 * becomes {@code ?}, as {@link String#getBytes} makes it for the {@code String} overloads. Being characters,
 * the bytes are UTF-8 whatever encoding a codec is set to or an XML declaration names. Closing it closes the
 * reader.
 */
public final class ReaderBytes extends InputStream {
  private static final int CHARS = 8192;

  private final Reader in;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars;
  private final ByteBuffer bytes;
  private boolean endOfChars;
  private boolean done;

  private ReaderBytes(Reader in, CharBuffer chars, ByteBuffer bytes, boolean done) {
    this.in = in;
    this.chars = chars;
    this.bytes = bytes;
    this.done = done;
  }

  public static InputStream of(Reader in) {
    // Three bytes a char at most (a surrogate pair is two chars for four bytes), so one pass always fits.
    return new ReaderBytes(Objects.requireNonNull(in, "in"), CharBuffer.allocate(CHARS).flip(),
        ByteBuffer.allocate(CHARS * 3).flip(), false);
  }

  /** A string's characters as UTF-8, encoded at once as {@link String#getBytes} does. */
  public static InputStream of(String text) {
    return new ReaderBytes(Reader.nullReader(), CharBuffer.allocate(0),
        ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), true);
  }

  /**
   * Whether {@code in} holds characters encoded here: UTF-8 whatever encoding the reader is set to or an XML
   * declaration names, since they were characters before.
   */
  public static boolean isCharacters(InputStream in) {
    return in instanceof ReaderBytes;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    if (!bytes.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  /** Encodes the next characters; false at the end of the reader with every byte handed out. */
  private boolean fill() throws IOException {
    bytes.clear();
    while (bytes.position() == 0 && !done) {
      if (!endOfChars) {
        chars.compact();
        // A high surrogate left over from the last pass stays at the front, to meet its low half.
        endOfChars = in.read(chars) < 0;
        chars.flip();
      }
      encoder.encode(chars, bytes, endOfChars);
      if (endOfChars && !chars.hasRemaining()) {
        encoder.flush(bytes);
        done = true;
      }
    }
    bytes.flip();
    return bytes.hasRemaining();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
