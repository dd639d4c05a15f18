package io.github.jixiao.core;

/** Character folding shared by the grammars: full-width forms to ASCII, the spaces Word leaves behind. */
final class Characters {
  private Characters() {}

  /**
   * Folds full-width ASCII variants (U+FF01–U+FF5E) to ASCII and the ideographic and no-break spaces to a
   * plain space. Other characters, the CJK comparison signs among them, are left alone.
   */
  static String toHalfWidth(CharSequence text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = fold(c);
      if (folded != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(folded);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  /** One character of {@link #toHalfWidth(CharSequence)}. */
  static char toHalfWidth(char c) {
    return fold(c);
  }

  private static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
      return ' ';
    }
    return c;
  }

  /** At most 40 characters of {@code text}, for messages that must stay one line. */
  static String excerpt(CharSequence text) {
    String s = text.toString().replace('\n', ' ').replace('\r', ' ');
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
