package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells a published monitoring table (项目支出绩效运行监控表) adds to the rows {@link TableText} reads: the 监控期,
 * the budget block under {@code 年初预算数 全年预算数 1-7月执行数 执行率 全年预计执行数} (or the same labels beside
 * their values), the goals block under {@code 全年目标 1-7月实际完成情况}, and the grid's 实际完成值, 全年预计完成值,
 * 偏差原因分析 and 纠偏措施 columns, the period's months heading them or not. Every cell is kept as written; a cell
 * the layout lacks is absent. The model has no cell for the goals' progress to date: it is reported, not kept.
 */
public final class MonitoringText implements ExtraCells {
  /** Labels of the table's own cells written beside their values, outside the budget block. */
  private static final Map<String, MonitoringField> PAIR_LABELS = Map.of(
      "监控期", MonitoringField.PERIOD, "监控期间", MonitoringField.PERIOD, "监控时段", MonitoringField.PERIOD);
  /** The year's goals in the goals block; the progress to date beside them has no cell. */
  private static final Set<String> GOALS_HEADERS = Set.of("全年目标", "预期目标", "年度目标");
  private static final Set<String> PROGRESS_HEADERS = Set.of("实际完成情况", "完成情况", "执行情况", "目标完成情况");
  /** The grid's columns after a target table's and 分值, with the variants the monitoring sheet reads. */
  private static final List<List<String>> GRID_HEADERS = List.of(
      List.of(MonitoringField.PROGRESS.term(), "截至目前完成值", "累计完成值", "完成值", "执行情况", "完成情况"),
      List.of(MonitoringField.EXPECTED.term(), "全年预计完成情况", "预计全年完成值", "预计完成值", "预计完成情况"),
      List.of(MonitoringField.DEVIATION.term(), "偏差原因", "原因分析"),
      List.of(MonitoringField.CORRECTION.term(), "纠偏措施及计划", "拟采取的纠偏措施"));
  private static final MonitoringField[] GRID_FIELDS = {MonitoringField.PROGRESS, MonitoringField.EXPECTED,
      MonitoringField.DEVIATION, MonitoringField.CORRECTION};

  private final int index;
  private final String source;
  private final List<ReadProblem> warnings;
  private final SourceMap.Builder map;
  private final Map<MonitoringField, TableBlock.Cell> cells = new EnumMap<>(MonitoringField.class);
  /** The table's cells the layout has, filled or blank, and the grid columns its header names. */
  private final Set<MonitoringField> present = EnumSet.noneOf(MonitoringField.class);
  /** Each indicator row's cells as written, in {@link #GRID_FIELDS} order, null where the grid has no column. */
  private final List<String[]> rows = new ArrayList<>();

  public MonitoringText(int index, String source, List<ReadProblem> warnings, SourceMap.Builder map) {
    this.index = index;
    this.source = source;
    this.warnings = warnings;
    this.map = map;
  }

