package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table being read from consecutive rows of a sheet: its table cells (the first filled cell of a column
 * counts; a different value further down is reported), and its indicators as they come.
 */
final class TableDraft {
  /**
   * A cell's text and where it was: trimmed, or, when {@code marked} (written after a {@link TextMark}),
   * exactly as written after the mark.
   */
  record Cell(String text, SourceLocation at, boolean marked) {
    /** Whether the cell says something: it has text, or it is an empty text marked as given. */
    boolean given() {
      return marked || !text.isEmpty();
    }

    /** The same cell, located by {@code path} ({@code tables[0].indicators[2].actual}). */
    Cell withPath(String path) {
      return new Cell(text, at.withPath(path), marked);
    }
  }

  /** Columns whose value is text, where an empty text given ({@code '}) differs from a blank cell. */
  private static final Set<SheetColumn> TEXT_COLUMNS = EnumSet.of(SheetColumn.UNIT_CODE, SheetColumn.UNIT_NAME,
      SheetColumn.PROJECT_CODE, SheetColumn.PROJECT_NAME, SheetColumn.FUND_USE, SheetColumn.GOALS);

  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?(?:度)?");

  private final int index;
  private final SheetPlace place;
  private final int firstRow;
  private int lastRow;
  private final Map<SheetColumn, Cell> cells = new EnumMap<>(SheetColumn.class);
  private final Map<SheetColumn, SourceLocation> columnsSeen = new EnumMap<>(SheetColumn.class);
  private final Map<Month, Cell> plan = new TreeMap<>();
  private SourceLocation planSeen;
  private final List<Indicator> indicators = new ArrayList<>();
  private final SourceMap.Builder map;
  private final Set<TableField> absent;

  /** {@code absent}: the cells the sheet has no column for. */
  TableDraft(int index, SheetPlace place, int firstRow, SourceMap.Builder map, Set<TableField> absent) {
    this.absent = absent;
    this.index = index;
    this.place = place;
    this.firstRow = firstRow;
    this.lastRow = firstRow;
    this.map = map;
  }

  int index() {
    return index;
  }

  int indicatorCount() {
    return indicators.size();
  }

  Optional<String> value(SheetColumn column) {
    return Optional.ofNullable(cells.get(column)).map(Cell::text);
  }

  void extendTo(int row) {
    lastRow = row;
  }

  /** Takes a table cell: the first filled one counts, a different one later is a warning. */
  void set(SheetColumn column, Cell cell, List<ReadProblem> warnings) {
    columnsSeen.putIfAbsent(column, cell.at());
    if (cell.text().isEmpty() && !(cell.marked() && TEXT_COLUMNS.contains(column))) {
      return;
    }
    Cell kept = cells.putIfAbsent(column, cell);
    if (kept != null && !kept.text().equals(cell.text())) {
      warnings.add(ReadProblem.warning(SheetProblems.CONFLICTING_CELL, cell.at(),
          "«" + excerpt(cell.text()) + "» differs from «" + excerpt(kept.text()) + "» given for this table on row "
              + kept.at().line().orElse(0) + "; the first value is kept"));
    }
  }

  void setPlan(Month month, Cell cell, List<ReadProblem> warnings) {
    if (planSeen == null) {
      planSeen = cell.at();
    }
    if (!cell.given()) {
      plan.putIfAbsent(month, cell);
      return;
    }
    Cell kept = plan.get(month);
    if (kept == null || !kept.given()) {
      plan.put(month, cell);
    } else if (!kept.text().equals(cell.text())) {
      warnings.add(ReadProblem.warning(SheetProblems.CONFLICTING_CELL, cell.at(),
          "«" + excerpt(cell.text()) + "» differs from «" + excerpt(kept.text()) + "» given for this table on row "
              + kept.at().line().orElse(0) + "; the first value is kept"));
    }
  }

  void add(Indicator indicator) {
    indicators.add(indicator);
  }

