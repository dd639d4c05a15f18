package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The header of a sheet (表头), one row or a group row over a detail row: which column holds which cell, and what
 * each column is called as written.
 */
public final class SheetHeader {
  private final SheetPlace place;
  private final int firstRow;
  private final int row;
  private final List<String> written;
  private final Map<SheetColumn, Integer> columns;
  private final Map<Month, Integer> months;
  private final Map<EvaluationColumn, Integer> evaluation;
  private final Map<MonitoringColumn, Integer> monitoring;

  private SheetHeader(SheetPlace place, int firstRow, int row, List<String> written,
      Map<SheetColumn, Integer> columns, Map<Month, Integer> months, Map<EvaluationColumn, Integer> evaluation,
      Map<MonitoringColumn, Integer> monitoring) {
    this.place = place;
    this.firstRow = firstRow;
    this.row = row;
    this.written = written;
    this.columns = columns;
    this.months = months;
    this.evaluation = evaluation;
    this.monitoring = monitoring;
  }

  /**
   * Reads the header in rows {@code firstRow} to {@code lastRow}; an unknown column becomes a warning naming it.
   * The self-evaluation columns (实际完成值, 得分, 执行率 …) are read in a self-evaluation sheet and the monitoring
   * columns (监控期, 1-7月执行数, 纠偏措施 …) in a monitoring sheet; elsewhere they are unknown: a target table has
   * no such cell.
   *
   * @throws ReadException when a column appears twice or no column is known
   */
  static SheetHeader of(HeaderLabels labels, int firstRow, int lastRow, SheetPlace place,
      List<ReadProblem> warnings, SheetKind kind) {
    Map<SheetColumn, Integer> columns = new EnumMap<>(SheetColumn.class);
    Map<Month, Integer> months = new TreeMap<>();
    Map<EvaluationColumn, Integer> evaluated = new EnumMap<>(EvaluationColumn.class);
    Map<MonitoringColumn, Integer> monitored = new EnumMap<>(MonitoringColumn.class);
    List<String> written = labels.written();
    List<ReadProblem> unknown = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      String h = written.get(i);
      String m = labels.matched().get(i);
      if (h.isEmpty()) {
        continue;
      }
      SourceLocation at = place.cell(lastRow, i, h);
      int month = SheetColumn.monthOf(m);
      Integer previous;
      if (month > 0) {
        previous = months.putIfAbsent(Month.of(month), i);
      } else {
        SheetColumn column = SheetColumn.of(m).orElse(null);
        EvaluationColumn added = kind == SheetKind.SELF_EVALUATION ? EvaluationColumn.of(m).orElse(null) : null;
        MonitoringColumn watched = kind == SheetKind.MONITORING ? MonitoringColumn.of(m).orElse(null) : null;
        if (column == null && added != null) {
          previous = evaluated.putIfAbsent(added, i);
        } else if (column == null && watched != null) {
          previous = monitored.putIfAbsent(watched, i);
        } else if (column == null) {
          unknown.add(ReadProblem.warning(SheetProblems.UNKNOWN_COLUMN, at,
              "unknown column «" + h + "»: its cells are not read; see docs/formats-sheet-text.md for the known headers"));
          continue;
        } else {
          previous = columns.putIfAbsent(column, i);
        }
      }
      if (previous != null) {
        throw new ReadException(ReadProblem.error(SheetProblems.DUPLICATE_COLUMN, at,
            "column «" + h + "» repeats column «" + written.get(previous) + "»: expected each cell once per row"));
      }
    }
    if (columns.isEmpty() && months.isEmpty() && evaluated.isEmpty() && monitored.isEmpty()) {
      throw new ReadException(ReadProblem.error(SheetProblems.NO_KNOWN_COLUMN,
          place.row(lastRow),
          "not an indicator sheet: the header row has no known column; expected headers such as 项目名称, "
              + "一级指标, 三级指标, 指标值"));
    }
    warnings.addAll(unknown);
    return new SheetHeader(place, firstRow, lastRow, List.copyOf(written), columns, months, evaluated, monitored);
  }

  /** Where the rows come from: the file, and the sheet of a workbook. */
  public SheetPlace place() {
    return place;
  }

  /** The header's last row: the detail row of a two-row header; the rows below it are read as tables. */
  public int row() {
    return row;
  }

  /** The header's first row: the group row of a two-row header. */
  public int firstRow() {
    return firstRow;
  }

  /** Whether column {@code index} has a header: a filled cell beyond the header or under a blank one has none. */
  boolean hasHeader(int index) {
    return index < written.size() && !written.get(index).isEmpty();
  }

  /** Whether the sheet has a column of an indicator row (一级指标, 三级指标, 指标值 …). */
  boolean hasIndicatorColumns() {
    return columns.keySet().stream().anyMatch(SheetColumn::isIndicatorCell);
  }

  /** The column of {@code column}, or -1 when the sheet has none. */
  int indexOf(SheetColumn column) {
    return columns.getOrDefault(column, -1);
  }

  /** The column of the self-evaluation cell {@code column}, or -1 when the sheet has none. */
  int indexOf(EvaluationColumn column) {
    return evaluation.getOrDefault(column, -1);
  }

  /** The column of the monitoring cell {@code column}, or -1 when the sheet has none. */
  int indexOf(MonitoringColumn column) {
    return monitoring.getOrDefault(column, -1);
  }

  /** The spending-plan columns, by month in calendar order. */
  Map<Month, Integer> months() {
    return months;
  }

  /** How many columns the header names (a cell beyond them has no header). */
  public int width() {
    return written.size();
  }

  /** The header of column {@code index} as written, or its spreadsheet letter. */
  public String nameOf(int index) {
    return CsvRecords.columnName(written, index);
  }
}
