package io.github.jixiao.serialization.internal;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How the bytes of a sheet or a published text become text (输入编码), as Excel and WPS in China save them.
 * With an encoding set, the bytes must be in it. Otherwise a byte-order mark names the encoding (UTF-8,
 * UTF-16 LE or BE); else bytes that are UTF-8 are UTF-8; else bytes that are GB18030 (the superset of GBK, what
 * Chinese Windows saves text in) are read as such, with a warning; else the input is refused. Bytes that are not
 * UTF-8 beside a line that plainly is (it holds Chinese characters in UTF-8) are refused too: a file pieced
 * together from two encodings would otherwise turn one half into mojibake. Every
 * decoder reports what it cannot decode, so no byte is ever replaced; a refusal names the first byte in each
 * encoding tried, its line and column, and the setting to use. Codes, with the reader's prefix: {@code -002} not
 * text, {@code -007} a UTF-8 byte-order mark left out, {@code -008} decoded from another encoding a mark or the
 * setting names, {@code -009} GB18030 guessed.
 */
public final class InputEncoding {
  /** GB 18030, the national standard that GBK is a part of. */
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static final String SETTING = "set the reader's encoding (encoding(Charset) on its builder, --encoding on"
      + " the jixiao command)";

  /** The text, without a byte-order mark, and the note saying how it was decoded when it was not plain UTF-8. */
  public record Decoded(String text, Optional<ReadProblem> note) {}

  private InputEncoding() {}

  /**
   * Decodes the first {@code length} bytes, the whole input when {@code whole} (else a head, which may end
   * inside a character).
   *
   * @param set the encoding the caller set; null to tell it from the bytes
   * @throws ReadException {@code -002} when the bytes are in no supported encoding, or not in {@code set}
   */
  public static Decoded decode(byte[] bytes, int length, boolean whole, Charset set, String source,
      String codePrefix) {
    Mark mark = Mark.of(bytes, length);
    if (set != null) {
      boolean marked = mark.length > 0 && mark.charset.equals(set);
      Attempt a = Attempt.of(set, bytes, marked ? mark.length : 0, length, whole);
      a.orThrow(source, codePrefix, "not " + set.name() + " text, the encoding the reader was set to: ",
          "; set the encoding the input is in, or leave it unset to have it told from the bytes");
      String text = withoutMark(a.text);
      if (!set.equals(StandardCharsets.UTF_8)) {
        return new Decoded(text, Optional.of(ReadProblem.info(codePrefix + "-008", SourceLocation.at(source, 1, 0),
            "decoded as " + set.name() + ", the encoding the reader was set to")));
      }
      boolean markLeftOut = marked || text.length() < a.text.length();
      return new Decoded(text, markLeftOut ? Optional.of(utf8Mark(source, codePrefix)) : Optional.empty());
    }
    if (mark.length > 0) {
      Attempt a = Attempt.of(mark.charset, bytes, mark.length, length, whole);
      a.orThrow(source, codePrefix, "not " + mark.charset.name() + " text, though it begins with that encoding's"
          + " byte-order mark: ", "; the input was cut or pieced together, or is binary data; if it is in another"
          + " encoding, " + SETTING);
      return new Decoded(a.text, Optional.of(mark.charset == StandardCharsets.UTF_8 ? utf8Mark(source, codePrefix)
          : ReadProblem.info(codePrefix + "-008", SourceLocation.at(source, 1, 0), "decoded as " + mark.charset.name()
              + ", the encoding its byte-order mark names (the mark is not part of the text)")));
    }
    Attempt utf8 = Attempt.of(StandardCharsets.UTF_8, bytes, 0, length, whole);
    if (!utf8.failed()) {
      return new Decoded(utf8.text, Optional.empty());
    }
    int utf8Line = whole ? firstUtf8Line(bytes, length) : 0;
    if (utf8Line > 0) {
      throw new ReadException(ReadProblem.error(codePrefix + "-002", utf8.location(source),
          "mixed encodings: line " + utf8Line + " is UTF-8 text, but " + utf8.what() + " is not UTF-8; expected one"
              + " encoding throughout (the input mixes two, or is damaged there): save it again in one encoding,"
              + " or, if it is all in another one, " + SETTING));
    }
    Attempt gb = Attempt.of(GB18030, bytes, 0, length, whole);
    if (gb.failed()) {
      Attempt further = gb.bad.offset() > utf8.bad.offset() ? gb : utf8;
      throw new ReadException(ReadProblem.error(codePrefix + "-002", further.location(source),
          "not text in a supported encoding: " + utf8.what() + " is not UTF-8, and " + gb.what()
              + " is not GB18030 (GBK); expected UTF-8 (with or without a byte-order mark), UTF-16 with a"
              + " byte-order mark, or GBK/GB18030, found binary data or another encoding; if it is in another"
              + " encoding, " + SETTING));
    }
    String name = fourByteSequence(bytes, length) ? "GB18030" : "GBK";
    return new Decoded(gb.text, Optional.of(ReadProblem.warning(codePrefix + "-009", utf8.location(source),
        "not UTF-8 (" + utf8.what() + " is the first byte that is not): read as " + name + ", the encoding Chinese"
            + " Windows saves text in" + (name.equals("GBK") ? " (decoded as GB18030, its superset)" : "")
            + "; if the input is in another encoding, " + SETTING)));
  }