  /**
   * The table, every cell parsed; records where each table cell was in the source map. A money unit that names
   * no unit is a guess (the amounts are read in 万元), reported in {@code warnings}.
   */
  ProjectTargetTable build(List<ReadProblem> warnings) {
    map.table(index, place.rows(firstRow, lastRow));
    ProjectTargetTable.Builder b = ProjectTargetTable.builder();
    b.absentCells(absent);
    // A cell that names no unit or no year is kept as written for the validator; the amounts are then read in
    // the default unit.
    AmountUnit unit = AmountUnit.WAN_YUAN;
    Cell unitCell = cells.get(SheetColumn.AMOUNT_UNIT);
    if (unitCell != null) {
      Optional<AmountUnit> named = AmountUnit.parse(unitCell.text());
      if (named.isPresent()) {
        unit = named.get();
      } else {
        b.amountUnitText(unitCell.text());
        warnings.add(ReadProblem.warning(SheetProblems.NOT_AN_AMOUNT_UNIT, unitCell.at(), "«"
            + excerpt(unitCell.text()) + "» is none of 元, 万元 and 亿元; the amounts are read in 万元 and the cell is"
            + " kept as written"));
      }
    }
    b.amountUnit(unit);
    Cell year = cells.get(SheetColumn.FISCAL_YEAR);
    if (year != null) {
      Matcher m = YEAR.matcher(year.text());
      if (m.matches()) {
        b.fiscalYear(Year.of(Integer.parseInt(m.group(1))));
      } else {
        b.fiscalYearText(year.text());
      }
    }
    for (Map.Entry<SheetColumn, SourceLocation> seen : columnsSeen.entrySet()) {
      Cell filled = cells.get(seen.getKey());
      map.cell(CellAddress.of(index, seen.getKey().field()), filled != null ? filled.at() : seen.getValue());
    }
    unit(b);
    value(SheetColumn.PROJECT_CODE).ifPresent(b::projectCode);
    value(SheetColumn.PROJECT_NAME).ifPresent(b::projectName);
    b.budget(Budget.builder()
        .totalCell(amount(SheetColumn.BUDGET, unit))
        .fiscalFundsCell(amount(SheetColumn.FISCAL_FUNDS, unit))
        .otherFundsCell(amount(SheetColumn.OTHER_FUNDS, unit))
        .build());
    value(SheetColumn.FUND_USE).ifPresent(b::fundUse);
    b.spendingPlan(plan());
    Cell goals = cells.get(SheetColumn.GOALS);
    if (goals != null) {
      b.addAllGoals(NumberedStatements.of(goals.text(), goals.marked()));
    }
    b.addAllIndicators(indicators);
    return b.build();
  }

  private void unit(ProjectTargetTable.Builder b) {
    Optional<String> code = value(SheetColumn.UNIT_CODE);
    Optional<String> name = value(SheetColumn.UNIT_NAME);
    if (code.isEmpty() && name.isEmpty()) {
      return;
    }
    if (name.isEmpty()) {
      b.unit(BudgetUnit.of(code.get(), ""));
      return;
    }
    if (cells.get(SheetColumn.UNIT_NAME).marked()) {
      b.unit(code.map(c -> BudgetUnit.of(c, name.get())).orElseGet(() -> BudgetUnit.ofName(name.get())));
      return;
    }
    BudgetUnit split = BudgetUnit.parse(name.get());
    if (code.isEmpty()) {
      b.unit(split);
      if (split.code().isPresent()) {
        CellAddress unitCode = CellAddress.of(index, TableField.UNIT_CODE);
        map.cell(unitCode, cells.get(SheetColumn.UNIT_NAME).at().withPath(unitCode));
      }
    } else if (split.code().equals(code)) {
      b.unit(split);
    } else {
      b.unit(BudgetUnit.of(code.get(), name.get()));
    }
  }

  private Optional<WrittenAmount> amount(SheetColumn column, AmountUnit unit) {
    return Optional.ofNullable(cells.get(column)).map(cell -> WrittenAmount.parse(cell.text(), unit));
  }

  private SpendingPlan plan() {
    if (plan.values().stream().noneMatch(Cell::given)) {
      if (planSeen != null) {
        map.cell(CellAddress.of(index, TableField.SPENDING_PLAN), planSeen);
      }
      return SpendingPlan.empty();
    }
    SpendingPlan.Builder b = SpendingPlan.builder();
    SourceLocation first = null;
    for (Map.Entry<Month, Cell> e : plan.entrySet()) {
      Cell cell = e.getValue();
      Checkpoint checkpoint = Checkpoint.parse(e.getKey(), cell.text());
      b.addCheckpoint(checkpoint);
      map.cell(CellAddress.of(index, TableField.SPENDING_PLAN).withDetail(checkpoint.label()), cell.at());
      if (first == null && cell.given()) {
        first = cell.at();
      }
    }
    map.cell(CellAddress.of(index, TableField.SPENDING_PLAN), first);
    return b.build();
  }

  static String excerpt(String text) {
    String s = text.replace('\n', ' ').replace('\r', ' ');
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
