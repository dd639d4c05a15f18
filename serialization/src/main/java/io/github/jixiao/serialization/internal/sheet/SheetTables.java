package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.internal.sheet.TableDraft.Cell;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rows below a sheet's header into tables: a filled project code or name that differs from the
 * current table's starts a new table; a row with indicator cells adds an indicator; blank category cells
 * inherit from the row above in the same table. Each table starts with the cells given above the header;
 * notes rows and filled cells without a header are reported, not read. Under a header with self-evaluation
 * columns the same rows also give each table's {@link EvaluationDraft self-evaluation cells}, and under a header
 * with monitoring columns its {@link MonitoringDraft monitoring cells}.
 */
public final class SheetTables {
  private final SheetPlace place;
  private final SheetHeader header;
  private final List<ReadProblem> warnings;
  private final SourceMap.Builder map;
  private final int firstTable;
  private final Set<TableField> absent;
  private final Map<SheetColumn, SheetPreamble.Preset> presets;
  private final SheetNotes notes;
  private final HeaderlessCells headerless;
  private final List<ProjectTargetTable> tables = new ArrayList<>();
  private final Set<SelfEvaluationField> absentEvaluation;
  private final List<EvaluationColumn> evaluationColumns;
  private final List<EvaluationDraft> evaluations = new ArrayList<>();
  private TableDraft draft;
  private EvaluationDraft evaluation;
  private final Set<MonitoringField> absentMonitoring;
  private final List<MonitoringColumn> monitoringColumns;
  private final List<MonitoringDraft> monitorings = new ArrayList<>();
  private MonitoringDraft monitoring;
  private Cell previousCategory;
  private Cell previousSubcategory;
  /** The current table's rows read, and whether its last indicator row has neither name nor target. */
  private int draftRows;
  private boolean openIndicator;
  private int lastRow;

  public SheetTables(SheetLayout layout, List<ReadProblem> warnings) {
    this(layout, warnings, SourceMap.builder(), 0);
  }

  /**
   * Tables numbered from {@code firstTable} in a source map shared with the sheets before, so that the sheets
   * of one workbook read as one list.
   */
  public SheetTables(SheetLayout layout, List<ReadProblem> warnings, SourceMap.Builder map, int firstTable) {
    this.header = layout.header();
    this.place = header.place();
    this.presets = layout.presets();
    this.warnings = warnings;
    this.map = map;
    this.firstTable = firstTable;
    this.absent = absentCells(header, presets.keySet());
    this.evaluationColumns = Arrays.stream(EvaluationColumn.values()).filter(c -> header.indexOf(c) >= 0).toList();
    Set<SelfEvaluationField> missing = EnumSet.allOf(SelfEvaluationField.class);
    evaluationColumns.forEach(c -> missing.remove(c.field()));
    this.absentEvaluation = Collections.unmodifiableSet(missing);
    this.monitoringColumns = Arrays.stream(MonitoringColumn.values()).filter(c -> header.indexOf(c) >= 0).toList();
    this.absentMonitoring = absentMonitoringCells(monitoringColumns);
    this.notes = new SheetNotes(place, warnings);
    this.headerless = new HeaderlessCells(place, warnings);
  }

  /**
   * The cells the sheet has no column for; a unit code is not absent where the unit's column may carry it
   * ({@code 712001中国共产主义青年团魏县委员会本级}), nor is a cell given above the header ({@code 填报单位：…}).
   */
  private static Set<TableField> absentCells(SheetHeader header, Set<SheetColumn> presets) {
    Set<TableField> absent = EnumSet.noneOf(TableField.class);
    for (SheetColumn column : SheetColumn.values()) {
      if (header.indexOf(column) < 0 && !presets.contains(column)) {
        absent.add(column.field());
      }
    }
    if (header.indexOf(SheetColumn.UNIT_NAME) >= 0) {
      absent.remove(TableField.UNIT_CODE);
    }
    if (header.months().isEmpty()) {
      absent.add(TableField.SPENDING_PLAN);
    }
    return Collections.unmodifiableSet(absent);
  }

