package io.github.jixiao.serialization.internal.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a 绩效目标 cell into its statements: a line that begins with the next number ({@code 1.}, {@code 2、},
 * {@code 3．}) starts a statement, other lines continue the one before. The numbers must run 1, 2, 3… so that a
 * text such as {@code 2.5万元用于…} on its own is kept whole rather than cut at a number it happens to begin
 * with. Spaces are those the sheet trims from a cell, one notion throughout, and a line continuing a statement
 * keeps the line break it was written with (CR, LF or CRLF), so that reading what the writer wrote gives the
 * statements back unchanged.
 */
public final class NumberedStatements {
  private static final String SPACE = "[\\p{javaWhitespace}\\p{javaSpaceChar}\\uFEFF]";
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})" + SPACE + "*[.．、]" + SPACE + "*(.*)",
      Pattern.DOTALL);
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

  private NumberedStatements() {}

  /** The statements of a cell; a cell written after a {@link TextMark} is one statement exactly as written. */
  static List<String> of(String cell, boolean marked) {
    if (marked) {
      return cell.isEmpty() ? List.of() : List.of(cell);
    }
    return split(cell);
  }

  static List<String> split(String cell) {
    List<String> statements = new ArrayList<>();
    if (SheetTables.trim(cell).isEmpty()) {
      return statements;
    }
    List<String> lines = new ArrayList<>();
    List<String> breaks = new ArrayList<>();
    Matcher lineBreak = LINE_BREAK.matcher(cell);
    int start = 0;
    while (lineBreak.find()) {
      lines.add(cell.substring(start, lineBreak.start()));
      breaks.add(lineBreak.group());
      start = lineBreak.end();
    }
    lines.add(cell.substring(start));
    Matcher first = NUMBERED.matcher(SheetTables.trim(lines.get(0)));
    if (!first.matches() || !first.group(1).equals("1")) {
      statements.add(SheetTables.trim(cell));
      return statements;
    }
    StringBuilder current = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = NUMBERED.matcher(SheetTables.trim(lines.get(i)));
      if (m.matches() && Integer.parseInt(m.group(1)) == statements.size() + (current == null ? 1 : 2)) {
        if (current != null) {
          statements.add(SheetTables.trim(current.toString()));
        }
        current = new StringBuilder(m.group(2));
      } else {
        current.append(breaks.get(i - 1)).append(lines.get(i));
      }
    }
    statements.add(SheetTables.trim(current.toString()));
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