  /**
   * Whether the tables are monitoring tables: a title naming 运行监控表 (or 监控表), or a grid whose header names
   * the expected completion (全年预计完成值, 预计全年完成值) or the correction (纠偏措施) under a title that does not
   * name 自评表 (a self-evaluation's 偏差原因及纠偏措施 column).
   */
  public static boolean isMonitoring(List<TableBlock> blocks) {
    for (TableBlock block : blocks) {
      String title = block.title() == null ? "" : Cells.key(block.title().text());
      if (title.contains("监控表")) {
        return true;
      }
      if (title.contains("自评表")) {
        continue;
      }
      for (TableBlock.Row row : block.rows()) {
        if (GridColumns.isHeader(row) && row.cells().stream().map(c -> Cells.bareLabel(c.text()))
            .anyMatch(h -> h.contains("纠偏") || h.contains("预计") && h.contains("完成"))) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<List<String>> gridHeaders() {
    return GRID_HEADERS;
  }

  /**
   * Reads the rows at {@code r} that are the monitoring table's own, before the grid: a budget block, a goals
   * block, a label/value row of its cells. Returns how many rows it read, 0 when the row is not one of them.
   */
  @Override
  public int rows(List<TableBlock.Row> all, int r, TableText target) {
    List<TableBlock.Cell> cs = all.get(r).cells();
    Map<MonitoringField, Integer> header = BudgetBlock.MONITORING.header(cs);
    if (!header.isEmpty()) {
      int firstColumn = header.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
      for (int i = firstColumn; i < cs.size(); i++) {
        if (!header.containsValue(i) && !cs.get(i).key().isEmpty()) {
          warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_HEADER, at(cs.get(i)), "budget column «"
              + Cells.excerpt(cs.get(i).trimmed()) + "» is not known and is not read"));
        }
      }
      present.addAll(header.keySet());
      List<BudgetBlock.Line<MonitoringField>> lines = BudgetBlock.MONITORING.lines(all, r, header);
      for (BudgetBlock.Line<MonitoringField> line : lines) {
        if (line.total()) {
          line.cells().forEach(this::put);
        } else {
          notKept(line.label(), line.cells().values().stream().map(TableBlock.Cell::trimmed).toList());
        }
      }
      return 1 + lines.size();
    }
    if (budgetPairs(cs)) {
      return 1;
    }
    if (cs.size() > 1 && BudgetBlock.isLine(cs.get(0))) {
      notKept(cs.get(0), cs.subList(1, cs.size()).stream().map(TableBlock.Cell::trimmed).toList());
      return 1;
    }
    String first = Cells.bareLabel(cs.get(0).text());
    if (TableText.isGoalsLabel(first) && cs.size() > 2 && goalsHeader(cs)) {
      if (r + 1 < all.size()) {
        goalsBelow(cs, all.get(r + 1), target);
        return 2;
      }
      return 1;
    }
    if (GOALS_HEADERS.contains(first)) {
      target.goals(all.get(r));
      return 1;
    }
    if (isProgressLabel(first)) {
      progressNotKept(cs.get(0), cs.subList(1, cs.size()));
      return 1;
    }
    return pairs(cs) ? 1 : 0;
  }

  /** A line of funds the model has no cell for (其中：财政拨款), reported when it holds a value. */
  private void notKept(TableBlock.Cell label, List<String> values) {
    List<String> filled = values.stream().filter(t -> !t.isEmpty()).toList();
    if (!filled.isEmpty()) {
      warnings.add(ReadProblem.warning(TextProblems.NOT_KEPT, at(label), "the budget line «"
          + Cells.excerpt(label.trimmed()) + "» (" + Cells.excerpt(String.join(", ", filled)) + ") has no cell in a "
          + "monitoring table, which keeps the amounts of the budget block's 年度资金总额 line, and is not kept"));
    }
  }

  /** The goals' progress to date ({@code 1-7月实际完成情况}), which a monitoring table has no cell for. */
  private void progressNotKept(TableBlock.Cell label, List<TableBlock.Cell> values) {
    List<String> filled = values.stream().map(TableBlock.Cell::trimmed).filter(t -> !t.isEmpty()).toList();
    if (!filled.isEmpty()) {
      warnings.add(ReadProblem.warning(TextProblems.NOT_KEPT, at(values.get(0)), "«"
          + Cells.excerpt(String.join(" ", filled)) + "» under «" + Cells.excerpt(label.trimmed()) + "» has no cell "
          + "in a monitoring table, which keeps each indicator's progress, and is not kept"));
    }
  }

  private static boolean isProgressLabel(String bare) {
    return PROGRESS_HEADERS.contains(Cells.withoutMonths(bare));
  }

  /** A row of budget labels beside their values ({@code 全年预算数\t80.00\t1-7月执行数\t41.60}). */
  private boolean budgetPairs(List<TableBlock.Cell> cs) {
    BudgetBlock<MonitoringField> block = BudgetBlock.MONITORING;
    if (cs.size() < 2 || block.label(cs.get(0)) == null || block.label(cs.get(1)) != null) {
      return false;
    }
    for (int i = 0; i + 1 < cs.size(); i++) {
      MonitoringField f = block.label(cs.get(i));
      if (f != null) {
        present.add(f);
        put(f, cs.get(++i));
      } else if (!cs.get(i).key().isEmpty()) {
        unknownLabel(cs.get(i));
        i++;
      }
    }
    return true;
  }

  /** A row of the table's own labels beside their values: 监控期. */
  private boolean pairs(List<TableBlock.Cell> cs) {
    int first = cs.get(0).key().isEmpty() && cs.size() > 1 ? 1 : 0;
    if (!PAIR_LABELS.containsKey(Cells.bareLabel(cs.get(first).text()))) {
      return false;
    }
    for (int i = first; i < cs.size(); i++) {
      MonitoringField f = PAIR_LABELS.get(Cells.bareLabel(cs.get(i).text()));
      if (f == null) {
        if (!cs.get(i).key().isEmpty()) {
          unknownLabel(cs.get(i));
          i++;
        }
        continue;
      }
      present.add(f);
      if (i + 1 < cs.size()) {
        put(f, cs.get(++i));
      }
    }
    return true;
  }

  private static boolean goalsHeader(List<TableBlock.Cell> cs) {
    return cs.stream().skip(1).anyMatch(c -> GOALS_HEADERS.contains(Cells.bareLabel(c.text())))
        && cs.stream().skip(1).anyMatch(c -> isProgressLabel(Cells.bareLabel(c.text())));
  }

  /**
   * The values under {@code 年度总体目标 全年目标 1-7月实际完成情况}, in the same cells; a row with fewer cells (the
   * spanning label not repeated) is lined up from the right.
   */
  private void goalsBelow(List<TableBlock.Cell> header, TableBlock.Row values, TableText target) {
    List<TableBlock.Cell> cs = values.cells();
    int offset = cs.size() - header.size();
    if (offset != 0) {
      warnings.add(ReadProblem.warning(TextProblems.GUESSED, at(cs.get(0)), "the row under 年度总体目标 has "
          + cs.size() + " cells, its header " + header.size() + "; the goals and the progress are read from the "
          + "right, under 全年目标 and 实际完成情况"));
    }
    for (int i = 1; i < header.size(); i++) {
      String label = Cells.bareLabel(header.get(i).text());
      int at = i + offset;
      if (at < 0 || at >= cs.size()) {
        continue;
      }
      if (GOALS_HEADERS.contains(label)) {
        target.goals(cs.get(at));
      } else if (isProgressLabel(label)) {
        progressNotKept(header.get(i), List.of(cs.get(at)));
      }
    }
  }

  /** A row after the indicator rows began is one of the table's own only when it is a 监控期 row. */
  @Override
  public boolean trailingRow(TableBlock.Row row, int width, int[] columns, int weightColumn) {
    return pairs(row.cells());
  }

  @Override
  public void gridColumn(int k, boolean named) {
    if (named) {
      present.add(GRID_FIELDS[k]);
    }
  }

  /** An indicator row's cells under {@link #GRID_HEADERS}, each placed; null when the grid has no such column. */
  @Override
  public void indicatorCells(int j, TableBlock.Cell[] row) {
    String[] text = new String[GRID_FIELDS.length];
    for (int k = 0; k < GRID_FIELDS.length; k++) {
      if (row[k] != null) {
        text[k] = row[k].trimmed();
        map.cell(index, j, GRID_FIELDS[k], at(row[k]).withPath(path(j, GRID_FIELDS[k])));
      }
    }
    rows.add(text);
  }

  /**
   * The monitoring table of {@code target}, read from the same rows: its project, year, unit, goals and
   * indicators, with the cells read here beside them, each as written.
   */
  public MonitoringTable build(ProjectTargetTable target) {
    MonitoringTable.Builder b = MonitoringTable.forTarget(target);
    b.indicators(List.of());
    for (int j = 0; j < target.indicators().size(); j++) {
      String[] row = j < rows.size() ? rows.get(j) : new String[GRID_FIELDS.length];
      MonitoredIndicator.Builder m = MonitoredIndicator.builder().indicator(target.indicators().get(j));
      if (row[0] != null) {
        m.progress(row[0]);
      }
      if (row[1] != null) {
        m.expected(row[1]);
      }
      filled(row[2]).ifPresent(m::deviation);
      filled(row[3]).ifPresent(m::correction);
      b.addIndicators(m.build());
    }
    AmountUnit unit = target.amountUnit();
    text(MonitoringField.PERIOD).ifPresent(b::periodText);
    b.initialBudgetCell(amount(MonitoringField.INITIAL_BUDGET, unit));
    b.annualBudgetCell(amount(MonitoringField.ANNUAL_BUDGET, unit));
    b.spendingToDateCell(amount(MonitoringField.SPENDING_TO_DATE, unit));
    b.executionRateText(text(MonitoringField.EXECUTION_RATE));
    b.expectedSpendingCell(amount(MonitoringField.EXPECTED_SPENDING, unit));
    b.absentCells(target.absentCells());
    Set<MonitoringField> absent = EnumSet.allOf(MonitoringField.class);
    absent.removeAll(present);
    b.absentMonitoringCells(absent);
    return b.build();
  }

  private void put(MonitoringField field, TableBlock.Cell cell) {
    TableBlock.Cell kept = cells.get(field);
    if (kept != null && !kept.trimmed().isEmpty()) {
      if (!kept.trimmed().equals(cell.trimmed())) {
        warnings.add(ReadProblem.warning(TextProblems.CONFLICTING_CELL, at(cell), "«" + Cells.excerpt(cell.trimmed())
            + "» differs from «" + Cells.excerpt(kept.trimmed()) + "» given for " + field.term() + " at line "
            + kept.firstLine() + "; the first value is kept"));
      }
      return;
    }
    cells.put(field, cell);
    map.cell(index, field, at(cell).withPath(path(-1, field)));
  }

  private void unknownLabel(TableBlock.Cell label) {
    warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_ROW, at(label), "cell «" + Cells.excerpt(label.trimmed())
        + "» beside the known labels of its row is not a known label; it and its value are not read"));
  }

  private Optional<WrittenAmount> amount(MonitoringField field, AmountUnit unit) {
    return text(field).map(t -> WrittenAmount.parse(t, unit));
  }

  private Optional<String> text(MonitoringField field) {
    TableBlock.Cell cell = cells.get(field);
    return cell == null ? Optional.empty() : filled(cell.trimmed());
  }

  private static Optional<String> filled(String text) {
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private String path(int j, MonitoringField field) {
    return "tables[" + index + "]" + (j >= 0 ? ".indicators[" + j + "]" : "") + "." + field.wireName();
  }

  private SourceLocation at(TableBlock.Cell cell) {
    return SourceLocation.at(source, cell.firstLine(), cell.column());
  }
}
