package io.github.jixiao.serialization.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a 绩效目标 cell into its statements: a line that begins with the next number ({@code 1.}, {@code 2、})
 * starts a statement, other lines continue the one before. The numbers must run 1, 2, 3…, so that a cell such
 * as {@code 2.5万元用于…} is kept whole. The sheet reader reads its 绩效目标 column by the same rule.
 */
final class GoalCell {
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})\\s*[.．、]\\s*(.*)$", Pattern.DOTALL);
  /** {@code （一）…}, {@code (二)…}: how some provinces number a 年度总体目标 cell. */
  private static final Pattern CHINESE_NUMBERED =
      Pattern.compile("^\\s*[（(]\\s*([一二三四五六七八九十]{1,2})\\s*[）)]\\s*(.*)$", Pattern.DOTALL);
  private static final String NUMERALS = "一二三四五六七八九十";

  private GoalCell() {}

  static List<String> split(String cell) {
    return split(cell, NUMBERED);
  }

  /**
   * Splits a published text's cell, numbered {@code 1.} {@code 2.} or {@code （一）} {@code （二）}; the sheet
   * reader keeps to {@link #split}, whose numbers its writer guards.
   */
  static List<String> splitAnyNumbering(String cell) {
    String[] lines = cell.split("\\r\\n|\\r|\\n", 2);
    return split(cell, CHINESE_NUMBERED.matcher(Cells.trim(lines[0])).matches() ? CHINESE_NUMBERED : NUMBERED);
  }

  private static int number(String digits) {
    if (Character.isDigit(digits.charAt(0))) {
      return Integer.parseInt(digits);
    }
    int first = NUMERALS.indexOf(digits.charAt(0)) + 1;
    if (digits.length() == 1) {
      return first;
    }
    return first == 10 ? 10 + NUMERALS.indexOf(digits.charAt(1)) + 1 : -1;
  }

  private static List<String> split(String cell, Pattern numbered) {
    List<String> statements = new ArrayList<>();
    if (Cells.trim(cell).isEmpty()) {
      return statements;
    }
    String[] lines = cell.split("\\r\\n|\\r|\\n", -1);
    Matcher first = numbered.matcher(Cells.trim(lines[0]));
    if (!first.matches() || !first.group(1).equals("1") && !first.group(1).equals("一")) {
      statements.add(Cells.trim(cell));
      return statements;
    }
    StringBuilder current = null;
    for (String line : lines) {
      Matcher m = numbered.matcher(Cells.trim(line));
      if (m.matches() && number(m.group(1)) == statements.size() + (current == null ? 1 : 2)) {
        if (current != null) {
          statements.add(Cells.trim(current.toString()));
        }
        current = new StringBuilder(m.group(2));
      } else {
        current.append('\n').append(line);
      }
    }
    statements.add(Cells.trim(current.toString()));
    return statements;
  }
}
