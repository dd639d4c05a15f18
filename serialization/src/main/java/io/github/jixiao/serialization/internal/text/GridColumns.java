package io.github.jixiao.serialization.internal.text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The columns of an indicator grid (指标, the rows under {@code 一级指标 二级指标 三级指标 …}) and how each row lines
 * up under them. Grids of four to six or more columns are read by their header labels. Some templates put a
 * {@code 绩效指标} label on the left, spanning the header and every indicator row: a row that repeats it has the
 * label dropped. Where the extraction wrote the spanning cell only once, the other rows are shifted against the
 * header: when the header has the label column, a row one cell short without it is read one column to the
 * right; when the first row had the label and the header did not, a row one cell long with a blank first cell
 * is read one column to the left. Both are guesses, and said to be. One per table: it remembers whether a row
 * had the label.
 */
final class GridColumns {
  /** Labels of a column on the left that spans the whole grid and holds no indicator cell. */
  private static final Set<String> SPANNING_LABELS = Set.of("绩效指标", "年度绩效指标", "项目绩效指标", "绩效指标体系");
  private static final String FIRST_HEADER = "一级指标";

  private final int[] columns;
  private final int width;
  private final boolean labelColumn;
  private boolean labelInRows;

  /** Where a row's cells stand against the header, and whether that was guessed. */
  record Alignment(int offset, boolean guessed) {}

  private GridColumns(int[] columns, int width, boolean labelColumn) {
    this.columns = columns;
    this.width = width;
    this.labelColumn = labelColumn;
  }

  /** Whether the row is a grid header: 一级指标 first, or after a spanning label or a blank cell. */
  static boolean isHeader(TableBlock.Row row) {
    List<TableBlock.Cell> cells = row.cells();
    if (cells.get(0).key().equals(FIRST_HEADER)) {
      return true;
    }
    String first = cells.get(0).key();
    return cells.size() > 1 && (first.isEmpty() || SPANNING_LABELS.contains(first))
        && cells.get(1).key().equals(FIRST_HEADER);
  }

  /**
   * Maps each field to the header cell that names it ({@code headers.get(f)} lists field {@code f}'s labels, which
   * a monitoring table's period may head: {@code 1-7月实际完成值}), a field no cell names being absent; a header
   * cell naming no field goes to {@code unknown}.
   */
  static GridColumns of(TableBlock.Row header, List<List<String>> headers, Consumer<TableBlock.Cell> unknown) {
    int[] columns = new int[headers.size()];
    Arrays.fill(columns, -1);
    List<TableBlock.Cell> cells = header.cells();
    boolean labelColumn = isSpanningLabel(cells.get(0)) || cells.get(0).key().isEmpty() && cells.size() > 1
        && cells.get(1).key().equals(FIRST_HEADER);
    for (int i = labelColumn ? 1 : 0; i < cells.size(); i++) {
      String key = cells.get(i).key();
      String bare = Cells.bareLabel(cells.get(i).text());
      boolean known = false;
      for (int f = 0; f < headers.size(); f++) {
        if (columns[f] < 0 && (headers.get(f).contains(key) || headers.get(f).contains(bare)
            || headers.get(f).contains(Cells.withoutMonths(bare)))) {
          columns[f] = i;
          known = true;
          break;
        }
      }
      if (!known) {
        unknown.accept(cells.get(i));
      }
    }
    return new GridColumns(columns, cells.size(), labelColumn);
  }

  private static boolean isSpanningLabel(TableBlock.Cell cell) {
    return SPANNING_LABELS.contains(cell.key());
  }

  /** How many cells a row of this grid has. */
  int width() {
    return width;
  }

  /**
   * Where a row's cells stand against the header: offset 1 when the row repeats the spanning label the header
   * lacks (its first cell is skipped) or, guessed, has a blank cell under a label seen in an earlier row; -1,
   * guessed, when the row lacks the label column the header has; else 0.
   */
  Alignment align(List<TableBlock.Cell> cells) {
    boolean repeatsLabel = isSpanningLabel(cells.get(0));
    if (!labelColumn && repeatsLabel) {
      labelInRows = true;
      return new Alignment(1, false);
    }
    if (labelInRows && cells.size() == width + 1 && cells.get(0).key().isEmpty()) {
      return new Alignment(1, true);
    }
    return labelColumn && !repeatsLabel && cells.size() == width - 1 ? new Alignment(-1, true) : new Alignment(0, false);
  }

  /** The header cell that names field {@code f}, or -1. */
  int column(int f) {
    return columns[f];
  }

  /** Whether the header names field {@code f}. */
  boolean has(int f) {
    return columns[f] >= 0;
  }

  /** The cell of field {@code f} in a row at {@code offset}, or null when the grid or the row has none. */
  TableBlock.Cell cell(List<TableBlock.Cell> cells, int f, int offset) {
    int i = columns[f] < 0 ? -1 : columns[f] + offset;
    return i >= 0 && i < cells.size() ? cells.get(i) : null;
  }
}
