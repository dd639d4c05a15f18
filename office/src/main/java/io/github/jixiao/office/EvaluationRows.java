package io.github.jixiao.office;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.office.PublishedRows.Cell;
import io.github.jixiao.office.PublishedRows.Merge;
import io.github.jixiao.serialization.WriteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rows of one self-evaluation table in the national form (项目支出绩效自评表), cell by cell on the grid of its
 * indicator columns (eight in the national form): 项目名称 and 项目编码, 实施单位, the 项目资金 block (its label
 * merged down over the 年度资金总额 line, one column per budget cell the table has), 年度总体目标 merged down over
 * 预期目标 and 实际完成情况, the indicator header and one row per indicator (a 一级指标 or 二级指标 equal to the row
 * above merged down into it), then 总分 and 自评等级. Every cell is written as the table holds it; a column or
 * row the table lacks ({@link SelfEvaluationTable#absentEvaluationCells()}) and leaves blank is left out.
 */
final class EvaluationRows {
  /** The national form's grid: 一级指标 … 偏差原因分析及改进措施; the rows above need as many columns. */
  private static final int NATIONAL_COLUMNS = 8;
  private static final String FUNDS_LABEL = "项目资金";
  /** How a goals cell's statements may be numbered: {@code 1.}, {@code 2、}, {@code （一）}. */
  private static final Pattern NUMBERED =
      Pattern.compile("^\\s*(\\d{1,3}\\s*[.．、]|[（(]\\s*[一二三四五六七八九十]{1,2}\\s*[）)])");
  private static final String TOTAL_LINE = "年度资金总额";
  /** The budget block's columns in the national form's order, with the label each is written under. */
  private static final List<BudgetColumn> BUDGET_COLUMNS = List.of(
      new BudgetColumn(SelfEvaluationField.INITIAL_BUDGET, "年初预算数", "initialBudget", true),
      new BudgetColumn(SelfEvaluationField.ANNUAL_BUDGET, "全年预算数（A）", "annualBudget", true),
      new BudgetColumn(SelfEvaluationField.ANNUAL_SPENDING, "全年执行数（B）", "annualSpending", true),
      new BudgetColumn(SelfEvaluationField.EXECUTION_WEIGHT, "分值", "weight", false),
      new BudgetColumn(SelfEvaluationField.EXECUTION_RATE, "执行率（B/A）", "executionRate", false),
      new BudgetColumn(SelfEvaluationField.EXECUTION_SCORE, "得分", "score", false));

  /** A column of the budget block: its cell, its header, its name in a path, and whether it holds an amount. */
  private record BudgetColumn(SelfEvaluationField field, String header, String path, boolean amount) {}

  /** An indicator column: its header and the cell it holds. */
  private record GridColumn(String header, Function<EvaluatedIndicator, String> cell) {}

  private final int columns;
  private final List<List<Cell>> rows = new ArrayList<>();
  /** Whether the table states its money unit in a cell; when not, the writer states it above the table. */
  private boolean unitStated;

  private EvaluationRows(int columns) {
    this.columns = columns;
  }

  static EvaluationRows of(SelfEvaluationTable t, String path) {
    List<GridColumn> grid = grid(t);
    EvaluationRows r = new EvaluationRows(Math.max(NATIONAL_COLUMNS, grid.size()));
    r.project(t);
    r.budget(t, path);
    r.goals(t);
    r.indicators(t, grid);
    r.trailing(t, SelfEvaluationField.TOTAL_SCORE, t.totalScoreText());
    r.trailing(t, SelfEvaluationField.GRADE, t.gradeText());
    return r;
  }

  /** {@code 2024年度项目支出绩效自评表}, the year the reader takes for the table's; without a year, the form's name. */
  static String title(SelfEvaluationTable t) {
    return t.fiscalYear().map(y -> y.getValue() + "年度").orElse("") + "项目支出绩效自评表";
  }

  int columns() {
    return columns;
  }

  List<List<Cell>> rows() {
    return rows;
  }

  /** Whether a cell of the table names its money unit (the 项目资金 label of the budget block). */
  boolean statesUnit() {
    return unitStated;
  }

  private void project(SelfEvaluationTable t) {
    boolean code = t.projectCode().isPresent() || !t.isAbsent(TableField.PROJECT_CODE);
    if (code) {
      row(label("项目名称", 1), value(t.projectName().orElse(""), columns / 2 - 1), label("项目编码", 1),
          value(t.projectCode().orElse(""), columns - columns / 2 - 1));
    } else if (t.projectName().isPresent() || !t.isAbsent(TableField.PROJECT_NAME)) {
      row(label("项目名称", 1), value(t.projectName().orElse(""), columns - 1));
    }
    t.unit().ifPresent(u -> row(label("实施单位", 1), value(u.code().orElse("") + u.name(), columns - 1)));
  }

  /**
   * The budget block when its first column holds an amount and it has another beside it (what the reader takes
   * for its header); otherwise its cells as label/value pairs, one row.
   */
  private void budget(SelfEvaluationTable t, String path) {
    BudgetExecution line = t.budgetExecution();
    List<BudgetColumn> present = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (BudgetColumn c : BUDGET_COLUMNS) {
      Optional<String> text = c.amount() ? amount(cell(line, c.field()), t, path + ".budgetExecution." + c.path())
          : text(line, c.field());
      if (text.isPresent() || !t.isAbsent(c.field())) {
        present.add(c);
        values.add(text.orElse(""));
      }
    }
    if (present.isEmpty()) {
      return;
    }
    if (present.size() > 1 && present.get(0).amount()) {
      List<Cell> header = new ArrayList<>(List.of(
          new Cell(FUNDS_LABEL + "（" + t.amountUnit().label() + "）", 1, Merge.RESTART, true), label("", 1)));
      List<Cell> total = new ArrayList<>(List.of(new Cell("", 1, Merge.CONTINUE, true), label(TOTAL_LINE, 1)));
      for (int i = 0; i < present.size(); i++) {
        int span = i == present.size() - 1 ? columns - 1 - present.size() : 1;
        header.add(label(present.get(i).header(), span));
        total.add(value(values.get(i), span));
      }
      rows.add(header);
      rows.add(total);
      unitStated = true;
      return;
    }
    List<Cell> pairs = new ArrayList<>();
    for (int i = 0; i < present.size(); i++) {
      String header = present.get(i).field() == SelfEvaluationField.EXECUTION_WEIGHT ? "执行率分值"
          : present.get(i).field() == SelfEvaluationField.EXECUTION_SCORE ? "执行率得分" : present.get(i).header();
      pairs.add(label(header, 1));
      pairs.add(value(values.get(i), i == present.size() - 1 ? columns - 2 * present.size() + 1 : 1));
    }
    rows.add(pairs);
  }

  /** 年度总体目标 over 预期目标 and 实际完成情况; without an outcome cell, the goals beside the label. */
  private void goals(SelfEvaluationTable t) {
    String goals = goalsCell(t.goals());
    if (t.outcome().isEmpty() && t.isAbsent(SelfEvaluationField.OUTCOME)) {
      row(label("年度总体目标", 1), value(goals, columns - 1));
      return;
    }
    int left = (columns - 1) / 2 + 1;
    row(new Cell("年度总体目标", 1, Merge.RESTART, true), label("预期目标", left),
        label(SelfEvaluationField.OUTCOME.term(), columns - 1 - left));
    row(new Cell("", 1, Merge.CONTINUE, true), value(goals, left), value(t.outcome().orElse(""), columns - 1 - left));
  }

  private void indicators(SelfEvaluationTable t, List<GridColumn> grid) {
    int lastSpan = columns - grid.size() + 1;
    List<Cell> header = new ArrayList<>();
    for (int k = 0; k < grid.size(); k++) {
      header.add(label(grid.get(k).header(), k == grid.size() - 1 ? lastSpan : 1));
    }
    rows.add(header);
    Indicator above = null;
    for (EvaluatedIndicator e : t.indicators()) {
      Indicator i = e.indicator();
      boolean sameCategory = above != null && !i.categoryLabel().isEmpty()
          && i.categoryLabel().equals(above.categoryLabel());
      boolean sameSubcategory = sameCategory && !i.subcategoryLabel().isEmpty()
          && i.subcategoryLabel().equals(above.subcategoryLabel());
      List<Cell> cells = new ArrayList<>();
      cells.add(merged(i.categoryLabel(), sameCategory));
      cells.add(merged(i.subcategoryLabel(), sameSubcategory));
      for (int k = 2; k < grid.size(); k++) {
        cells.add(value(grid.get(k).cell().apply(e), k == grid.size() - 1 ? lastSpan : 1));
      }
      rows.add(cells);
      above = i;
    }
  }

  /** 总分 or 自评等级 beside its value, which spans the grid's last two columns. */
  private void trailing(SelfEvaluationTable t, SelfEvaluationField field, Optional<String> text) {
    if (text.isEmpty() && t.isAbsent(field)) {
      return;
    }
    int labelSpan = columns - 2;
    row(label(field.term(), labelSpan), value(text.orElse(""), columns - labelSpan));
  }

  /**
   * The indicator columns: the national form's, with 绩效指标描述 and 指标值确定依据 when a row fills them, and each
   * self-evaluation column unless the table lacks it and no row fills it.
   */
  private static List<GridColumn> grid(SelfEvaluationTable t) {
    List<EvaluatedIndicator> rows = t.indicators();
    List<GridColumn> grid = new ArrayList<>();
    grid.add(new GridColumn("一级指标", e -> e.indicator().categoryLabel()));
    grid.add(new GridColumn("二级指标", e -> e.indicator().subcategoryLabel()));
    grid.add(new GridColumn("三级指标", e -> e.indicator().name()));
    if (rows.stream().anyMatch(e -> e.indicator().description().isPresent())) {
      grid.add(new GridColumn("绩效指标描述", e -> e.indicator().description().orElse("")));
    }
    grid.add(new GridColumn("年度指标值", e -> e.indicator().target().raw()));
    if (rows.stream().anyMatch(e -> e.indicator().basis().isPresent())) {
      grid.add(new GridColumn("指标值确定依据", e -> e.indicator().basis().orElse("")));
    }
    if (!t.isAbsent(SelfEvaluationField.ACTUAL) || rows.stream().anyMatch(e -> !e.actual().raw().isEmpty())) {
      grid.add(new GridColumn(SelfEvaluationField.ACTUAL.term(), e -> e.actual().raw()));
    }
    if (!t.isAbsent(TableField.WEIGHT) || rows.stream().anyMatch(e -> e.indicator().weightText().isPresent())) {
      grid.add(new GridColumn("分值", e -> e.indicator().weightText().orElse("")));
    }
    if (!t.isAbsent(SelfEvaluationField.SCORE) || rows.stream().anyMatch(e -> e.scoreText().isPresent())) {
      grid.add(new GridColumn(SelfEvaluationField.SCORE.term(), e -> e.scoreText().orElse("")));
    }
    if (!t.isAbsent(SelfEvaluationField.DEVIATION) || rows.stream().anyMatch(e -> e.deviation().isPresent())) {
      grid.add(new GridColumn(SelfEvaluationField.DEVIATION.term(), e -> e.deviation().orElse("")));
    }
    return grid;
  }

  private static Optional<WrittenAmount> cell(BudgetExecution line, SelfEvaluationField field) {
    return switch (field) {
      case INITIAL_BUDGET -> line.initialBudgetCell();
      case ANNUAL_BUDGET -> line.annualBudgetCell();
      default -> line.annualSpendingCell();
    };
  }

  private static Optional<String> text(BudgetExecution line, SelfEvaluationField field) {
    return switch (field) {
      case EXECUTION_RATE -> line.executionRateText();
      case EXECUTION_WEIGHT -> line.weightText();
      default -> line.scoreText();
    };
  }

  /** As written, in the table's money unit: an amount in another unit would read back as a different amount. */
  private static Optional<String> amount(Optional<WrittenAmount> cell, SelfEvaluationTable t, String path) {
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    Optional<Amount> amount = cell.get().amount();
    if (amount.isPresent() && !Objects.equals(amount.get().unit(), t.amountUnit())) {
      throw new WriteException(path, amount.get() + " is in " + amount.get().unit().label()
          + " while the table's amounts are in " + t.amountUnit().label() + "; a published table states one money unit");
    }
    return Optional.of(cell.get().text());
  }

  /**
   * One goal as written; several numbered 1., 2., … a paragraph each, as the reader splits them, and so is a lone
   * goal that begins as a numbered one does ({@code （一）…}, {@code 1、2号泵站…}), which the reader would split.
   */
  private static String goalsCell(List<String> goals) {
    if (goals.size() == 1 && !NUMBERED.matcher(goals.get(0)).lookingAt()) {
      return goals.get(0);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < goals.size(); i++) {
      b.append(i > 0 ? "\n" : "").append(i + 1).append('.').append(goals.get(i));
    }
    return b.toString();
  }

  private void row(Cell... cells) {
    rows.add(List.of(cells));
  }

  private static Cell label(String text, int span) {
    return new Cell(text, span, Merge.NONE, true);
  }

  private static Cell value(String text, int span) {
    return new Cell(text, span, Merge.NONE, false);
  }

  /** A category cell: merged down from the row above when it repeats it, so the reader inherits it. */
  private static Cell merged(String label, boolean sameAsAbove) {
    return new Cell(sameAsAbove ? "" : label, 1, sameAsAbove ? Merge.CONTINUE : Merge.RESTART, false);
  }
}