  /**
   * The tables read; the last one is marked incomplete, with a warning naming the row, when the sheet ends
   * where a table cannot: after table rows with no indicator row under a header that has indicator columns,
   * or in an indicator row with neither 三级指标 nor 指标值.
   */
  public List<ProjectTargetTable> tables() {
    notes.finish();
    if (draft == null) {
      return List.copyOf(tables);
    }
    int rows = draftRows;
    boolean open = openIndicator;
    boolean noIndicator = draft.indicatorCount() == 0;
    finish();
    if (header.hasIndicatorColumns() && (open || noIndicator && rows > 1)) {
      int last = tables.size() - 1;
      String where = open
          ? "inside its indicator row " + tables.get(last).indicators().size() + ", which has neither "
              + SheetColumn.NAME.header() + " nor " + SheetColumn.TARGET.header()
          : "after " + rows + " rows of its table cells and before any indicator row";
      warnings.add(ReadProblem.warning(SheetProblems.CUT_OFF, place.row(lastRow), "the sheet ends at row "
          + lastRow + " in table " + (firstTable + last + 1) + ", " + where
          + ": the table is kept and marked incomplete"));
      tables.set(last, tables.get(last).withComplete(false));
    }
    return List.copyOf(tables);
  }

  /**
   * The tables read as self-evaluation tables (绩效自评表), in the order and with the cut-off marks of
   * {@link #tables()}: each with its target cells and the self-evaluation cells of the same rows, the columns the
   * sheet lacks in {@link SelfEvaluationTable#absentEvaluationCells()}.
   */
  public List<SelfEvaluationTable> selfEvaluationTables() {
    List<ProjectTargetTable> read = tables();
    List<SelfEvaluationTable> out = new ArrayList<>(read.size());
    for (int i = 0; i < read.size(); i++) {
      out.add(evaluations.get(i).build(read.get(i)));
    }
    return List.copyOf(out);
  }

  /**
   * The tables read as monitoring tables (运行监控表), in the order and with the cut-off marks of {@link #tables()}:
   * each with its target cells and the monitoring cells of the same rows, the columns the sheet lacks in
   * {@link MonitoringTable#absentMonitoringCells()}.
   */
  public List<MonitoringTable> monitoringTables() {
    List<ProjectTargetTable> read = tables();
    List<MonitoringTable> out = new ArrayList<>(read.size());
    for (int i = 0; i < read.size(); i++) {
      out.add(monitorings.get(i).build(read.get(i)));
    }
    return List.copyOf(out);
  }

