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

  private GoalCell() {}

  static List<String> split(String cell) {
    List<String> statements = new ArrayList<>();
    if (Cells.trim(cell).isEmpty()) {
      return statements;
    }
    String[] lines = cell.split("\\r\\n|\\r|\\n", -1);
    Matcher first = NUMBERED.matcher(Cells.trim(lines[0]));
    if (!first.matches() || !first.group(1).equals("1")) {
      statements.add(Cells.trim(cell));
      return statements;
    }
    StringBuilder current = null;
    for (String line : lines) {
      Matcher m = NUMBERED.matcher(Cells.trim(line));
      if (m.matches() && Integer.parseInt(m.group(1)) == statements.size() + (current == null ? 1 : 2)) {
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
