package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.internal.sheet.TableDraft.Cell;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The self-evaluation cells of one table being read (自评表的自评栏): the table's own (the first filled cell of a
 * column counts, a different one further down is reported, as for the target cells) and each indicator row's.
 * The target cells are read by {@link TableDraft}; this joins its table to them. Each cell's place goes into the
 * source map, as {@link TableDraft} records the target cells': a table cell where its value was read, else where
 * its column was first met in the table's rows; an indicator row's cell where it stands, blank or not.
 */
final class EvaluationDraft {
  private final Map<EvaluationColumn, Cell> cells = new EnumMap<>(EvaluationColumn.class);
  private final Map<EvaluationColumn, SourceLocation> columnsSeen = new EnumMap<>(EvaluationColumn.class);
  private final List<Map<EvaluationColumn, Cell>> rows = new ArrayList<>();
  private final Set<SelfEvaluationField> absent;
  private final int index;
  private final SourceMap.Builder map;

  /**
   * {@code absent}: the self-evaluation cells the sheet has no column for; {@code index}: the table's position,
   * under which {@code map} gets the places.
   */
  EvaluationDraft(Set<SelfEvaluationField> absent, int index, SourceMap.Builder map) {
    this.absent = absent;
    this.index = index;
    this.map = map;
  }

  /** Takes a table cell: the first given one counts, a different one later is a warning. */
  void set(EvaluationColumn column, Cell cell, List<ReadProblem> warnings) {
    columnsSeen.putIfAbsent(column, cell.at());
    if (!cell.given()) {
      return;
    }
    Cell kept = cells.putIfAbsent(column, cell);
    if (kept != null && !kept.text().equals(cell.text())) {
      warnings.add(ReadProblem.warning(SheetProblems.CONFLICTING_CELL, cell.at(),
          "«" + TableDraft.excerpt(cell.text()) + "» differs from «" + TableDraft.excerpt(kept.text())
              + "» given for this table on row " + kept.at().line().orElse(0) + "; the first value is kept"));
    }
  }

  /** The self-evaluation cells of the next indicator row, by column; a blank cell is left out. */
  void addRow(Map<EvaluationColumn, Cell> row) {
    Map<EvaluationColumn, Cell> given = new EnumMap<>(EvaluationColumn.class);
    int j = rows.size();
    row.forEach((column, cell) -> {
      map.cell(index, j, column.field(), cell.at());
      if (cell.given()) {
        given.put(column, cell);
      }
    });
    rows.add(given);
  }

  /**
   * The self-evaluation table of {@code target}, the table read from the same rows: its project, year, unit,
   * goals and indicators, with the cells read here beside them, each as written.
   */
  SelfEvaluationTable build(ProjectTargetTable target) {
    columnsSeen.forEach((column, seen) -> {
      Cell kept = cells.get(column);
      map.cell(index, column.field(), kept != null ? kept.at() : seen);
    });
    SelfEvaluationTable.Builder b = SelfEvaluationTable.forTarget(target);
    b.indicators(List.of());
    for (int j = 0; j < target.indicators().size(); j++) {
      Indicator indicator = target.indicators().get(j);
      Map<EvaluationColumn, Cell> row = j < rows.size() ? rows.get(j) : Map.of();
      EvaluatedIndicator.Builder e = EvaluatedIndicator.builder().indicator(indicator);
      text(row, EvaluationColumn.ACTUAL).ifPresent(e::actual);
      text(row, EvaluationColumn.SCORE).ifPresent(e::scoreText);
      text(row, EvaluationColumn.DEVIATION).ifPresent(e::deviation);
      b.addIndicator(e.build());
    }
    AmountUnit unit = target.amountUnit();
    b.budgetExecution(BudgetExecution.builder()
        .initialBudgetCell(amount(EvaluationColumn.INITIAL_BUDGET, unit))
        .annualBudgetCell(amount(EvaluationColumn.ANNUAL_BUDGET, unit))
        .annualSpendingCell(amount(EvaluationColumn.ANNUAL_SPENDING, unit))
        .executionRateText(text(cells, EvaluationColumn.EXECUTION_RATE))
        .weightText(text(cells, EvaluationColumn.EXECUTION_WEIGHT))
        .scoreText(text(cells, EvaluationColumn.EXECUTION_SCORE))
        .build());
    text(cells, EvaluationColumn.OUTCOME).ifPresent(b::outcome);
    text(cells, EvaluationColumn.TOTAL_SCORE).ifPresent(b::totalScoreText);
    text(cells, EvaluationColumn.GRADE).ifPresent(b::gradeText);
    b.absentCells(target.absentCells());
    b.absentEvaluationCells(absent);
    return b.build();
  }

  private Optional<WrittenAmount> amount(EvaluationColumn column, AmountUnit unit) {
    return text(cells, column).map(t -> WrittenAmount.parse(t, unit));
  }

  private static Optional<String> text(Map<EvaluationColumn, Cell> cells, EvaluationColumn column) {
    return Optional.ofNullable(cells.get(column)).map(Cell::text);
  }
}
