package io.github.jixiao.cli;

/** Escapes user text for HTML content and quoted attributes (HTML 转义): nothing a cell holds can become markup. */
final class HtmlEscaper {
  private HtmlEscaper() {}

  static void append(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    append(b, s);
    return b.toString();
  }
}
