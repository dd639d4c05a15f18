package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet as rows of cell texts (工作表网格): every cell of a merged region reads as the cell it covers
 * (the region's top-left cell, where the application keeps the text), hidden rows and columns that hold text
 * are read and reported, and the reader's limits on rows, columns and cell length are kept.
 */
final class SheetGrid {
  private final String source;
  private final ReadLimits limits;
  private final CellText text = new CellText();

  SheetGrid(String source, ReadLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  SheetReader.Sheet read(Sheet sheet, List<ReadProblem> warnings) {
    String name = sheet.getSheetName();
    if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
      throw error(WorkbookProblems.TOO_MANY_ROWS, name, sheet.getLastRowNum() + 1, 0,
          "too many rows: the sheet reaches row " + (sheet.getLastRowNum() + 1) + ", more than "
              + limits.maxRows() + "; raise the reader's maxRows limit");
    }
    Map<Integer, Integer> mergedWidths = new HashMap<>();
    Map<Long, CellRangeAddress> covered = covered(sheet, mergedWidths);
    List<SheetReader.Row> rows = new ArrayList<>();
    TreeSet<Integer> hiddenRows = new TreeSet<>();
    TreeSet<Integer> filledColumns = new TreeSet<>();
    for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
      List<String> cells = cells(sheet, r, covered, mergedWidths.getOrDefault(r, 0));
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      for (int c = 0; c < cells.size(); c++) {
        if (!cells.get(c).isBlank()) {
          filledColumns.add(c);
        }
      }
      Row row = sheet.getRow(r);
      if (row != null && row.getZeroHeight()) {
        hiddenRows.add(r + 1);
      }
      rows.add(new SheetReader.Row(r + 1, cells));
    }
    if (!hiddenRows.isEmpty()) {
      warnings.add(ReadProblem.warning(WorkbookProblems.HIDDEN_ROWS, at(name, hiddenRows.first(), 0),
          "sheet «" + name + "» hides rows " + list(hiddenRows, Object::toString)
              + " that hold text; they are read as if shown"));
    }
    TreeSet<Integer> hiddenColumns = new TreeSet<>();
    filledColumns.stream().filter(sheet::isColumnHidden).forEach(hiddenColumns::add);
    if (!hiddenColumns.isEmpty()) {
      warnings.add(ReadProblem.warning(WorkbookProblems.HIDDEN_COLUMNS, at(name, 0, 0),
          "sheet «" + name + "» hides columns " + list(hiddenColumns, CellReference::convertNumToColString)
              + " that hold text; they are read as if shown"));
    }
    return new SheetReader.Sheet(name, rows);
  }

  private List<String> cells(Sheet sheet, int r, Map<Long, CellRangeAddress> covered, int mergedWidth) {
    Row row = sheet.getRow(r);
    int width = Math.max(row == null ? 0 : row.getLastCellNum(), mergedWidth);
    if (width > limits.maxColumns()) {
      throw error(WorkbookProblems.TOO_MANY_COLUMNS, sheet.getSheetName(), r + 1, 0, "too many columns: more than "
          + limits.maxColumns() + "; raise the reader's maxColumns limit");
    }
    List<String> cells = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      CellRangeAddress region = covered.get(key(r, c));
      Cell cell = region == null ? (row == null ? null : row.getCell(c))
          : cellAt(sheet, region.getFirstRow(), region.getFirstColumn());
      String t = cell == null ? "" : text.of(cell);
      if (t.length() > limits.maxStringLength()) {
        throw error(WorkbookProblems.CELL_TOO_LONG, sheet.getSheetName(), r + 1, c + 1, "cell too long: more than "
            + limits.maxStringLength() + " characters; raise the reader's maxStringLength limit");
      }
      cells.add(t);
    }
    return cells;
  }

  /**
   * The cells a merged region covers, other than its top-left one, each mapped to its region. Regions are
   * clipped to the rows and columns the reader accepts, so a region spanning a whole sheet stays small;
   * {@code widths} gets, for each row a region crosses, the columns up to the region's last one.
   */
  private Map<Long, CellRangeAddress> covered(Sheet sheet, Map<Integer, Integer> widths) {
    Map<Long, CellRangeAddress> covered = new HashMap<>();
    int lastRow = sheet.getLastRowNum();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), lastRow); r++) {
        widths.merge(r, Math.min(region.getLastColumn(), limits.maxColumns()) + 1, Math::max);
        for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), limits.maxColumns()); c++) {
          if (r != region.getFirstRow() || c != region.getFirstColumn()) {
            covered.put(key(r, c), region);
          }
        }
      }
    }
    return covered;
  }

  private static Cell cellAt(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    return row == null ? null : row.getCell(c);
  }

  private static long key(int row, int column) {
    return (long) row << 32 | column;
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

  private SourceLocation at(String sheet, int row, int column) {
    return SourceLocation.at(source, row, column).withSheet(sheet);
  }

  private ReadException error(String code, String sheet, int row, int column, String message) {
    return new ReadException(ReadProblem.error(code, at(sheet, row, column), message));
  }
}
