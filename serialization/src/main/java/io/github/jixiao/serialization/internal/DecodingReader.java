package io.github.jixiao.serialization.internal;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * A stream's characters in one encoding, decoded as they are read (解码读取器), for the JSON and XML codecs when
 * the encoding is set or an XML declaration names one the parser would decode leniently. Unlike an
 * {@link java.io.InputStreamReader}, it replaces nothing: the first byte not in the encoding ends the read with
 * a {@link ReadException} naming that byte, its line and column, however far into the stream it comes. A
 * byte-order mark of the encoding is left out. Closing it closes the stream.
 */
public final class DecodingReader extends Reader {
  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final String source;
  private final String code;
  private final String why;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  /** The offset in the input of {@code bytes}' first byte. */
  private long offset;
  private int line = 1;
  private int column = 1;
  private boolean end;
  private boolean done;
  private boolean first = true;
  /** The second half of a surrogate pair a one-char read had no room for; -1 when none. */
  private int pending = -1;

  private DecodingReader(InputStream in, Charset charset, String source, String code, String why) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    this.source = source;
    this.code = code;
    this.why = why;
  }

  /**
   * @param code the code a byte not in the encoding is reported under ({@code JX-JSON-001})
   * @param why how the encoding was chosen, for the message: {@code the encoding the codec was set to}
   */
  public static Reader of(InputStream in, Charset charset, String source, String code, String why) {
    return new DecodingReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(charset, "charset"), source,
        code, why);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    if (pending >= 0) {
      out.put((char) pending);
      pending = -1;
    }
    while (out.position() == off && !done) {
      CoderResult r = decoder.decode(bytes, out, end);
      if (r.isError()) {
        throw undecodable(cbuf, off, out.position());
      }
      if (out.position() == off && r.isOverflow()) {
        // Room for one char, and the next character is a surrogate pair: its second half waits for the next read.
        CharBuffer pair = CharBuffer.allocate(2);
        if (decoder.decode(bytes, pair, end).isError()) {
          throw undecodable(cbuf, off, off);
        }
        pair.flip();
        out.put(pair.get());
        pending = pair.hasRemaining() ? pair.get() : -1;
      } else if (out.position() == off && r.isUnderflow()) {
        if (end) {
          decoder.flush(out);
          done = true;
        } else {
          fill();
        }
      }
    }
    int n = out.position() - off;
    if (n == 0) {
      return -1;
    }
    if (first) {
      first = false;
      if (cbuf[off] == '\uFEFF') {
        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
        n--;
        if (n == 0) {
          return read(cbuf, off, len);
        }
      }
    }
    advance(cbuf, off, off + n);
    return n;
  }

  private void fill() throws IOException {
    offset += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      end = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private void advance(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  private ReadException undecodable(char[] cbuf, int off, int to) {
    advance(cbuf, off, to);
    int at = bytes.position();
    boolean cut = end && BadByte.cutShort(charset, bytes);
    BadByte bad = new BadByte(offset + at, bytes.get(at) & 0xFF, line, column, cut);
    return new ReadException(ReadProblem.error(code, bad.location(source), "not " + charset.name() + " text, " + why
        + ": " + bad.what() + " is not " + charset.name() + "; set the encoding the input is in"));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
