package io.github.jixiao.office;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.WriteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one project target table in the published layout (项目支出绩效目标表), cell by cell on a grid of at
 * least seven columns: the unit and 单位：万元, 项目编码 and 项目名称, the budget row with 预算规模及资金用途
 * merged down over the use of funds, the spending plan with its label merged down over the percents, 绩效目标,
 * the indicator header, and one row per indicator with a 一级指标 or 二级指标 equal to the row above merged
 * down into it. Each row's last cell spans the columns left, so every row fills the grid.
 */
final class PublishedRows {
  /** Whether a cell starts a vertical merge, continues the one above, or stands alone. */
  enum Merge { NONE, RESTART, CONTINUE }

  /** One cell: its text (lines are paragraphs), the grid columns it spans, its merge and whether it is a label. */
  record Cell(String text, int span, Merge merge, boolean label) {}

  static final String[] INDICATOR_HEADER = {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"};
  private static final int MIN_COLUMNS = 7;

  private final int columns;
  private final List<List<Cell>> rows = new ArrayList<>();

  private PublishedRows(int columns) {
    this.columns = columns;
  }

  static PublishedRows of(ProjectTargetTable t, String path) {
    List<Checkpoint> plan = t.spendingPlan().checkpoints();
    PublishedRows r = new PublishedRows(Math.max(MIN_COLUMNS, plan.size() + 1));
    String unit = t.unit().map(u -> u.code().orElse("") + u.name()).orElse("");
    r.row(value(unit, r.columns - 2), label("单位：" + t.amountUnit().label(), 2));
    r.row(label("项目编码", 1), value(t.projectCode().orElse(""), 2), label("项目名称", 1),
        value(t.projectName().orElse(""), r.columns - 4));
    r.row(new Cell("预算规模及资金用途", 1, Merge.RESTART, true), label("预算数", 1),
        value(amount(t.budget().total(), t, path + ".budget.total"), 1), label("其中：财政资金", 1),
        value(amount(t.budget().fiscalFunds(), t, path + ".budget.fiscalFunds"), 1), label("其他资金", 1),
        value(amount(t.budget().otherFunds(), t, path + ".budget.otherFunds"), r.columns - 6));
    r.row(new Cell("", 1, Merge.CONTINUE, true), value(t.fundUse().orElse(""), r.columns - 1));
    if (!plan.isEmpty()) {
      List<Cell> months = new ArrayList<>(List.of(new Cell("资金支出计划（%）", 1, Merge.RESTART, true)));
      List<Cell> percents = new ArrayList<>(List.of(new Cell("", 1, Merge.CONTINUE, true)));
      for (int i = 0; i < plan.size(); i++) {
        int span = i == plan.size() - 1 ? r.columns - plan.size() : 1;
        months.add(label(plan.get(i).label(), span));
        percents.add(value(plan.get(i).percent().map(p -> p.toPlainString() + "%").orElse(""), span));
      }
      r.rows.add(months);
      r.rows.add(percents);
    }
    r.row(label("绩效目标", 1), value(goals(t.goals()), r.columns - 1));
    List<Cell> header = new ArrayList<>();
    for (int i = 0; i < INDICATOR_HEADER.length; i++) {
      header.add(label(INDICATOR_HEADER[i], i == 3 ? r.columns - 5 : 1));
    }
    r.rows.add(header);
    Indicator above = null;
    for (Indicator i : t.indicators()) {
      boolean sameCategory = above != null && !i.categoryLabel().isEmpty()
          && i.categoryLabel().equals(above.categoryLabel());
      boolean sameSubcategory = sameCategory && !i.subcategoryLabel().isEmpty()
          && i.subcategoryLabel().equals(above.subcategoryLabel());
      r.row(merged(i.categoryLabel(), sameCategory), merged(i.subcategoryLabel(), sameSubcategory),
          value(i.name(), 1), value(i.description().orElse(""), r.columns - 5), value(i.target().raw(), 1),
          value(i.basis().orElse(""), 1));
      above = i;
    }
    return r;
  }

  int columns() {
    return columns;
  }

  List<List<Cell>> rows() {
    return rows;
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

  /** One goal as written; several numbered 1., 2., … a paragraph each, as the reader splits them. */
  private static String goals(List<String> goals) {
    if (goals.size() == 1) {
      return goals.get(0);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < goals.size(); i++) {
      b.append(i > 0 ? "\n" : "").append(i + 1).append('.').append(goals.get(i));
    }
    return b.toString();
  }

  /** In the table's money unit: an amount in another unit would read back as a different amount. */
  private static String amount(Optional<Amount> amount, ProjectTargetTable t, String path) {
    if (amount.isEmpty()) {
      return "";
    }
    Amount a = amount.get();
    if (!Objects.equals(a.unit(), t.amountUnit())) {
      throw new WriteException(path, a + " is in " + a.unit().label() + " while the table's amounts are in "
          + t.amountUnit().label() + "; a published table states one money unit");
    }
    return a.value().toPlainString();
  }
}
