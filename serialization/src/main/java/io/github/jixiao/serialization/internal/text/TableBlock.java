package io.github.jixiao.serialization.internal.text;

import java.util.List;

/**
 * The lines of one published table: its title line and the {@code 单位：万元} line written above it (either may be
 * absent), and its rows, a row being the cells between two blank lines or the cells of one row line.
 */
public record TableBlock(TextLine title, TextLine unitLine, List<Row> rows) {
  /** One table row: its cells in order. */
  record Row(List<Cell> cells) {
    int firstLine() {
      return cells.get(0).firstLine();
    }

    int lastLine() {
      return cells.get(cells.size() - 1).lastLine();
    }
  }

  /**
   * One cell: its text (a line that does not begin with a tab continues the cell above, after a line break),
   * the lines it spans and the 1-based column where it begins on its first line.
   */
  record Cell(String text, int firstLine, int lastLine, int column) {
    String trimmed() {
      return Cells.trim(text);
    }

    String key() {
      return Cells.key(text);
    }
  }

  int firstLine() {
    int first = rows.isEmpty() ? Integer.MAX_VALUE : rows.get(0).firstLine();
    if (unitLine != null) {
      first = Math.min(first, unitLine.number());
    }
    return title != null ? Math.min(first, title.number()) : first;
  }

  int lastLine() {
    return rows.isEmpty() ? firstLine() : rows.get(rows.size() - 1).lastLine();
  }
}
