package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random tables of everything an indicator sheet can hold (docs/formats-sheet-text.md): cells with
 * commas, quotes, tabs and line breaks, every money unit, blank budget cells and checkpoints, split columns,
 * tables without indicators. It keeps to the sheet's documented limits: cells without surrounding spaces,
 * consecutive tables told apart by code or name, one set of plan months, goals on one line each.
 */
public final class RandomSheetTables {
  private static final String[] WORDS = {"团组织", "青年", "资助", "活动", "满意度", "经费", "a,b", "say \"yes\"",
      "tab\there", "两行\n文字", "１２３", "（注）", "≥", "%", "x", "100", " 中 间 "};
  private static final String[] CATEGORIES = {"产出指标", "效益指标", "满意度指标", "成本指标", "其他"};
  private static final String[] SUBCATEGORIES = {"数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标",
      "社会效益指标", "可持续影响指标", "服务对象满意度指标", "数量"};
  private static final String[] TARGETS = {"≥22个", "≥90%", ">80认可度", "≤5万元", "100人", "2", "2025年12月底前",
      "2023.07-2024.01", "优良", "组织培训班次", "不少于3次", "≤100%", ""};

  private final Random random;

  public RandomSheetTables(long seed) {
    random = new Random(seed);
  }

  /** One to four tables, as one sheet holds them. */
  public List<ProjectTargetTable> tables() {
    int n = random.nextInt(4) + 1;
    boolean plans = random.nextBoolean();
    List<ProjectTargetTable> tables = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tables.add(table(i, plans));
    }
    return tables;
  }

  private ProjectTargetTable table(int index, boolean plans) {
    AmountUnit unit = AmountUnit.values()[random.nextInt(3)];
    ProjectTargetTable.Builder b = ProjectTargetTable.builder().amountUnit(unit)
        .projectName("项目" + index + text());
    if (random.nextInt(5) > 0) {
      b.projectCode("1304342" + index + "P" + random.nextInt(100000));
    }
    if (random.nextBoolean()) {
      b.unit(random.nextBoolean() ? BudgetUnit.of(String.valueOf(100000 + random.nextInt(900000)), "单位" + text())
          : BudgetUnit.ofName("单位" + text()));
    }
    if (random.nextBoolean()) {
      b.fiscalYear(2015 + random.nextInt(15));
    }
    b.budget(Budget.of(amount(unit), amount(unit), amount(unit)));
    if (random.nextBoolean()) {
      b.fundUse(text());
    }
    if (plans && random.nextInt(4) > 0) {
      String[] cells = new String[4];
      for (int i = 0; i < 4; i++) {
        cells[i] = random.nextInt(4) == 0 ? "" : random.nextInt(101) + (random.nextBoolean() ? ".00" : "");
      }
      cells[random.nextInt(4)] = "100";
      b.spendingPlan(SpendingPlan.ofMonthEnds(3, 6, 10, 12).percents(cells));
    }
    int goals = random.nextInt(4);
    for (int i = 0; i < goals; i++) {
      b.addGoal(text().replace('\n', '；'));
    }
    int indicators = random.nextInt(6);
    for (int i = 0; i < indicators; i++) {
      b.addIndicator(indicator());
    }
    return b.build();
  }

  private Indicator indicator() {
    Indicator.Builder b = Indicator.builder()
        .categoryLabel(CATEGORIES[random.nextInt(CATEGORIES.length)])
        .subcategoryLabel(SUBCATEGORIES[random.nextInt(SUBCATEGORIES.length)])
        .name("指标" + text())
        .target(TARGETS[random.nextInt(TARGETS.length)]);
    if (random.nextBoolean()) {
      b.description(text());
    }
    if (random.nextBoolean()) {
      b.basis(text());
    }
    if (random.nextInt(3) == 0) {
      b.comparison(Comparison.values()[random.nextInt(Comparison.values().length)]);
    }
    if (random.nextInt(3) == 0) {
      b.unitOfMeasure(text());
    }
    if (random.nextInt(3) == 0) {
      b.direction(Direction.values()[random.nextInt(2)]);
    }
    if (random.nextInt(3) == 0) {
      b.weight(new BigDecimal(random.nextInt(10000)).movePointLeft(random.nextInt(3)));
    }
    return b.build();
  }

  private Amount amount(AmountUnit unit) {
    if (random.nextInt(4) == 0) {
      return null;
    }
    return Amount.of(new BigDecimal(random.nextInt(10_000_000)).movePointLeft(random.nextInt(3)), unit);
  }

  /** One to three words joined, never with a space at either end. */
  private String text() {
    StringBuilder b = new StringBuilder();
    int words = random.nextInt(3) + 1;
    for (int i = 0; i < words; i++) {
      b.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString().strip();
  }
}
