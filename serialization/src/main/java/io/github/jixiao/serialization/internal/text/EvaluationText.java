package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
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
 * The cells a published self-evaluation table (项目支出绩效自评表) adds to the rows {@link TableText} reads: the
 * budget block under {@code 年初预算数 全年预算数 全年执行数 分值 执行率 得分} (or the same labels as label/value
 * pairs), the goals block under {@code 预期目标 实际完成情况}, the grid's 实际完成值, 得分 and 偏差原因 columns, and
 * the 总分 and 自评等级 rows under the grid. Every cell is kept as written; a cell the layout lacks is absent.
 */
public final class EvaluationText implements ExtraCells {
  /** Labels of the table's own cells written beside their values, outside the budget block. */
  private static final Map<String, SelfEvaluationField> PAIR_LABELS = Map.ofEntries(
      Map.entry("实际完成情况", SelfEvaluationField.OUTCOME), Map.entry("总体完成情况", SelfEvaluationField.OUTCOME),
      Map.entry("年度总体目标完成情况", SelfEvaluationField.OUTCOME),
      Map.entry("总分", SelfEvaluationField.TOTAL_SCORE), Map.entry("自评总分", SelfEvaluationField.TOTAL_SCORE),
      Map.entry("总得分", SelfEvaluationField.TOTAL_SCORE), Map.entry("合计得分", SelfEvaluationField.TOTAL_SCORE),
      Map.entry("自评等级", SelfEvaluationField.GRADE), Map.entry("评价等级", SelfEvaluationField.GRADE),
      Map.entry("等级", SelfEvaluationField.GRADE));
  private static final String EXPECTED_GOALS = "预期目标";
  /** The grid's columns after a target table's and 分值. */
  private static final List<List<String>> GRID_HEADERS = List.of(
      List.of(SelfEvaluationField.ACTUAL.term(), "完成值", "全年实际值", "实际值", "实际完成情况"),
      List.of(SelfEvaluationField.SCORE.term()),
      List.of(SelfEvaluationField.DEVIATION.term(), "偏差原因分析", "偏差原因", "未完成原因分析",
          "偏差原因及改进措施", "未完成原因分析及改进措施"));
  private static final SelfEvaluationField[] GRID_FIELDS = {SelfEvaluationField.ACTUAL, SelfEvaluationField.SCORE,
      SelfEvaluationField.DEVIATION};

  private final int index;
  private final String source;
  private final List<ReadProblem> warnings;
  private final SourceMap.Builder map;
  private final Map<SelfEvaluationField, TableBlock.Cell> cells = new EnumMap<>(SelfEvaluationField.class);
  /** The table's cells the layout has, filled or blank. */
  private final Set<SelfEvaluationField> present = EnumSet.noneOf(SelfEvaluationField.class);
  /** The self-evaluation cells the grid's header names, to tell an absent column from a blank cell. */
  private final Set<SelfEvaluationField> gridColumns = EnumSet.noneOf(SelfEvaluationField.class);
  /** Each indicator row's 实际完成值, 得分 and 偏差原因 as written, null where the grid has no column. */
  private final List<String[]> rows = new ArrayList<>();
  private boolean afterGrid;

  /** Grid headers only a self-evaluation has. */
  private static final Set<String> EVALUATION_HEADERS = Set.of("实际完成值", "完成值", "全年实际值", "得分");

  /**
   * Whether the tables are self-evaluation tables: a title naming 自评表, or a grid whose header names
   * 实际完成值 (or a variant) or 得分.
   */
  public static boolean isSelfEvaluation(List<TableBlock> blocks) {
    for (TableBlock block : blocks) {
      if (block.title() != null && Cells.key(block.title().text()).contains("自评表")) {
        return true;
      }
      for (TableBlock.Row row : block.rows()) {
        if (GridColumns.isHeader(row)
            && row.cells().stream().anyMatch(c -> EVALUATION_HEADERS.contains(Cells.bareLabel(c.text())))) {
          return true;
        }
      }
    }
    return false;
  }

  public EvaluationText(int index, String source, List<ReadProblem> warnings, SourceMap.Builder map) {
    this.index = index;
    this.source = source;
    this.warnings = warnings;
    this.map = map;
  }

  @Override
  public List<List<String>> gridHeaders() {
    return GRID_HEADERS;
  }

