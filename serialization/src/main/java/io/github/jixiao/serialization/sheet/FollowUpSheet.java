package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.internal.sheet.TextMark;
import io.github.jixiao.serialization.internal.sheet.WrittenCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The row layout of a follow-up sheet (自评表, 监控表) as the writers lay it out: the indicator sheet's table and
 * indicator columns, the cells the follow-up table adds to the table on its first row, and those it adds to each
 * indicator row after the indicator's. A column is left out where every table lacks its cell (absent, not blank)
 * and none fills it, so that absent cells read back absent; those that start tables or rows are always written.
 * Shared by {@link SelfEvaluationSheetWriter} and {@link MonitoringSheetWriter}, which name their own cells.
 *
 * @param <T> the follow-up table
 */
final class FollowUpSheet<T> {
  private static final List<TableField> TABLE_TARGET = List.of(TableField.UNIT_CODE, TableField.UNIT_NAME,
      TableField.FISCAL_YEAR, TableField.PROJECT_CODE, TableField.PROJECT_NAME, TableField.AMOUNT_UNIT,
      TableField.GOALS);
  private static final List<TableField> ROW_TARGET = List.of(TableField.CATEGORY, TableField.SUBCATEGORY,
      TableField.NAME, TableField.DESCRIPTION, TableField.TARGET, TableField.BASIS, TableField.COMPARISON,
      TableField.UNIT_OF_MEASURE, TableField.DIRECTION, TableField.WEIGHT);
  private static final List<TableField> ALWAYS = List.of(TableField.PROJECT_CODE, TableField.PROJECT_NAME,
      TableField.AMOUNT_UNIT, TableField.NAME, TableField.TARGET);
  private static final List<TableField> SPLIT = List.of(TableField.COMPARISON, TableField.UNIT_OF_MEASURE,
      TableField.DIRECTION);

  /**
   * A cell the follow-up table adds: its header, whether a table lacks it, whether a table has something to
   * write in it (absent or not), and its text in table {@code t} under {@code path} (the table's path for a table
   * cell, the indicator row's for a row cell).
   */
  record Cell<T>(String header, Predicate<T> absent, Predicate<T> fills, RowText<T> text) {}

  /** The text of a cell of table {@code t}, indicator row {@code row} (0 for a table cell), under {@code path}. */
  @FunctionalInterface
  interface RowText<T> {
    String of(T t, int row, String path);
  }

  private final Function<T, ProjectTargetTable> target;
  private final String weightHeader;
  private final List<Cell<T>> tableCells;
  private final List<Cell<T>> rowCells;

  /**
   * @param target the table's target cells as a target table, its absent target cells included
   * @param weightHeader the header of the indicator weight column (分值 on a self-evaluation form)
   */
  FollowUpSheet(Function<T, ProjectTargetTable> target, String weightHeader, List<Cell<T>> tableCells,
      List<Cell<T>> rowCells) {
    this.target = target;
    this.weightHeader = weightHeader;
    this.tableCells = List.copyOf(tableCells);
    this.rowCells = List.copyOf(rowCells);
  }

  /** A cell of the table, written on its first row. */
  static <T> Cell<T> tableCell(String header, Predicate<T> absent, Predicate<T> fills,
      BiFunction<T, String, String> text) {
    return new Cell<>(header, absent, fills, (t, row, path) -> text.apply(t, path));
  }

