package io.github.jixiao.serialization.internal.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a 绩效目标 cell into its statements: a line that begins with the next number ({@code 1.}, {@code 2、},
 * {@code 3．}) starts a statement, other lines continue the one before. The numbers must run 1, 2, 3… so that a
 * text such as {@code 2.5万元用于…} on its own is kept whole rather than cut at a number it happens to begin
 * with.
 */
public final class NumberedStatements {
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})\\s*[.．、]\\s*(.*)$", Pattern.DOTALL);

  private NumberedStatements() {}

  static List<String> split(String cell) {
    List<String> statements = new ArrayList<>();
    if (cell.isBlank()) {
      return statements;
    }
    String[] lines = cell.split("\\r\\n|\\r|\\n", -1);
    Matcher first = NUMBERED.matcher(SheetTables.trim(lines[0]));
    if (!first.matches() || !first.group(1).equals("1")) {
      statements.add(cell.strip());
      return statements;
    }
    StringBuilder current = null;
    for (String line : lines) {
      Matcher m = NUMBERED.matcher(SheetTables.trim(line));
      if (m.matches() && Integer.parseInt(m.group(1)) == statements.size() + (current == null ? 1 : 2)) {
        if (current != null) {
          statements.add(current.toString().strip());
        }
        current = new StringBuilder(m.group(2));
      } else {
        current.append('\n').append(line);
      }
    }
    statements.add(current.toString().strip());
    return statements;
  }

  /** The cell the writer writes: {@code 1.…} lines, one per statement. */
  public static String join(List<String> statements) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < statements.size(); i++) {
      if (i > 0) {
        b.append('\n');
      }
      b.append(i + 1).append('.').append(statements.get(i));
    }
    return b.toString();
  }
}