  /**
   * Reads the rows at {@code r} that are the self-evaluation's own, before the grid: a budget block, a goals
   * block, a label/value row of its cells. Returns how many rows it read, 0 when the row is not one of them.
   */
  @Override
  public int rows(List<TableBlock.Row> all, int r, TableText target) {
    TableBlock.Row row = all.get(r);
    List<TableBlock.Cell> cs = row.cells();
    Map<SelfEvaluationField, Integer> header = BudgetBlock.SELF_EVALUATION.header(cs);
    if (!header.isEmpty()) {
      int firstColumn = header.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
      for (int i = firstColumn; i < cs.size(); i++) {
        if (!header.containsValue(i) && !cs.get(i).key().isEmpty()) {
          warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_HEADER, at(cs.get(i)), "budget column «"
              + Cells.excerpt(cs.get(i).trimmed()) + "» is not known and is not read"));
        }
      }
      present.addAll(header.keySet());
      List<BudgetBlock.Line<SelfEvaluationField>> lines = BudgetBlock.SELF_EVALUATION.lines(all, r, header);
      for (BudgetBlock.Line<SelfEvaluationField> line : lines) {
        if (line.total()) {
          line.cells().forEach(this::put);
        } else {
          notKept(line.label(), line.cells().values().stream().map(TableBlock.Cell::trimmed)
              .filter(t -> !t.isEmpty()).toList());
        }
      }
      return 1 + lines.size();
    }
    if (budgetPairs(cs)) {
      return 1;
    }
    if (cs.size() > 1 && BudgetBlock.isLine(cs.get(0))) {
      notKept(cs.get(0), cs.subList(1, cs.size()).stream().map(TableBlock.Cell::trimmed)
          .filter(t -> !t.isEmpty()).toList());
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
    if (first.equals(EXPECTED_GOALS)) {
      target.goals(row);
      return 1;
    }
    return pairs(cs) ? 1 : 0;
  }

  /**
   * A line of funds the model has no cell for (其中：财政拨款 in the budget block, or 年度资金总额 beside its value
   * outside it, which does not say which of the block's columns it is), reported when it holds a value.
   */
  private void notKept(TableBlock.Cell label, List<String> values) {
    if (!values.isEmpty()) {
      warnings.add(ReadProblem.warning(TextProblems.NOT_KEPT, at(label), "the budget line «"
          + Cells.excerpt(label.trimmed()) + "» (" + Cells.excerpt(String.join(", ", values)) + ") has no cell in a "
          + "self-evaluation table, which keeps the 年初预算数, 全年预算数 and 全年执行数 of the budget block's "
          + "年度资金总额 line, and is not kept"));
    }
  }

  /**
   * A row of budget labels beside their values ({@code 全年预算数\t120.00\t全年执行数\t110.40}, {@code 执行率\t92%}):
   * its first cell is a budget label, the next one no label.
   */
  private boolean budgetPairs(List<TableBlock.Cell> cs) {
    if (cs.size() < 2 || BudgetBlock.SELF_EVALUATION.label(cs.get(0)) == null
        || BudgetBlock.SELF_EVALUATION.label(cs.get(1)) != null) {
      return false;
    }
    for (int i = 0; i + 1 < cs.size(); i++) {
      SelfEvaluationField f = BudgetBlock.SELF_EVALUATION.label(cs.get(i));
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

  /** A row of the table's own labels beside their values: 实际完成情况, 总分, 自评等级. */
  private boolean pairs(List<TableBlock.Cell> cs) {
    int first = cs.get(0).key().isEmpty() && cs.size() > 1 ? 1 : 0;
    if (!PAIR_LABELS.containsKey(Cells.bareLabel(cs.get(first).text()))) {
      return false;
    }
    for (int i = first; i < cs.size(); i++) {
      SelfEvaluationField f = PAIR_LABELS.get(Cells.bareLabel(cs.get(i).text()));
      if (f == null) {
        if (!cs.get(i).key().isEmpty()) {
          unknownLabel(cs.get(i));
          i++;
        }
        continue;
      }
      present.add(f);
      if (f == SelfEvaluationField.OUTCOME) {
        if (i + 1 < cs.size()) {
          put(f, joined(cs.subList(i + 1, cs.size())));
        }
        return true;
      }
      if (i + 1 < cs.size()) {
        put(f, cs.get(++i));
      }
    }
    return true;
  }

  private static boolean goalsHeader(List<TableBlock.Cell> cs) {
    return cs.stream().skip(1).anyMatch(c -> Cells.bareLabel(c.text()).equals(EXPECTED_GOALS))
        && cs.stream().skip(1).anyMatch(c -> PAIR_LABELS.get(Cells.bareLabel(c.text())) == SelfEvaluationField.OUTCOME);
  }

  /**
   * The values under {@code 年度总体目标 预期目标 实际完成情况}, in the same cells; a row with fewer cells (the
   * spanning label not repeated) is lined up from the right.
   */
  private void goalsBelow(List<TableBlock.Cell> header, TableBlock.Row values, TableText target) {
    List<TableBlock.Cell> cs = values.cells();
    int offset = cs.size() - header.size();
    present.add(SelfEvaluationField.OUTCOME);
    if (offset != 0) {
      warnings.add(ReadProblem.warning(TextProblems.GUESSED, at(cs.get(0)), "the row under 年度总体目标 has "
          + cs.size() + " cells, its header " + header.size() + "; the goals and the outcome are read from the "
          + "right, under 预期目标 and 实际完成情况"));
    }
    for (int i = 1; i < header.size(); i++) {
      String label = Cells.bareLabel(header.get(i).text());
      int at = i + offset;
      if (at < 0 || at >= cs.size()) {
        continue;
      }
      if (label.equals(EXPECTED_GOALS)) {
        target.goals(cs.get(at));
      } else if (PAIR_LABELS.get(label) == SelfEvaluationField.OUTCOME) {
        put(SelfEvaluationField.OUTCOME, cs.get(at));
      }
    }
  }

  /**
   * Whether a row under the grid is the 总分 or 自评等级 row, read here; once one is, every later row is a row
   * of the table's own. A 总分 row with more than one value is the grid's total line: its cells stand under the
   * grid's last columns, the 得分 column holding the total score.
   */
  @Override
  public boolean trailingRow(TableBlock.Row row, int width, int[] columns, int weightColumn) {
    int scoreColumn = columns[1];
    List<TableBlock.Cell> cs = row.cells();
    int first = cs.get(0).key().isEmpty() && cs.size() > 1 ? 1 : 0;
    SelfEvaluationField f = PAIR_LABELS.get(Cells.bareLabel(cs.get(first).text()));
    if (f == null && !afterGrid) {
      return false;
    }
    afterGrid = true;
    List<TableBlock.Cell> after = cs.subList(first + 1, cs.size());
    long filled = after.stream().filter(c -> !c.trimmed().isEmpty()).count();
    if (f == SelfEvaluationField.TOTAL_SCORE && filled > 1 && after.stream().noneMatch(c -> PAIR_LABELS.containsKey(
        Cells.bareLabel(c.text()))) && scoreColumn >= 0) {
      present.add(f);
      int shift = width - cs.size();
      TableBlock.Cell score = cell(cs, scoreColumn - shift);
      if (score != null) {
        put(f, score);
      }
      TableBlock.Cell points = cell(cs, weightColumn - shift);
      if (weightColumn >= 0 && points != null && !points.trimmed().isEmpty()) {
        warnings.add(ReadProblem.warning(TextProblems.NOT_KEPT, at(points), "the 分值 total «"
            + Cells.excerpt(points.trimmed()) + "» of table " + (index + 1) + " is not kept: the points are each "
            + "indicator's own"));
      }
      for (int i = first + 1; i < cs.size(); i++) {
        if (i != scoreColumn - shift && i != weightColumn - shift && !cs.get(i).trimmed().isEmpty()) {
          warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_ROW, at(cs.get(i)), "cell «"
              + Cells.excerpt(cs.get(i).trimmed()) + "» of the 总分 row stands under neither 分值 nor 得分 and is not"
              + " read"));
        }
      }
      return true;
    }
    if (!pairs(cs) && !row.cells().stream().allMatch(c -> c.trimmed().isEmpty())) {
      warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_ROW, at(cs.get(0)), "row «"
          + Cells.excerpt(cs.get(first).trimmed()) + "…» under the 总分 row is not a known row of a self-evaluation "
          + "table and is not read"));
    }
    return true;
  }

  private static TableBlock.Cell cell(List<TableBlock.Cell> cs, int i) {
    return i >= 0 && i < cs.size() ? cs.get(i) : null;
  }

  /** An indicator row's 实际完成值, 得分 and 偏差原因 cells, each null when the grid has no such column. */
  @Override
  public void indicatorCells(int j, TableBlock.Cell[] cells) {
    String[] text = new String[GRID_FIELDS.length];
    for (int k = 0; k < GRID_FIELDS.length; k++) {
      TableBlock.Cell cell = cells[k];
      if (cell != null) {
        text[k] = cell.trimmed();
        map.cell(index, j, GRID_FIELDS[k], at(cell).withPath(path(j, GRID_FIELDS[k])));
      }
    }
    rows.add(text);
  }

  @Override
  public void gridColumn(int k, boolean named) {
    if (named) {
      gridColumns.add(GRID_FIELDS[k]);
    }
  }

  /**
   * The self-evaluation table of {@code target}, read from the same rows: its project, year, unit, goals and
   * indicators, with the cells read here beside them, each as written.
   */
  public SelfEvaluationTable build(ProjectTargetTable target) {
    SelfEvaluationTable.Builder b = SelfEvaluationTable.forTarget(target);
    b.indicators(List.of());
    for (int j = 0; j < target.indicators().size(); j++) {
      String[] row = j < rows.size() ? rows.get(j) : new String[GRID_FIELDS.length];
      EvaluatedIndicator.Builder e = EvaluatedIndicator.builder().indicator(target.indicators().get(j));
      if (row[0] != null) {
        e.actual(row[0]);
      }
      filled(row[1]).ifPresent(e::scoreText);
      filled(row[2]).ifPresent(e::deviation);
      b.addIndicator(e.build());
    }
    AmountUnit unit = target.amountUnit();
    b.budgetExecution(BudgetExecution.builder()
        .initialBudgetCell(amount(SelfEvaluationField.INITIAL_BUDGET, unit))
        .annualBudgetCell(amount(SelfEvaluationField.ANNUAL_BUDGET, unit))
        .annualSpendingCell(amount(SelfEvaluationField.ANNUAL_SPENDING, unit))
        .executionRateText(text(SelfEvaluationField.EXECUTION_RATE))
        .weightText(text(SelfEvaluationField.EXECUTION_WEIGHT))
        .scoreText(text(SelfEvaluationField.EXECUTION_SCORE))
        .build());
    text(SelfEvaluationField.OUTCOME).ifPresent(b::outcome);
    text(SelfEvaluationField.TOTAL_SCORE).ifPresent(b::totalScoreText);
    text(SelfEvaluationField.GRADE).ifPresent(b::gradeText);
    b.absentCells(target.absentCells());
    Set<SelfEvaluationField> absent = EnumSet.noneOf(SelfEvaluationField.class);
    for (SelfEvaluationField f : SelfEvaluationField.values()) {
      if (!(f.isIndicatorCell() ? gridColumns : present).contains(f)) {
        absent.add(f);
      }
    }
    b.absentEvaluationCells(absent);
    return b.build();
  }

  private void put(SelfEvaluationField field, TableBlock.Cell cell) {
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

  /** Cells joined after line breaks, as one cell at the first: an outcome written over several cells. */
  private static TableBlock.Cell joined(List<TableBlock.Cell> cs) {
    StringBuilder text = new StringBuilder();
    for (TableBlock.Cell c : cs) {
      if (!c.trimmed().isEmpty()) {
        text.append(text.length() > 0 ? "\n" : "").append(c.trimmed());
      }
    }
    TableBlock.Cell first = cs.get(0);
    return new TableBlock.Cell(text.toString(), first.firstLine(), cs.get(cs.size() - 1).lastLine(), first.column());
  }

  private Optional<WrittenAmount> amount(SelfEvaluationField field, AmountUnit unit) {
    return text(field).map(t -> WrittenAmount.parse(t, unit));
  }

  private Optional<String> text(SelfEvaluationField field) {
    TableBlock.Cell cell = cells.get(field);
    return cell == null ? Optional.empty() : filled(cell.trimmed());
  }

  private static Optional<String> filled(String text) {
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private String path(int j, SelfEvaluationField field) {
    return "tables[" + index + "]" + (j >= 0 ? ".indicators[" + j + "]" : "") + "." + field.wireName();
  }

  private SourceLocation at(TableBlock.Cell cell) {
    return SourceLocation.at(source, cell.firstLine(), cell.column());
  }
}
