package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.sheet.TableDraft.Cell;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the rows below a sheet's header into tables: a filled project code or name that differs from the
 * current table's starts a new table; a row with indicator cells adds an indicator; blank category cells
 * inherit from the row above in the same table.
 */
final class SheetTables {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

  private final SheetPlace place;
  private final SheetHeader header;
  private final List<ReadProblem> warnings;
  private final SourceMap.Builder map;
  private final int firstTable;
  private final List<ProjectTargetTable> tables = new ArrayList<>();
  private TableDraft draft;
  private Cell previousCategory;
  private Cell previousSubcategory;

  SheetTables(SheetHeader header, List<ReadProblem> warnings) {
    this(header, warnings, SourceMap.builder(), 0);
  }

  /**
   * Tables numbered from {@code firstTable} in a source map shared with the sheets before, so that the sheets
   * of one workbook read as one list.
   */
  SheetTables(SheetHeader header, List<ReadProblem> warnings, SourceMap.Builder map, int firstTable) {
    this.place = header.place();
    this.header = header;
    this.warnings = warnings;
    this.map = map;
    this.firstTable = firstTable;
  }

  List<ProjectTargetTable> tables() {
    finish();
    return List.copyOf(tables);
  }

  SourceMap sourceMap() {
    return map.build();
  }

  void accept(CsvRecords.Row row) {
    List<String> cells = row.cells();
    if (cells.stream().allMatch(SheetTables::isBlank)) {
      return;
    }
    for (int i = header.width(); i < cells.size(); i++) {
      if (!isBlank(cells.get(i))) {
        warnings.add(ReadProblem.warning(SheetProblems.CELL_BEYOND_HEADER,
            place.cell(row.number(), i, header.nameOf(i)),
            "cell «" + TableDraft.excerpt(trim(cells.get(i))) + "» has no column header; it is not read"));
      }
    }
    String code = text(cells, SheetColumn.PROJECT_CODE);
    String name = text(cells, SheetColumn.PROJECT_NAME);
    if (draft == null || startsTable(code, SheetColumn.PROJECT_CODE) || startsTable(name, SheetColumn.PROJECT_NAME)) {
      finish();
      draft = new TableDraft(firstTable + tables.size(), place, row.number(), map);
      previousCategory = null;
      previousSubcategory = null;
    }
    draft.extendTo(row.number());
    boolean indicatorRow = false;
    for (SheetColumn column : SheetColumn.values()) {
      int i = header.indexOf(column);
      if (i < 0) {
        continue;
      }
      if (column.isIndicatorCell()) {
        indicatorRow |= i < cells.size() && !isBlank(cells.get(i));
      } else {
        Cell cell = cell(cells, row, i, "tables[" + draft.index() + "]." + column.field());
        draft.set(column, cell, warnings);
      }
    }
    for (Map.Entry<Month, Integer> month : header.months().entrySet()) {
      Cell cell = cell(cells, row, month.getValue(), "tables[" + draft.index() + "].spendingPlan");
      draft.setPlan(month.getKey(), cell, warnings);
    }
    if (indicatorRow) {
      draft.add(indicator(cells, row));
    }
  }

  private boolean startsTable(String value, SheetColumn column) {
    return !value.isEmpty() && !draft.value(column).map(value::equals).orElse(false);
  }

