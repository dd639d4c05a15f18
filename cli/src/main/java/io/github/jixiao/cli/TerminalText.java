package io.github.jixiao.cli;

/**
 * Text made safe to print on a terminal (终端转义): every character a terminal would act on rather than show
 * — C0 controls and line breaks, DEL, C1 controls (ESC, CSI and OSC sequences start with them), the Unicode
 * line and paragraph separators, and the bidirectional embeddings, overrides and isolates — is written as a
 * visible escape ({@code \n}, {@code \t}, <code>&#92;u001B</code>, <code>&#92;u202E</code>). A table's own text can then neither
 * forge a report line, hide the rest of the output, retitle the window nor reorder what the reader sees.
 *
 * <p>The notation is reversible: a backslash is doubled only where it would otherwise begin one of these
 * escapes, so an ordinary path such as {@code C:\data\budget.csv} prints unchanged.
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every character a terminal would act on written as a visible escape. */
  static String escape(String text) {
    int first = 0;
    while (first < text.length() && !needsWork(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        b.append(startsEscape(text, i + 1) ? "\\\\" : "\\");
      } else if (isActive(c)) {
        b.append(escapeOf(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean needsWork(String text, int i) {
    char c = text.charAt(i);
    return isActive(c) || c == '\\' && startsEscape(text, i + 1);
  }

  /** Whether the character at {@code i} would read as the rest of an escape after a backslash. */
  private static boolean startsEscape(String text, int i) {
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '\\' || c == 'n' || c == 'r' || c == 't' || c == 'u' || isActive(c);
  }

  /** Whether a terminal acts on {@code c} instead of showing it. */
  static boolean isActive(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F
        || c == '\u2028' || c == '\u2029'
        || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069'
        || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }

  private static String escapeOf(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> String.format("\\u%04X", (int) c);
    };
  }
}