  /** The encoding to show the first bytes of an input in: the one set, a mark's, UTF-8, else GB18030. */
  public static Charset ofHead(byte[] head, Charset set) {
    if (set != null) {
      return set;
    }
    Mark mark = Mark.of(head, head.length);
    if (mark.length > 0) {
      return mark.charset;
    }
    if (!Attempt.of(StandardCharsets.UTF_8, head, 0, head.length, false).failed()) {
      return StandardCharsets.UTF_8;
    }
    return Attempt.of(GB18030, head, 0, head.length, false).failed() ? StandardCharsets.UTF_8 : GB18030;
  }

  private static ReadProblem utf8Mark(String source, String codePrefix) {
    return ReadProblem.info(codePrefix + "-007", SourceLocation.at(source, 1, 0),
        "UTF-8 with a byte-order mark (as Excel saves \"CSV UTF-8\"): the mark is left out of the text");
  }

  private static String withoutMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The first line that is UTF-8 through and through and holds a character of three or four UTF-8 bytes (a
   * Chinese character is three); 0 when none does. GBK text almost never forms such a line by chance: its
   * lead bytes would have to fall in E0-EF and the bytes after them in the continuation range, pair after pair.
   */
  private static int firstUtf8Line(byte[] bytes, int length) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= length; i++) {
      if (i == length || bytes[i] == '\n') {
        if (isWideUtf8(bytes, start, i)) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 0;
  }

  private static boolean isWideUtf8(byte[] bytes, int from, int to) {
    boolean wide = false;
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      int n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (n == 0 || i + n > to) {
        return false;
      }
      for (int k = 1; k < n; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      wide |= n >= 3;
      i += n;
    }
    return wide;
  }

  /** Whether GB18030 bytes hold a four-byte sequence, which GBK does not have: a lead byte, then a digit. */
  private static boolean fourByteSequence(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
      } else if (i + 1 < length && bytes[i + 1] >= '0' && bytes[i + 1] <= '9') {
        return true;
      } else {
        i += 2;
      }
    }
    return false;
  }

  /** A byte-order mark at the start: its encoding and length (0 and UTF-8 when there is none). */
  private record Mark(Charset charset, int length) {
    static Mark of(byte[] b, int length) {
      if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return new Mark(StandardCharsets.UTF_8, 3);
      }
      if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return new Mark(StandardCharsets.UTF_16LE, 2);
      }
      if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new Mark(StandardCharsets.UTF_16BE, 2);
      }
      return new Mark(StandardCharsets.UTF_8, 0);
    }
  }

  /** One strict decode: the text, or the first byte not in the encoding ({@code bad} null when all were). */
  private record Attempt(Charset charset, String text, BadByte bad) {
    static Attempt of(Charset charset, byte[] bytes, int from, int length, boolean whole) {
      CharsetDecoder decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes, from, length - from);
      CharBuffer out = CharBuffer.allocate(length - from + 1);
      CoderResult r = decoder.decode(in, out, whole);
      if (!r.isError() && whole) {
        r = decoder.flush(out);
      }
      if (!r.isError()) {
        return new Attempt(charset, out.flip().toString(), null);
      }
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new Attempt(charset, null, new BadByte(in.position(), bytes[in.position()] & 0xFF, line,
          out.position() - lineStart + 1, whole && BadByte.cutShort(charset, in)));
    }

    boolean failed() {
      return bad != null;
    }

    String what() {
      return bad.what();
    }

    SourceLocation location(String source) {
      return bad.location(source);
    }

    void orThrow(String source, String codePrefix, String lead, String tail) {
      if (failed()) {
        throw new ReadException(ReadProblem.error(codePrefix + "-002", location(source), lead + what() + " is not "
            + charset.name() + tail));
      }
    }
  }
}
