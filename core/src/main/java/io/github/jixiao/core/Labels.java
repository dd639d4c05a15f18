package io.github.jixiao.core;

/** How published labels are compared: spaces, full-width brackets and a leading {@code *} do not count. */
final class Labels {
  private Labels() {}

  static java.util.List<String> withVariants(String label, String... variants) {
    String[] all = new String[variants.length + 1];
    all[0] = label;
    System.arraycopy(variants, 0, all, 1, variants.length);
    return java.util.List.of(all);
  }

  static String key(String label) {
    if (isKey(label)) {
      return label;   // the usual case: a label as published, with nothing to fold or drop
    }
    StringBuilder out = new StringBuilder(label.length());
    String folded = Characters.toHalfWidth(label);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isWhitespace(c) && c != '*' && c != '(' && c != ')' && c != '[' && c != ']') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isKey(String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Characters.toHalfWidth(c) != c || Character.isWhitespace(c) || c == '*' || c == '(' || c == ')'
          || c == '[' || c == ']') {
        return false;
      }
    }
    return true;
  }
}
