package io.github.jixiao.serialization.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the text reader compares and cleans cells: spaces of every kind, full-width forms. */
public final class Cells {
  /** A month range heading a label, dashes and 至 alike. */
  private static final Pattern MONTHS = Pattern.compile("(?:1[0-2]|0?[1-9])\\s*[-—–~～至到]\\s*(?:1[0-2]|0?[1-9])月(.+)");

  private Cells() {}

  /** Leading and trailing spaces go, full-width and no-break ones too; the rest is kept as written. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * A label as compared: full-width forms folded to ASCII, every space removed, brackets removed
   * ({@code 其中：财政    资金} and {@code 其中:财政资金} are the same label).
   */
  public static String key(String label) {
    StringBuilder out = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (!isSpace(c) && "()[]【】*".indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A label without what its brackets hold, as {@link #key} folds it otherwise: {@code 项目资金（万元）} is
   * {@code 项目资金}, {@code 指标值（包含数字及文字描述）} is {@code 指标值}.
   */
  static String bareLabel(String label) {
    StringBuilder out = new StringBuilder(label.length());
    int depth = 0;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (c == '(' || c == '[' || c == '【') {
        depth++;
      } else if (c == ')' || c == ']' || c == '】') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && !isSpace(c) && c != '*') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A bare label without the month range that heads it ({@code 1-7月执行数} is {@code 执行数}, {@code 1至7月实际完成值}
   * is {@code 实际完成值}): a monitoring table's columns name its period so; unchanged when no range heads it.
   */
  static String withoutMonths(String bare) {
    Matcher m = MONTHS.matcher(bare);
    return m.matches() ? m.group(1) : bare;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** At most 40 characters, on one line, for messages. */
  static String excerpt(String text) {
    String s = text.replace('\n', ' ').replace('\r', ' ');
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
