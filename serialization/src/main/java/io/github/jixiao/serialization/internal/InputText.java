package io.github.jixiao.serialization.internal;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole text of one input (输入文本), read for a text-based reader: at most a given number of bytes (a
 * larger input fails before it is read), decoded as {@link InputEncoding} tells (UTF-8 with or without a
 * byte-order mark, UTF-16 with one, GBK/GB18030, or the encoding set), and refused when it is binary data
 * (bytes in no such encoding, or control characters other than tab, line feed, carriage return and form
 * feed). Errors name the file and the line, with the reader's code prefix
 * ({@code JX-SHEET}, {@code JX-TEXT}): {@code -001} too large, {@code -002} not text, {@code -004} not
 * readable.
 */
public final class InputText {
  private static final int HEAD = 8192;

  private final String source;
  private final String text;
  private final Optional<ReadProblem> note;

  private InputText(String source, String text, Optional<ReadProblem> note) {
    this.source = source;
    this.text = text;
    this.note = note;
  }

  /** The name the input is reported under ({@code null} for an unnamed stream). */
  public String source() {
    return source;
  }

  /** The decoded text, without a byte-order mark, line ends as they were. */
  public String text() {
    return text;
  }

  /**
   * How the text was decoded, when that is worth a note in the read warnings: a byte-order mark left out, an
   * encoding other than UTF-8 (an {@code INFO}), or GB18030 guessed (a {@code WARNING}).
   */
  public Optional<ReadProblem> note() {
    return note;
  }

  /**
   * Reads a file; it is reported under its file name.
   *
   * @param encoding the encoding set on the reader; null to tell it from the bytes ({@link InputEncoding})
   */
  public static InputText read(Path file, long maxBytes, Charset encoding, String codePrefix) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      // No size check up front: the stream read stops one byte past the limit and names the line it reached.
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source, maxBytes, encoding, codePrefix);
      }
    } catch (NoSuchFileException e) {
      throw unreadable(source, "no such file", codePrefix, e);
    } catch (IOException e) {
      throw unreadable(source, "the file could not be read (" + e.getClass().getSimpleName() + ")", codePrefix, e);
    }
  }

  /** Reads a stream to its end (it is not closed); {@code source} names it in messages, may be null. */
  public static InputText read(InputStream in, String source, long maxBytes, Charset encoding, String codePrefix) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw unreadable(source, "the stream could not be read (" + e.getClass().getSimpleName() + ")", codePrefix, e);
    }
    if (bytes.length > maxBytes) {
      // A large binary file (an archive, an image) is first of all not text: say that, not that it is large.
      notTextAtHead(bytes, encoding, source, codePrefix);
      throw tooLarge(source, lineOfByte(bytes, (int) maxBytes), bytes.length, maxBytes, "bytes", codePrefix);
    }
    InputEncoding.Decoded decoded = InputEncoding.decode(bytes, bytes.length, true, encoding, source, codePrefix);
    return new InputText(source, checked(source, decoded.text(), codePrefix), decoded.note());
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
    // Characters come decoded: only a byte-order mark the caller's decoder kept is left to take out.
    boolean marked = b.length() > 0 && b.charAt(0) == '\uFEFF';
    String text = marked ? b.substring(1) : b.toString();
    return new InputText(source, checked(source, text, codePrefix), marked ? Optional.of(ReadProblem.info(
        codePrefix + "-007", SourceLocation.at(source, 1, 0), "a byte-order mark (U+FEFF) begins the text: it is"
            + " left out")) : Optional.empty());
  }

  /** Throws the not-text error when the first {@value #HEAD} bytes already show binary data. */
  private static void notTextAtHead(byte[] bytes, Charset encoding, String source, String codePrefix) {
    // The head may end inside a character: that is not an error, so it is decoded as input that goes on.
    checked(source, InputEncoding.decode(bytes, Math.min(bytes.length, HEAD), false, encoding, source, codePrefix)
        .text(), codePrefix);
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