  private static Set<MonitoringField> absentMonitoringCells(List<MonitoringColumn> present) {
    Set<MonitoringField> missing = EnumSet.allOf(MonitoringField.class);
    present.forEach(c -> missing.remove(c.field()));
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Reads the row's monitoring cells into the current table: its table cells at once, its indicator cells
   * returned for the row's indicator, if it is one.
   */
  private Map<MonitoringColumn, Cell> acceptMonitoring(List<String> cells, CsvRecords.Row row) {
    Map<MonitoringColumn, Cell> indicatorCells = new EnumMap<>(MonitoringColumn.class);
    String table = "tables[" + draft.index() + "].";
    for (MonitoringColumn column : monitoringColumns) {
      String path = column.isIndicatorCell()
          ? table + "indicators[" + draft.indicatorCount() + "]." + column.field().wireName()
          : table + column.field().wireName();
      Cell cell = cell(cells, row, header.indexOf(column), null).withPath(path);
      if (column.isIndicatorCell()) {
        indicatorCells.put(column, cell);
      } else {
        monitoring.set(column, cell, warnings);
      }
    }
    return indicatorCells;
  }

  /** The last row read as cells of a table (not a note, not blank); 0 before any. */
  public int lastRow() {
    return lastRow;
  }

  public SourceMap sourceMap() {
    return map.build();
  }

  public void accept(CsvRecords.Row row) {
    List<String> cells = row.cells();
    if (cells.stream().allMatch(SheetTables::isBlank) || notes.isNote(row)) {
      return;
    }
    for (int i = 0; i < cells.size(); i++) {
      if (!header.hasHeader(i) && !isBlank(cells.get(i))) {
        headerless.add(row.number(), i, trim(cells.get(i)));
      }
    }
    if (draft == null || startsTable(cells, row, SheetColumn.PROJECT_CODE)
        || startsTable(cells, row, SheetColumn.PROJECT_NAME)) {
      finish();
      draft = new TableDraft(firstTable + tables.size(), place, row.number(), map, absent);
      evaluation = new EvaluationDraft(absentEvaluation, draft.index(), map);
      previousCategory = null;
      previousSubcategory = null;
      draftRows = 0;
      monitoring = new MonitoringDraft(draft.index(), map, absentMonitoring);
      for (SheetPreamble.Preset preset : presets.values()) {
        CellAddress address = CellAddress.of(draft.index(), preset.column().field());
        draft.set(preset.column(), new Cell(preset.text(), preset.at().withPath(address), false),
            warnings);
      }
    }
    draft.extendTo(row.number());
    draftRows++;
    lastRow = row.number();
    openIndicator = false;
    boolean indicatorRow = false;
    for (SheetColumn column : SheetColumn.values()) {
      int i = header.indexOf(column);
      if (i < 0) {
        continue;
      }
      if (column.isIndicatorCell()) {
        indicatorRow |= i < cells.size() && !isBlank(cells.get(i));
      } else {
        Cell cell = cell(cells, row, i, CellAddress.of(draft.index(), column.field()));
        draft.set(column, cell, warnings);
      }
    }
    Map<EvaluationColumn, Cell> evaluated = new EnumMap<>(EvaluationColumn.class);
    for (EvaluationColumn column : evaluationColumns) {
      int i = header.indexOf(column);
      Cell cell = cell(cells, row, i, null).withPath(evaluationPath(column));
      if (column.isIndicatorCell()) {
        indicatorRow |= cell.given();
        evaluated.put(column, cell);
      } else {
        evaluation.set(column, cell, warnings);
      }
    }
    Map<MonitoringColumn, Cell> monitored = acceptMonitoring(cells, row);
    indicatorRow |= monitored.values().stream().anyMatch(Cell::given);
    for (Map.Entry<Month, Integer> month : header.months().entrySet()) {
      Cell cell = cell(cells, row, month.getValue(), CellAddress.of(draft.index(), TableField.SPENDING_PLAN));
      draft.setPlan(month.getKey(), cell, warnings);
    }
    if (indicatorRow) {
      openIndicator = isOpen(cells, row);
      draft.add(indicator(cells, row));
      if (!evaluationColumns.isEmpty()) {
        evaluation.addRow(evaluated);
      }
      if (!monitoringColumns.isEmpty()) {
        monitoring.addRow(monitored);
      }
    }
  }

  /**
   * The path of a self-evaluation cell of the current table, or of its next indicator row, in the wire names of
   * the formats ({@code tables[1].indicators[4].actual}): a {@link CellAddress} names target cells only.
   */
  private String evaluationPath(EvaluationColumn column) {
    String table = "tables[" + draft.index() + "].";
    return column.isIndicatorCell()
        ? table + "indicators[" + draft.indicatorCount() + "]." + column.field().wireName()
        : table + column.field().wireName();
  }

  /** Whether the row's cell of {@code column} is given and differs from the current table's (absent included). */
  private boolean startsTable(List<String> cells, CsvRecords.Row row, SheetColumn column) {
    int i = header.indexOf(column);
    if (i < 0) {
      return false;
    }
    Cell cell = cell(cells, row, i, CellAddress.of(draft.index(), column.field()));
    return cell.given() && !draft.value(column).map(cell.text()::equals).orElse(false);
  }

  /**
   * Whether the indicator row was begun and not finished: some indicator cell holds text, and neither its name
   * nor its target is given (a row of empty texts given on purpose, as the writer writes them, is finished).
   */
  private boolean isOpen(List<String> cells, CsvRecords.Row row) {
    int j = draft.indicatorCount();
    Cell name = optionalCell(cells, row, SheetColumn.NAME, j);
    Cell target = optionalCell(cells, row, SheetColumn.TARGET, j);
    if (name == null && target == null || name != null && name.given() || target != null && target.given()) {
      return false;
    }
    for (SheetColumn column : SheetColumn.values()) {
      Cell cell = column.isIndicatorCell() ? optionalCell(cells, row, column, j) : null;
      if (cell != null && !cell.text().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private Indicator indicator(List<String> cells, CsvRecords.Row row) {
    int j = draft.indicatorCount();
    map.indicator(draft.index(), j, place.rows(row.number(), row.number()));
    Indicator.Builder b = Indicator.builder();
    CellAddress categoryCell = CellAddress.of(draft.index(), j, TableField.CATEGORY);
    CellAddress subcategoryCell = CellAddress.of(draft.index(), j, TableField.SUBCATEGORY);
    Cell category = optionalCell(cells, row, SheetColumn.CATEGORY, j);
    Cell subcategory = optionalCell(cells, row, SheetColumn.SUBCATEGORY, j);
    // Only a blank cell inherits: an empty text given on purpose (a lone mark) stays empty.
    boolean sameCategory = category == null || !category.given()
        || previousCategory != null && previousCategory.text().equals(category.text());
    if ((category == null || !category.given()) && previousCategory != null) {
      category = new Cell(previousCategory.text(), previousCategory.at().withPath(categoryCell), false);
    }
    if ((subcategory == null || !subcategory.given()) && sameCategory && previousSubcategory != null) {
      subcategory = new Cell(previousSubcategory.text(),
          previousSubcategory.at().withPath(subcategoryCell), false);
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
      Cell cell = optionalCell(cells, row, column, j);
      if (cell == null) {
        continue;
      }
      map.cell(CellAddress.of(draft.index(), j, column.field()), cell.at());
      if (!cell.text().isEmpty() || column == SheetColumn.NAME || column == SheetColumn.TARGET
          || cell.marked() && (column == SheetColumn.DESCRIPTION || column == SheetColumn.BASIS
              || column == SheetColumn.UNIT_OF_MEASURE)) {
        set(b, column, cell);
      }
    }
    if (category != null) {
      map.cell(categoryCell, category.at());
    }
    if (subcategory != null) {
      map.cell(subcategoryCell, subcategory.at());
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
      // Kept as written, 正向 under 指标性质 included: the validator reports what the cell does not name.
      case COMPARISON -> b.comparisonText(t);
      case DIRECTION -> b.directionText(t);
      case WEIGHT -> b.weightText(t);
      default -> throw new IllegalStateException("not an indicator column: " + column);
    }
  }

  /** The cell of indicator row {@code j} in {@code column}; null when the sheet has no such column. */
  private Cell optionalCell(List<String> cells, CsvRecords.Row row, SheetColumn column, int j) {
    int i = header.indexOf(column);
    return i < 0 ? null : cell(cells, row, i, CellAddress.of(draft.index(), j, column.field()));
  }

  /** The cell trimmed, or, after a {@link TextMark}, exactly as written after it. */
  private Cell cell(List<String> cells, CsvRecords.Row row, int index, CellAddress address) {
    String raw = index < cells.size() ? cells.get(index) : "";
    String t = trim(raw);
    boolean marked = !t.isEmpty() && t.charAt(0) == TextMark.MARK;
    String text = marked ? raw.substring(raw.indexOf(TextMark.MARK) + 1) : t;
    SourceLocation at = place.cell(row.number(), index, header.nameOf(index));
    return new Cell(text, address == null ? at : at.withPath(address), marked);
  }

  private void finish() {
    if (draft != null) {
      tables.add(draft.build(warnings));
      evaluations.add(evaluation);
      monitorings.add(monitoring);
      draft = null;
      evaluation = null;
      monitoring = null;
    }
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

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
