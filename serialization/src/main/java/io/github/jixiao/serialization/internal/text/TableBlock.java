package io.github.jixiao.serialization.internal.text;

import java.util.List;

/**
 * The lines of one published table: its title line (may be absent) and its rows, a row being the cells between
 * two blank lines.
 */
public record TableBlock(TextLine title, List<Row> rows) {
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
   * One cell: its text (a line that does not begin with a tab continues the cell above, after a line break)
   * and the lines it spans.
   */
  record Cell(String text, int firstLine, int lastLine) {
    String trimmed() {
      return Cells.trim(text);
    }

    String key() {
      return Cells.key(text);
    }
  }

  int firstLine() {
    return title != null ? title.number() : rows.get(0).firstLine();
  }

  int lastLine() {
    return rows.isEmpty() ? firstLine() : rows.get(rows.size() - 1).lastLine();
  }
}
