package io.github.jixiao.serialization.files;

import io.github.jixiao.serialization.internal.InputEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/** The first bytes of an input as text (输入开头), for the formats to recognise it by. */
final class Head {
  private final String text;
  private final int first;

  private Head(String text) {
    this.text = text;
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    this.first = i;
  }

  /**
   * The first {@code n} bytes of {@code in} (fewer when it is shorter), the stream reset to where it was and
   * its mark dropped, so the buffer behind it does not go on holding what is read next.
   */
  static byte[] peek(InputStream in, int n) {
    try {
      in.mark(n);
      byte[] head = in.readNBytes(n);
      in.reset();
      in.mark(0);
      return head;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The head in {@code encoding}, or, when null, as its bytes show (a byte-order mark, UTF-8, GB18030). */
  static Head of(byte[] head, Charset encoding) {
    return new Head(new String(head, InputEncoding.ofHead(head, encoding)));
  }

  /** The head as text, from its first byte. */
  String text() {
    return text;
  }

  /** The first character past white space and a byte-order mark; 0 when there is none. */
  char firstChar() {
    return first < text.length() ? text.charAt(first) : 0;
  }

  /** The line the first character starts, from that character on. */
  String firstLine() {
    int end = text.indexOf('\n', first);
    return text.substring(first, end < 0 ? text.length() : end);
  }

  /** Whether the first line holding content starts with a tab, as a published text's table cells do. */
  boolean startsWithTab() {
    return text.substring(text.lastIndexOf('\n', first) + 1, first).indexOf('\t') >= 0;
  }

  /**
   * The first element's name, local part lower-cased, past the XML declaration, comments and processing
   * instructions; empty when the head holds none.
   */
  String xmlRoot() {
    int i = text.indexOf('<');
    while (i >= 0 && i + 1 < text.length()) {
      if (Character.isLetter(text.charAt(i + 1))) {
        int end = i + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
            && text.charAt(end) != '/') {
          end++;
        }
        String qname = text.substring(i + 1, end);
        return qname.substring(qname.indexOf(':') + 1).toLowerCase(java.util.Locale.ROOT);
      }
      i = text.indexOf('<', i + 1);
    }
    return "";
  }
}