  /**
   * The header row, then per table one row per indicator (one row for a table without indicators).
   *
   * @throws io.github.jixiao.serialization.WriteException naming the path of a value no sheet cell can carry
   */
  List<List<String>> rows(List<T> tables) {
    List<ProjectTargetTable> targets = tables.stream().map(target).toList();
    boolean split = targets.stream().flatMap(t -> t.indicators().stream()).anyMatch(SheetWriter::hasSplitCells);
    List<Column> columns = columns(tables, targets, split);
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns.stream().map(Column::header).toList());
    for (int i = 0; i < tables.size(); i++) {
      String path = "tables[" + i + "]";
      if (i > 0) {
        SheetWriter.startsTable(targets.get(i - 1), targets.get(i), path);
      }
      T table = tables.get(i);
      List<String> own = tableCells(table, targets.get(i), path);
      int n = targets.get(i).indicators().size();
      for (int j = 0; j < Math.max(1, n); j++) {
        List<String> full = new ArrayList<>(j == 0 ? own : SheetWriter.blanks(own.size()));
        full.addAll(n == 0 ? SheetWriter.blanks(ROW_TARGET.size() + rowCells.size())
            : indicatorCells(table, targets.get(i).indicators().get(j), j, split, path + ".indicators[" + j + "]"));
        List<String> row = new ArrayList<>(columns.size());
        columns.forEach(c -> row.add(full.get(c.index())));
        rows.add(List.copyOf(row));
      }
    }
    return List.copyOf(rows);
  }

  /** The columns written, in order, each with its index among a row's full cells. */
  private List<Column> columns(List<T> tables, List<ProjectTargetTable> targets, boolean split) {
    List<Column> all = new ArrayList<>();
    int k = 0;
    for (TableField f : TABLE_TARGET) {
      add(all, f.term(), k++, f, targets);
    }
    for (Cell<T> c : tableCells) {
      add(all, c, k++, tables);
    }
    for (TableField f : ROW_TARGET) {
      if (split || !SPLIT.contains(f)) {
        add(all, f == TableField.WEIGHT ? weightHeader : f.term(), k, f, targets);
      }
      k++;
    }
    for (Cell<T> c : rowCells) {
      add(all, c, k++, tables);
    }
    return all;
  }

  private static void add(List<Column> all, String header, int index, TableField f,
      List<ProjectTargetTable> targets) {
    if (ALWAYS.contains(f) || targets.isEmpty()
        || targets.stream().anyMatch(t -> !t.isAbsent(f) || fills(t, f))) {
      all.add(new Column(header, index));
    }
  }

  private static <T> void add(List<Column> all, Cell<T> c, int index, List<T> tables) {
    if (tables.isEmpty() || tables.stream().anyMatch(t -> !c.absent().test(t) || c.fills().test(t))) {
      all.add(new Column(c.header(), index));
    }
  }

  /** The table's cells: its target cells, then its own, in column order. */
  private List<String> tableCells(T table, ProjectTargetTable t, String path) {
    String year = t.fiscalYear().map(y -> SheetWriter.year(y, path + ".fiscalYear"))
        .orElseGet(() -> WrittenCell.optional(t.fiscalYearText(), path + ".fiscalYearText"));
    List<String> cells = new ArrayList<>(List.of(
        t.unit().map(u -> WrittenCell.optional(u.code(), path + ".unit.code")).orElse(""),
        t.unit().map(u -> WrittenCell.unitName(u.name(), path + ".unit.name")).orElse(""),
        year,
        WrittenCell.optional(t.projectCode(), path + ".projectCode"),
        WrittenCell.optional(t.projectName(), path + ".projectName"),
        t.amountUnit().label(),
        WrittenCell.goals(t.goals(), path + ".goals")));
    tableCells.forEach(c -> cells.add(c.text().of(table, 0, path)));
    return cells;
  }

  /** Row {@code j}'s cells in column order: the indicator sheet's, the split ones blank where none fills them. */
  private List<String> indicatorCells(T table, Indicator i, int j, boolean split, String path) {
    List<String> row = new ArrayList<>(SheetWriter.indicatorCells(i, split, path));
    if (!split) {
      row.addAll(SheetWriter.blanks(ROW_TARGET.size() - row.size()));   // the split columns and the weight
    }
    rowCells.forEach(c -> row.add(c.text().of(table, j, path)));
    return row;
  }

  /** An amount as the indicator sheet writes it; a cell given empty as a lone mark, so that it is not absent. */
  static String amount(Optional<WrittenAmount> cell, AmountUnit unit, String path) {
    return cell.filter(c -> c.text().isEmpty()).isPresent() ? TextMark.GIVEN_EMPTY
        : SheetWriter.amount(cell, unit, path);
  }

  /** Whether the table has something to write in a target column, absent or not. */
  private static boolean fills(ProjectTargetTable t, TableField field) {
    return switch (field) {
      case UNIT_CODE -> t.unit().flatMap(u -> u.code()).isPresent();
      case UNIT_NAME -> t.unit().isPresent();
      case FISCAL_YEAR -> t.fiscalYear().isPresent() || t.fiscalYearText().isPresent();
      case GOALS -> !t.goals().isEmpty();
      default -> t.indicators().stream().anyMatch(i -> fills(i, field));
    };
  }

  private static boolean fills(Indicator i, TableField field) {
    Optional<?> cell = switch (field) {
      case CATEGORY -> Optional.of(i.categoryLabel()).filter(s -> !s.isEmpty());
      case SUBCATEGORY -> Optional.of(i.subcategoryLabel()).filter(s -> !s.isEmpty());
      case DESCRIPTION -> i.description();
      case BASIS -> i.basis();
      case COMPARISON -> i.comparisonText();
      case UNIT_OF_MEASURE -> i.unitOfMeasure();
      case DIRECTION -> i.directionText();
      case WEIGHT -> i.weightText();
      default -> Optional.empty();
    };
    return cell.isPresent();
  }

  /** A column written: its header and its index among a row's full cells (the table's, then the row's). */
  private record Column(String header, int index) {}
}
