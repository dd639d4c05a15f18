package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.internal.sheet.TableDraft.Cell;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monitoring cells of one table being read (监控表的监控栏): the table's own — the first filled cell of a
 * column counts, a different one further down is reported, as for the target cells — and each indicator row's,
 * each placed in the source map. The target cells are read by {@link TableDraft}; this joins its table to them.
 */
final class MonitoringDraft {
  private final int table;
  private final SourceMap.Builder map;
  private final Set<MonitoringField> absent;
  private final Map<MonitoringColumn, Cell> cells = new EnumMap<>(MonitoringColumn.class);
  private final List<Map<MonitoringColumn, Cell>> rows = new ArrayList<>();

  /** {@code absent}: the monitoring cells the sheet has no column for. */
  MonitoringDraft(int table, SourceMap.Builder map, Set<MonitoringField> absent) {
    this.table = table;
    this.map = map;
    this.absent = absent;
  }

  /** Takes a table cell: the first given one counts and is placed, a different one later is a warning. */
  void set(MonitoringColumn column, Cell cell, List<ReadProblem> warnings) {
    if (!cell.given()) {
      return;
    }
    Cell kept = cells.putIfAbsent(column, cell);
    if (kept == null) {
      map.cell(table, column.field(), cell.at());
    } else if (!kept.text().equals(cell.text())) {
      warnings.add(ReadProblem.warning(SheetProblems.CONFLICTING_CELL, cell.at(),
          "«" + TableDraft.excerpt(cell.text()) + "» differs from «" + TableDraft.excerpt(kept.text())
              + "» given for this table on row " + kept.at().line().orElse(0) + "; the first value is kept"));
    }
  }

  /**
   * The monitoring cells of the next indicator row, by column, each placed; a blank cell is placed but left
   * out of the row, so that it reads as an empty value.
   */
  void addRow(Map<MonitoringColumn, Cell> row) {
    int indicator = rows.size();
    Map<MonitoringColumn, Cell> given = new EnumMap<>(MonitoringColumn.class);
    row.forEach((column, cell) -> {
      map.cell(table, indicator, column.field(), cell.at());
      if (cell.given()) {
        given.put(column, cell);
      }
    });
    rows.add(given);
  }

  /**
   * The monitoring table of {@code target}, the table read from the same rows: its project, year, unit, goals and
   * indicators, with the cells read here beside them, each as written.
   */
  MonitoringTable build(ProjectTargetTable target) {
    MonitoringTable.Builder b = MonitoringTable.forTarget(target);
    b.indicators(List.of());
    for (int j = 0; j < target.indicators().size(); j++) {
      Map<MonitoringColumn, Cell> row = j < rows.size() ? rows.get(j) : Map.of();
      MonitoredIndicator.Builder m = MonitoredIndicator.builder().indicator(target.indicators().get(j));
      text(row, MonitoringColumn.PROGRESS).ifPresent(m::progress);
      text(row, MonitoringColumn.EXPECTED).ifPresent(m::expected);
      text(row, MonitoringColumn.DEVIATION).ifPresent(m::deviation);
      text(row, MonitoringColumn.CORRECTION).ifPresent(m::correction);
      b.addIndicators(m.build());
    }
    AmountUnit unit = target.amountUnit();
    text(cells, MonitoringColumn.PERIOD).ifPresent(b::periodText);
    b.initialBudgetCell(amount(MonitoringColumn.INITIAL_BUDGET, unit));
    b.annualBudgetCell(amount(MonitoringColumn.ANNUAL_BUDGET, unit));
    b.spendingToDateCell(amount(MonitoringColumn.SPENDING_TO_DATE, unit));
    b.executionRateText(text(cells, MonitoringColumn.EXECUTION_RATE));
    b.expectedSpendingCell(amount(MonitoringColumn.EXPECTED_SPENDING, unit));
    b.absentCells(target.absentCells());
    b.absentMonitoringCells(absent);
    return b.build();
  }

  private Optional<WrittenAmount> amount(MonitoringColumn column, AmountUnit unit) {
    return text(cells, column).map(t -> WrittenAmount.parse(t, unit));
  }

  private static Optional<String> text(Map<MonitoringColumn, Cell> cells, MonitoringColumn column) {
    return Optional.ofNullable(cells.get(column)).map(Cell::text);
  }
}
