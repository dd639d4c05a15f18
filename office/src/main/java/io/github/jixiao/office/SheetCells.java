package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet's cells as read (工作表单元格), gathered in any order a reader meets them, then turned into rows
 * of cell texts once the merged regions are known: every cell of a merged region reads as the cell it covers
 * (the region's top-left cell, where the application keeps the text), hidden rows and columns that hold text
 * are read and reported, and the reader's limits on rows, columns and cell length are kept.
 *
 * <p>An {@code .xlsx} sheet lists its merged regions after its cells, so the cells are kept until then; they
 * are what the sheet reader is given anyway, so keeping them costs no more than the read's result.
 */
final class SheetCells {
  private static final String[] NO_CELLS = {};

  private final String source;
  private final String name;
  private final ReadLimits limits;
  /** The cells of each row by 0-based row index, each sized to the row's last cell; a {@code null} cell is empty. */
  private String[][] rows = new String[64][];
  private int firstRow = -1;
  private int lastRow = -1;
  private final BitSet hiddenRows = new BitSet();
  /** Whether a row lies past the row limit: then only the last row is followed, to say how far the sheet reaches. */
  private boolean beyondRows;
  /** The first row with a cell past the column limit (0-based), whose cells past it are not kept; -1 if none. */
  private int tooWideRow = -1;
  /** The merged regions in the order given, each {first row, last row, first column, last column}, 0-based. */
  private final List<int[]> merged = new ArrayList<>();

  SheetCells(String source, String name, ReadLimits limits) {
    this.source = source;
    this.name = name;
    this.limits = limits;
  }

  String name() {
    return name;
  }

  /**
   * A row the sheet has (0-based), even one without cells: it counts towards the sheet's rows. Past the row
   * limit nothing more is kept; the sheet is refused when its rows are asked for, naming its last row.
   */
  void row(int row, boolean hidden) {
    firstRow = firstRow < 0 ? row : Math.min(firstRow, row);
    lastRow = Math.max(lastRow, row);
    if (row + 1 > limits.maxRows()) {
      beyondRows = true;
    }
    if (beyondRows) {
      return;
    }
    hiddenRows.set(row, hidden);
    if (row >= rows.length) {
      rows = Arrays.copyOf(rows, Math.max(row + 1, rows.length * 2));
    }
    if (rows[row] == null) {
      rows[row] = NO_CELLS;
    }
  }

  /** A cell of a row already given (0-based), with its text; an empty cell still widens its row. */
  void cell(int row, int column, String text) {
    if (beyondRows) {
      return;
    }
    if (column >= limits.maxColumns()) {
      tooWideRow = tooWideRow < 0 ? row : Math.min(tooWideRow, row);
      return;
    }
    String[] cells = rows[row];
    if (column >= cells.length) {
      cells = Arrays.copyOf(cells, column + 1);
      rows[row] = cells;
    }
    cells[column] = text;
  }

  /** A merged region (0-based, inclusive); its cells other than the top-left one read as the top-left one. */
  void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    merged.add(new int[] {firstRow, lastRow, firstColumn, lastColumn});
  }

  /**
   * The rows that hold text, each as wide as its last cell or the widest merged region crossing it; hidden
   * rows and the hidden columns that hold text are added to {@code warnings}.
   */
  SheetReader.Sheet rows(IntPredicate columnHidden, List<ReadProblem> warnings) {
    if (lastRow < 0) {
      return new SheetReader.Sheet(name, List.of());
    }
    if (beyondRows) {
      throw error(WorkbookProblems.TOO_MANY_ROWS, lastRow + 1, 0, "too many rows: the sheet reaches row "
          + (lastRow + 1) + ", more than " + limits.maxRows() + "; raise the reader's maxRows limit");
    }
    int[] mergedWidths = resolveMerged();
    List<SheetReader.Row> result = new ArrayList<>();
    TreeSet<Integer> hidden = new TreeSet<>();
    TreeSet<Integer> filledColumns = new TreeSet<>();
    for (int r = firstRow; r <= lastRow; r++) {
      String[] cells = rows[r] == null ? NO_CELLS : rows[r];
      int width = Math.max(cells.length, mergedWidths[r - firstRow]);
      if (width > limits.maxColumns() || r == tooWideRow) {
        throw error(WorkbookProblems.TOO_MANY_COLUMNS, r + 1, 0, "too many columns: more than "
            + limits.maxColumns() + "; raise the reader's maxColumns limit");
      }
      String[] texts = new String[width];
      boolean blank = true;
      for (int c = 0; c < width; c++) {
        String t = c < cells.length && cells[c] != null ? cells[c] : "";
        if (t.length() > limits.maxStringLength()) {
          throw error(WorkbookProblems.CELL_TOO_LONG, r + 1, c + 1, "cell too long: more than "
              + limits.maxStringLength() + " characters; raise the reader's maxStringLength limit");
        }
        texts[c] = t;
        if (!t.isBlank()) {
          blank = false;
          filledColumns.add(c);
        }
      }
      rows[r] = null;   // read once: the row's texts now live in the result alone
      if (blank) {
        continue;
      }
      if (hiddenRows.get(r)) {
        hidden.add(r + 1);
      }
      result.add(new SheetReader.Row(r + 1, Arrays.asList(texts)));
    }
    if (!hidden.isEmpty()) {
      warnings.add(ReadProblem.warning(WorkbookProblems.HIDDEN_ROWS, at(hidden.first(), 0),
          "sheet «" + name + "» hides rows " + list(hidden, Object::toString)
              + " that hold text; they are read as if shown"));
    }
    TreeSet<Integer> hiddenColumns = new TreeSet<>();
    filledColumns.stream().filter(columnHidden::test).forEach(hiddenColumns::add);
    if (!hiddenColumns.isEmpty()) {
      warnings.add(ReadProblem.warning(WorkbookProblems.HIDDEN_COLUMNS, at(0, 0),
          "sheet «" + name + "» hides columns " + list(hiddenColumns, CellReference::convertNumToColString)
              + " that hold text; they are read as if shown"));
    }
    return new SheetReader.Sheet(name, result);
  }

  /**
   * Copies each merged region's top-left text into the cells it covers, clipped to the sheet's rows and the
   * columns the reader accepts (so a region spanning a whole sheet stays small), and returns for each row
   * from the first the columns up to the last one a region crossing it reaches. The top-left texts are taken
   * before any is copied, so overlapping regions (a damaged file) each read their own top-left cell.
   */
  private int[] resolveMerged() {
    int[] widths = new int[lastRow - firstRow + 1];
    String[] tops = new String[merged.size()];
    for (int i = 0; i < tops.length; i++) {
      int[] m = merged.get(i);
      tops[i] = text(m[0], m[2]);
    }
    for (int i = 0; i < tops.length; i++) {
      int[] m = merged.get(i);
      int lastColumn = Math.min(m[3], limits.maxColumns());
      for (int r = Math.max(m[0], firstRow); r <= Math.min(m[1], lastRow); r++) {
        widths[r - firstRow] = Math.max(widths[r - firstRow], lastColumn + 1);
        if (lastColumn + 1 > limits.maxColumns()) {
          continue;   // the row is refused as too wide when it is reached
        }
        for (int c = m[2]; c <= lastColumn; c++) {
          if (r != m[0] || c != m[2]) {
            put(r, c, tops[i]);
          }
        }
      }
    }
    merged.clear();
    return widths;
  }

  private String text(int row, int column) {
    if (row < 0 || row >= rows.length || rows[row] == null || column >= rows[row].length) {
      return "";
    }
    String t = rows[row][column];
    return t == null ? "" : t;
  }

  private void put(int row, int column, String text) {
    String[] cells = rows[row] == null ? NO_CELLS : rows[row];
    if (column >= cells.length) {
      cells = Arrays.copyOf(cells, column + 1);
    }
    cells[column] = text;
    rows[row] = cells;
  }

  private static <T> String list(TreeSet<T> items, Function<T, String> name) {
    List<String> names = new ArrayList<>();
    for (T item : items) {
      if (names.size() == 10) {
        names.add("… (" + items.size() + " in all)");
        break;
      }
      names.add(name.apply(item));
    }
    return String.join(", ", names);
  }

  private SourceLocation at(int row, int column) {
    return SourceLocation.at(source, row, column).withSheet(name);
  }

  private ReadException error(String code, int row, int column, String message) {
    return new ReadException(ReadProblem.error(code, at(row, column), message));
  }
}
