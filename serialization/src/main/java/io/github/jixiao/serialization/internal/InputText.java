package io.github.jixiao.serialization.internal;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The whole text of one input (输入文本), read for a text-based reader: at most a given number of bytes (a
 * larger input fails before it is read), decoded as UTF-8 with or without a byte-order mark, and refused when
 * it is binary data (bytes that are not UTF-8, or control characters other than tab, line feed, carriage
 * return and form feed). Errors name the file and the line, with the reader's code prefix
 * ({@code JX-SHEET}, {@code JX-TEXT}): {@code -001} too large, {@code -002} not text, {@code -004} not
 * readable.
 */
public final class InputText {
  private static final int HEAD = 8192;

  private final String source;
  private final String text;

  private InputText(String source, String text) {
    this.source = source;
    this.text = text;
  }

  /** The name the input is reported under ({@code null} for an unnamed stream). */
  public String source() {
    return source;
  }

  /** The decoded text, without a byte-order mark, line ends as they were. */
  public String text() {
    return text;
  }

  /** Reads a file; it is reported under its file name. */
  public static InputText read(Path file, long maxBytes, String codePrefix) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      // No size check up front: the stream read stops one byte past the limit and names the line it reached.
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source, maxBytes, codePrefix);
      }
    } catch (NoSuchFileException e) {
      throw unreadable(source, "no such file", codePrefix, e);
    } catch (IOException e) {
      throw unreadable(source, "the file could not be read (" + e.getClass().getSimpleName() + ")", codePrefix, e);
    }
  }

  /** Reads a stream to its end (it is not closed); {@code source} names it in messages, may be null. */
  public static InputText read(InputStream in, String source, long maxBytes, String codePrefix) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw unreadable(source, "the stream could not be read (" + e.getClass().getSimpleName() + ")", codePrefix, e);
    }
    if (bytes.length > maxBytes) {
      // A large binary file (an archive, an image) is first of all not text: say that, not that it is large.
      notTextAtHead(bytes, source, codePrefix);
      throw tooLarge(source, lineOfByte(bytes, (int) maxBytes), bytes.length, maxBytes, "bytes", codePrefix);
    }
    return new InputText(source, checked(source, decode(bytes, source, codePrefix), codePrefix));
  }

  /** Reads characters to their end (the reader is not closed). */
  public static InputText read(Reader in, String source, long maxChars, String codePrefix) {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        b.append(buf, 0, n);
        if (b.length() > maxChars) {
          checked(source, b.substring(0, Math.min(b.length(), HEAD)), codePrefix);  // binary before large
          throw tooLarge(source, lineOfChar(b, (int) maxChars), b.length(), maxChars, "characters", codePrefix);
        }
      }
    } catch (IOException e) {
      throw unreadable(source, "the stream could not be read (" + e.getClass().getSimpleName() + ")", codePrefix, e);
    }
    String text = b.length() > 0 && b.charAt(0) == '\uFEFF' ? b.substring(1) : b.toString();
    return new InputText(source, checked(source, text, codePrefix));
  }

  /** Throws the not-text error when the first {@value #HEAD} bytes already show binary data. */
  private static void notTextAtHead(byte[] bytes, String source, String codePrefix) {
    // The head may end inside a character: that is not an error, so it is decoded as input that goes on.
    checked(source, decode(bytes, Math.min(bytes.length, HEAD), false, source, codePrefix), codePrefix);
  }

  private static String decode(byte[] bytes, String source, String codePrefix) {
    return decode(bytes, bytes.length, true, source, codePrefix);
  }

  private static String decode(byte[] bytes, int length, boolean whole, String source, String codePrefix) {
    int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult r = decoder.decode(in, out, whole);
    if (r.isError()) {
      int bad = in.position();
      int line = 1;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ReadException(ReadProblem.error(codePrefix + "-002", SourceLocation.at(source, line, 0),
          "not UTF-8 text: byte " + (bad + 1) + " (0x" + String.format("%02X", bytes[bad] & 0xFF)
              + ") starts no UTF-8 character; expected a UTF-8 text file, found binary data or another encoding"));
    }
    if (whole) {
      decoder.flush(out);
    }
    out.flip();
    return out.toString();
  }

  private static String checked(String source, String text, String codePrefix) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (c < 0x20 && c != '\t' && c != '\r' && c != '\f' || c == 0x7F) {
        throw new ReadException(ReadProblem.error(codePrefix + "-002", SourceLocation.at(source, line, column),
            String.format("control character U+%04X: expected text, found binary data", (int) c)));
      }
      column++;
    }
    return text;
  }

  /** The 1-based line holding byte {@code index}: where the input passed its limit. */
  private static int lineOfByte(byte[] bytes, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int lineOfChar(CharSequence text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static ReadException tooLarge(String source, int line, long size, long max, String unit,
      String codePrefix) {
    return new ReadException(ReadProblem.error(codePrefix + "-001", SourceLocation.at(source, line, 0),
        "input too large: more than " + max + " " + unit + " (found at least " + size
            + "); raise the reader's maxDocumentLength limit"));
  }

  private static ReadException unreadable(String source, String what, String codePrefix, Exception cause) {
    return new ReadException(ReadProblem.error(codePrefix + "-004", SourceLocation.at(source, 0, 0), what), cause);
  }
}
