package io.github.jixiao.validation;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Random tables made of the cells real tables hold (the seeds' values and the defects docs/glossary.md lists) and of
 * arbitrary text, driven by a source of ints so that both a seeded {@link java.util.Random} and a fuzzer can
 * drive it.
 */
final class RandomTables {
  private static final List<String> TARGETS = List.of("≥22个", "≥90%", "100%", "≤100%", "2025年12月底完成",
      "≤5万", "≤5万元", "≤650000元", "250万", "组织培训班次", "≥80认可度", ">80认可度", "≥78人数", "44,561",
      "28.8万元", "2023.07-2024.01", "优良", "持续改善", "", " ", "≥120%", "≥0%", "不低于85%", "5万元以内", "≤-3",
      "${x}", "{0}", "'", "99999999999999999999999万元", "≥1e9%");
  private static final List<String> WORDS = List.of("组织培训次数", "满意度", "服务对象满意度", "", "年度工作安排",
      "${x}", "#{y}", "{z}", "'", "\n", "创建基层优秀团组织数量");
  private static final List<String> CODES = List.of("13043425P00450110058B", "13068221E88N3FCA3CGT1", "130434",
      "", "13043424P00450110058B", "13068225P00450110058B", "{0}");
  private static final List<String> AMOUNTS = List.of("5.00", "0", "-1", "5.6", "56000", "0.0001",
      "123456789012345678901234567890");

  private final IntUnaryOperator next;

  /** {@code next.applyAsInt(n)} returns an int in [0, n). */
  RandomTables(IntUnaryOperator next) {
    this.next = next;
  }

  ProjectTargetTable table() {
    ProjectTargetTable.Builder b = ProjectTargetTable.builder();
    if (flip()) {
      b.fiscalYear(2020 + next.applyAsInt(8));
    }
    if (flip()) {
      b.unit(BudgetUnit.of(pick(List.of("712001", "71200", "7120011", "{0}")), pick(WORDS)));
    }
    if (flip()) {
      b.projectCode(pick(CODES));
    }
    if (flip()) {
      b.projectName(pick(WORDS));
    }
    b.amountUnit(pick(List.of(AmountUnit.values())));
    b.budget(Budget.of(amount(), amount(), amount()));
    b.spendingPlan(plan());
    int goals = next.applyAsInt(3);
    for (int i = 0; i < goals; i++) {
      b.addGoal(pick(WORDS));
    }
    int rows = next.applyAsInt(9);
    for (int i = 0; i < rows; i++) {
      b.addIndicator(indicator());
    }
    if (flip()) {
      b.framework(pick(List.of(IndicatorFramework.values())));
    }
    return b.complete(next.applyAsInt(5) > 0).build();
  }

  private Indicator indicator() {
    Indicator.Builder b = Indicator.builder();
    b.categoryLabel(next.applyAsInt(8) == 0 ? pick(WORDS) : pick(List.of(IndicatorCategory.values())).label());
    b.subcategoryLabel(next.applyAsInt(8) == 0 ? pick(WORDS) : pick(List.of(IndicatorSubcategory.values())).label());
    b.name(pick(WORDS)).target(pick(TARGETS));
    if (flip()) {
      b.description(pick(WORDS));
    }
    if (flip()) {
      b.basis(pick(WORDS));
    }
    if (next.applyAsInt(4) == 0) {
      b.comparison(pick(List.of(Comparison.values())));
    }
    if (next.applyAsInt(4) == 0) {
      b.unitOfMeasure(pick(List.of("%", "万元", "个", "百分比", "")));
    }
    if (next.applyAsInt(4) == 0) {
      b.direction(pick(List.of(Direction.values())));
    }
    if (next.applyAsInt(4) == 0) {
      b.weight(new BigDecimal(next.applyAsInt(30)));
    }
    return b.build();
  }

  private SpendingPlan plan() {
    SpendingPlan.Builder b = SpendingPlan.builder();
    int n = next.applyAsInt(6);
    for (int i = 0; i < n; i++) {
      Month m = Month.of(1 + next.applyAsInt(12));
      b.addCheckpoint(flip() ? Checkpoint.blank(m) : Checkpoint.of(m, new BigDecimal(next.applyAsInt(130) - 10)));
    }
    return b.build();
  }

  private Amount amount() {
    return flip() ? null : Amount.of(pick(AMOUNTS), pick(List.of(AmountUnit.values())));
  }

  private boolean flip() {
    return next.applyAsInt(2) == 0;
  }

  private <T> T pick(List<T> from) {
    return from.get(next.applyAsInt(from.size()));
  }
}