  private Indicator indicator(List<String> cells, CsvRecords.Row row) {
    int j = draft.indicatorCount();
    String path = "tables[" + draft.index() + "].indicators[" + j + "].";
    map.indicator(draft.index(), j, place.rows(row.number(), row.number()));
    Indicator.Builder b = Indicator.builder();
    Cell category = optionalCell(cells, row, SheetColumn.CATEGORY, path);
    Cell subcategory = optionalCell(cells, row, SheetColumn.SUBCATEGORY, path);
    boolean sameCategory = category == null || category.text().isEmpty()
        || previousCategory != null && previousCategory.text().equals(category.text());
    if ((category == null || category.text().isEmpty()) && previousCategory != null) {
      category = new Cell(previousCategory.text(), previousCategory.at().withPath(path + "category"));
    }
    if ((subcategory == null || subcategory.text().isEmpty()) && sameCategory && previousSubcategory != null) {
      subcategory = new Cell(previousSubcategory.text(), previousSubcategory.at().withPath(path + "subcategory"));
    }
    if (category != null) {
      b.categoryLabel(category.text());
      previousCategory = category;
    }
    if (subcategory != null) {
      b.subcategoryLabel(subcategory.text());
      previousSubcategory = subcategory;
    }
    for (SheetColumn column : SheetColumn.values()) {
      if (!column.isIndicatorCell() || column == SheetColumn.CATEGORY || column == SheetColumn.SUBCATEGORY) {
        continue;
      }
      Cell cell = optionalCell(cells, row, column, path);
      if (cell == null) {
        continue;
      }
      map.cell(draft.index(), j, column.field(), cell.at());
      if (!cell.text().isEmpty() || column == SheetColumn.NAME || column == SheetColumn.TARGET) {
        set(b, column, cell);
      }
    }
    if (category != null) {
      map.cell(draft.index(), j, "category", category.at());
    }
    if (subcategory != null) {
      map.cell(draft.index(), j, "subcategory", subcategory.at());
    }
    return b.build();
  }

  private void set(Indicator.Builder b, SheetColumn column, Cell cell) {
    String t = cell.text();
    switch (column) {
      case NAME -> b.name(t);
      case DESCRIPTION -> b.description(t);
      case TARGET -> b.target(TargetValue.parse(t));
      case BASIS -> b.basis(t);
      case UNIT_OF_MEASURE -> b.unitOfMeasure(t);
      case COMPARISON -> b.comparison(Comparison.parse(t).orElseThrow(() -> error(SheetProblems.NOT_A_COMPARISON,
          cell, "expected ≥, ≤, >, <, = or 定性, found «" + TableDraft.excerpt(t) + "»")));
      case DIRECTION -> b.direction(Direction.parse(t).orElseThrow(() -> error(SheetProblems.NOT_A_DIRECTION,
          cell, "expected 正向 or 反向, found «" + TableDraft.excerpt(t) + "»")));
      case WEIGHT -> b.weight(weight(cell));
      default -> throw new IllegalStateException("not an indicator column: " + column);
    }
  }

  private BigDecimal weight(Cell cell) {
    String t = cell.text();
    if (!DECIMAL.matcher(t).matches()) {
      throw error(SheetProblems.NOT_A_NUMBER, cell, "expected a decimal weight such as 10 or 12.5, found «"
          + TableDraft.excerpt(t) + "»");
    }
    return new BigDecimal(t.replace(",", ""));
  }

  private Cell optionalCell(List<String> cells, CsvRecords.Row row, SheetColumn column, String path) {
    int i = header.indexOf(column);
    return i < 0 ? null : cell(cells, row, i, path + column.field());
  }

  private Cell cell(List<String> cells, CsvRecords.Row row, int index, String path) {
    String t = index < cells.size() ? trim(cells.get(index)) : "";
    return new Cell(t, place.cell(row.number(), index, header.nameOf(index)).withPath(path));
  }

  private String text(List<String> cells, SheetColumn column) {
    int i = header.indexOf(column);
    return i < 0 || i >= cells.size() ? "" : trim(cells.get(i));
  }

  private void finish() {
    if (draft != null) {
      tables.add(draft.build());
      draft = null;
    }
  }

  private ReadException error(String code, Cell cell, String message) {
    return new ReadException(ReadProblem.error(code, cell.at(), message));
  }

  private static boolean isBlank(String cell) {
    return trim(cell).isEmpty();
  }

  /** Leading and trailing spaces of every kind go, full-width and no-break ones too; the rest is kept. */
  static String trim(String cell) {
    int start = 0;
    int end = cell.length();
    while (start < end && isSpace(cell.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(cell.charAt(end - 1))) {
      end--;
    }
    return cell.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
