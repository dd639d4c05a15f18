package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.ProjectTargetTable;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CleanTableTest {
  @Test
  void aCorrectTableFromTheWeiFactsYieldsNoFindingAtAll() {
    ValidationReport report = TableValidator.create().validate(CleanTables.wei());
    assertThat(report.findings()).isEmpty();
    assertThat(report.isEmpty()).isTrue();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.messages(Locale.CHINESE)).isEmpty();
  }

  @Test
  void aCorrectTableIsQuietUnderEveryPreset() {
    assertThat(TableValidator.create(ValidationPolicy.lenient()).validate(CleanTables.wei()).findings()).isEmpty();
    assertThat(TableValidator.create(ValidationPolicy.national().toBuilder().framework(IndicatorFramework.CLASSIC)
        .build()).validate(CleanTables.wei()).findings()).isEmpty();
  }

  @Test
  void aTableKeptInYuanIsQuietWhenItsAmountsAreInYuan() {
    ProjectTargetTable yuan = CleanTables.withTarget(CleanTables.COST_ROW, "≤50000元").withAmountUnit(AmountUnit.YUAN)
        .withBudget(Budget.of(Amount.yuan("50000"), Amount.yuan("50000"), Amount.yuan("0")));
    assertThat(TableValidator.create().validate(yuan).findings()).isEmpty();
  }

  @Test
  void costsInAnotherUnitAreConvertedBeforeTheyAreCompared() {
    ValidationReport report = TableValidator.create().validate(
        CleanTables.withTarget(CleanTables.COST_ROW, "≤650000元"));
    assertThat(report.findings()).extracting(f -> f.rule().id() + " " + f.arguments()).containsExactly(
        "JX-MONEY-005 [≤650000元, 65万元, 万元]",
        "JX-MONEY-004 [≤650000元, 65万元, 5.00万元]");
    assertThat(report.findings().get(1).message(Locale.ENGLISH))
        .isEqualTo("The cost target \"≤650000元\" (65万元) is above the project's budget of 5.00万元.");
  }

  @Test
  void aShortWanIsWanYuanAndABareNumberIsInTheTablesUnit() {
    ProjectTargetTable big = CleanTables.wei().withBudget(Budget.of(Amount.wanYuan("250"), Amount.wanYuan("250"),
        Amount.wanYuan("0")));
    for (String quiet : List.of("≤250万", "≤250万元", "≤250", "=250", "≤2500000元", "≤0.025亿元")) {
      ProjectTargetTable t = big.withIndicators(CleanTables.withTarget(CleanTables.COST_ROW, quiet).indicators());
      assertThat(TableValidator.create().validate(t).findings()).as(quiet)
          .noneMatch(f -> f.rule() == Rule.COST_ABOVE_BUDGET || f.rule() == Rule.COST_NOT_AN_AMOUNT);
    }
    ProjectTargetTable over = big.withIndicators(CleanTables.withTarget(CleanTables.COST_ROW, "≤251万").indicators());
    assertThat(TableValidator.create().validate(over).findings()).extracting(Finding::rule)
        .containsExactly(Rule.COST_ABOVE_BUDGET);
  }

  @Test
  void budgetSumsAreExactAcrossUnits() {
    ProjectTargetTable mixed = CleanTables.wei().withBudget(Budget.of(Amount.wanYuan("5.60"), Amount.yuan("56000"),
        Amount.of("0", AmountUnit.YI_YUAN)));
    assertThat(TableValidator.create().validate(mixed).findings()).isEmpty();
    ProjectTargetTable off = CleanTables.wei().withBudget(Budget.of(Amount.wanYuan("5.60"), Amount.yuan("55999.99"),
        Amount.wanYuan("0")));
    assertThat(TableValidator.create().validate(off).findings()).extracting(f -> f.message(Locale.CHINESE))
        .containsExactly("预算数 5.60万元 不等于财政资金 55999.99元 与其他资金 0万元 之和（5.599999万元）。");
  }
}
