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

  /**
   * The label as compared: without spaces, line breaks and {@code *}, without what brackets hold
   * ({@code 产出指标(50分)}, {@code 数量指标（必填硬性指标）}), without the points a self-evaluation form adds
   * after it ({@code 成本指标(0-20)分}) and without a leading 预期 ({@code 预期产出指标}).
   */
  static String key(String label) {
    if (isKey(label)) {
      return label;   // the usual case: a label as published, with nothing to fold or drop
    }
    StringBuilder out = new StringBuilder(label.length());
    String folded = Characters.toHalfWidth(label);
    int depth = 0;
    boolean bracketed = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '(' || c == '[' || c == '【') {
        depth++;
        bracketed = true;
      } else if (c == ')' || c == ']' || c == '】') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && !Character.isWhitespace(c) && c != '*') {
        out.append(c);
      }
    }
    String key = out.toString();
    if (bracketed || endsWithPoints(key)) {
      key = withoutPoints(key);
    }
    return key.startsWith(EXPECTED) && key.length() > EXPECTED.length() + 2 ? key.substring(EXPECTED.length()) : key;
  }

  /** 预期: some templates write the expected outputs as 预期产出指标. */
  private static final String EXPECTED = "预期";

  private static boolean endsWithPoints(String key) {
    return key.endsWith("分") && key.length() > 1 && Character.isDigit(key.charAt(key.length() - 2));
  }

  /** {@code 产出指标50分} and {@code 成本指标分} without the points and the 分 that follow the label. */
  private static String withoutPoints(String key) {
    if (!key.endsWith("分")) {
      return key;
    }
    int end = key.length() - 1;
    while (end > 0 && (Character.isDigit(key.charAt(end - 1)) || "-~.".indexOf(key.charAt(end - 1)) >= 0)) {
      end--;
    }
    return key.substring(0, end);
  }

  private static boolean isKey(String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Characters.toHalfWidth(c) != c || Character.isWhitespace(c) || c == '*' || c == '(' || c == ')'
          || c == '[' || c == ']' || c == '【' || c == '分' || c == '预') {
        return false;
      }
    }
    return true;
  }
}
