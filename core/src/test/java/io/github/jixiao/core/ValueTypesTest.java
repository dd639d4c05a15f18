package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality, equivalence and the small accessors of the value types. */
class ValueTypesTest {
  private static final List<String> ONE_OF_EACH_KIND =
      List.of("≥22个", "2025年12月底前", "2023.07-2024.01", "优良", "");

  @Test
  void valuesOfDifferentKindsAreNeitherEqualNorEquivalent() {
    for (String a : ONE_OF_EACH_KIND) {
      for (String b : ONE_OF_EACH_KIND) {
        TargetValue va = TargetValue.parse(a);
        TargetValue vb = TargetValue.parse(b);
        assertThat(va.equals(vb)).as("%s equals %s", a, b).isEqualTo(a.equals(b));
        assertThat(va.isEquivalentTo(vb)).as("%s ≡ %s", a, b).isEqualTo(a.equals(b));
        assertThat(va.equals(a)).isFalse();
      }
    }
  }

  @Test
  void equalValuesHashAlikeAndDifferentTextsOfOneKindDiffer() {
    for (String text : ONE_OF_EACH_KIND) {
      TargetValue v = TargetValue.parse(text);
      assertThat(v).isEqualTo(TargetValue.parse(text)).hasSameHashCodeAs(TargetValue.parse(text));
      assertThat(v.toString()).contains(v.kind() == TargetValue.Kind.BLANK ? "Blank" : text);
    }
    assertThat(TargetValue.parse("≥22个").hashCode()).isNotEqualTo(TargetValue.parse("≥23个").hashCode());
    assertThat(TargetValue.parse("优良")).isNotEqualTo(TargetValue.parse("良好"));
    assertThat(TargetValue.parse(" ")).isNotEqualTo(TargetValue.blank()).hasToString("Blank[\" \"]");
    assertThat(TargetValue.parse(" ").isEquivalentTo(TargetValue.blank())).isTrue();
    assertThat(TargetValue.parse(" ").hashCode()).isNotEqualTo(TargetValue.blank().hashCode());
    assertThat(TargetValue.parse("2023.07-2024.01")).isNotEqualTo(TargetValue.parse("2023.07-2024.02"));
    assertThat(TargetValue.parse("2023.07-2024.01").hashCode())
        .isNotEqualTo(TargetValue.parse("2023.07-2024.02").hashCode());
    assertThat(TargetValue.parse("2025年12月底前").hashCode())
        .isNotEqualTo(TargetValue.parse("2025年11月底前").hashCode());
    assertThat(TargetValue.parse("优良").hashCode()).isNotEqualTo(TargetValue.parse("良好").hashCode());
  }

  @Test
  void equivalenceLooksAtEveryPart() {
    TargetValue period = TargetValue.parse("2023.07-2024.01");
    assertThat(period.isEquivalentTo(TargetValue.parse("2023年7月至2024年1月"))).isTrue();
    assertThat(period.isEquivalentTo(TargetValue.parse("2023.08-2024.01"))).isFalse();
    assertThat(period.isEquivalentTo(TargetValue.parse("2023.07-2024.02"))).isFalse();
    TargetValue deadline = TargetValue.parse("2025年12月底前");
    assertThat(deadline.isEquivalentTo(TargetValue.parse("2025年11月底前"))).isFalse();
    assertThat(TargetValue.parse(" 优良 ").isEquivalentTo(TargetValue.parse("优良"))).isTrue();
    assertThat(TargetValue.parse("优良").isEquivalentTo(TargetValue.parse("良好"))).isFalse();
    assertThat(TargetValue.parse("≥22个").isEquivalentTo(TargetValue.parse("≥22人"))).isFalse();
    assertThat(TargetValue.parse("≥22个").isEquivalentTo(TargetValue.parse("≥23个"))).isFalse();
  }

  @Test
  void periodsWithoutYearsReadBothEnds() {
    Period p = (Period) TargetValue.parse("7月1日-12月31日");
    assertThat(p.start()).isEqualTo(PartialDate.ofMonthDay(7, 1));
    assertThat(p.end()).isEqualTo(PartialDate.ofMonthDay(12, 31));
    assertThat(p.kind()).isEqualTo(TargetValue.Kind.PERIOD);
    Period yearThenMonth = (Period) TargetValue.parse("2025年3月-6月");
    assertThat(yearThenMonth.end()).isEqualTo(PartialDate.of(2025, 6));
    assertThat(TargetValue.parse("2025年3月-13月")).isInstanceOf(Qualitative.class);
  }

  @Test
  void partialDatesKnowTheirSpan() {
    assertThat(PartialDate.of(2024, 2).lastDay()).contains(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.of(2024, 2).firstDay()).contains(LocalDate.of(2024, 2, 1));
    assertThat(PartialDate.ofYear(2025).firstDay()).contains(LocalDate.of(2025, 1, 1));
    assertThat(PartialDate.ofYear(2025).lastDay()).contains(LocalDate.of(2025, 12, 31));
    assertThat(PartialDate.of(2025, 12, 15).lastDay()).contains(LocalDate.of(2025, 12, 15));
    assertThat(PartialDate.of(2025, 12, 15).firstDay()).contains(LocalDate.of(2025, 12, 15));
    assertThat(PartialDate.ofMonth(12).lastDay()).isEmpty();
    assertThat(PartialDate.ofMonth(12).firstDay()).isEmpty();
    assertThat(PartialDate.ofMonth(12).precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.ofYear(2025).precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.of(2025, 1, 2).precision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(PartialDate.of(2025, 1, 2)).hasToString("2025年1月2日").isNotEqualTo(PartialDate.of(2025, 1, 3))
        .isNotEqualTo(PartialDate.of(2025, 2, 2)).isNotEqualTo(PartialDate.of(2024, 1, 2))
        .isEqualTo(PartialDate.of(2025, 1, 2)).hasSameHashCodeAs(PartialDate.of(2025, 1, 2));
    assertThat(PartialDate.of(2025, 1, 2).hashCode()).isNotEqualTo(PartialDate.of(2025, 1, 3).hashCode());
    assertThat(PartialDate.ofMonthDay(2, 29).year()).isEmpty();
    assertThatThrownBy(() -> PartialDate.of(2025, 2, 29)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.of(1899, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.of(2200, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(PartialDate.of(1900, 1).year()).hasValue(1900);
    assertThat(PartialDate.of(2199, 12).year()).hasValue(2199);
  }

  @Test
  void comparisonsKnowFloorsAndCeilings() {
    assertThat(Comparison.AT_LEAST.isFloor()).isTrue();
    assertThat(Comparison.MORE_THAN.isFloor()).isTrue();
    assertThat(Comparison.AT_MOST.isFloor()).isFalse();
    assertThat(Comparison.EQUAL.isFloor()).isFalse();
    assertThat(Comparison.AT_MOST.isCeiling()).isTrue();
    assertThat(Comparison.LESS_THAN.isCeiling()).isTrue();
    assertThat(Comparison.AT_LEAST.isCeiling()).isFalse();
    assertThat(Comparison.EQUAL.isCeiling()).isFalse();
    assertThat(Comparison.AT_LEAST.symbol()).isEqualTo("≥");
  }

  @Test
  void quantitiesKnowPercentsAndAmounts() {
    assertThat(((Quantity) TargetValue.parse("≥90百分比")).isPercent()).isTrue();
    assertThat(((Quantity) TargetValue.parse("≥90个")).isPercent()).isFalse();
    assertThat(((Quantity) TargetValue.parse("≥90")).isPercent()).isFalse();
    assertThat(TargetValue.parse("≥90").kind()).isEqualTo(TargetValue.Kind.QUANTITY);
    assertThat(TargetValue.parse("优良").kind()).isEqualTo(TargetValue.Kind.QUALITATIVE);
    assertThat(TargetValue.parse("2025年底前").kind()).isEqualTo(TargetValue.Kind.DEADLINE);
    assertThat(TargetValue.parse("").kind()).isEqualTo(TargetValue.Kind.BLANK);
    assertThat(TargetValue.blank().isBlank()).isTrue();
    assertThat(TargetValue.parse("优良").isBlank()).isFalse();
  }

  @Test
  void unitsAndSignsHaveBoundaries() {
    assertThat(TargetValue.parse("1" + "个".repeat(12))).isInstanceOf(Quantity.class);
    assertThat(TargetValue.parse("1" + "个".repeat(13))).isInstanceOf(Qualitative.class);
    assertThat(TargetValue.parse("一二三四五六七8个")).isInstanceOf(Qualitative.class);
    assertThat(TargetValue.parse("大于或等于12345678个")).isInstanceOf(Quantity.class);
    String longest = "≥" + "9".repeat(Decimals.MAX_LENGTH);
    assertThat(TargetValue.parse(longest)).isInstanceOf(Quantity.class);
    assertThat(TargetValue.parse(longest + "9")).isInstanceOf(Qualitative.class);
    String space800 = " ".repeat(TargetValueGrammar.MAX_VALUE_LENGTH * 4 + 1);
    assertThat(TargetValue.parse(space800).isBlank()).isTrue();
    assertThat(TargetValue.parse("1".repeat(TargetValueGrammar.MAX_VALUE_LENGTH + 1))).isInstanceOf(Qualitative.class);
  }

  @Test
  void checkpointsAndPlansReadLikeThePublishedCells() {
    Checkpoint c = Checkpoint.parse(Month.MARCH, "25.00%");
    assertThat(c.label()).isEqualTo("3月底");
    assertThat(c.isBlank()).isFalse();
    assertThat(Checkpoint.parse(Month.DECEMBER, "\u3000").isBlank()).isTrue();
    assertThat(Checkpoint.parse(Month.JUNE, "５０％").percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("50"));
    assertThat(SpendingPlan.empty().isEmpty()).isTrue();
    assertThat(SpendingPlan.standard("25", "50", "75", "100").isEmpty()).isFalse();
    assertThat(SpendingPlan.standard("25", "50", "75", "100").at(Month.JANUARY)).isEmpty();
    assertThat(Checkpoint.builder().month(Month.MAY).build().toBuilder().build()).isEqualTo(Checkpoint.blank(Month.MAY));
  }

  @Test
  void labelsAreThePublishedOnes() {
    assertThat(Direction.POSITIVE.label()).isEqualTo("正向");
    assertThat(IndicatorCategory.OUTPUT.label()).isEqualTo("产出指标");
    assertThat(IndicatorSubcategory.QUANTITY.labels()).containsExactly("数量指标");
    assertThat(IndicatorSubcategory.QUANTITY.label()).isEqualTo("数量指标");
    assertThat(IndicatorFramework.CORE_2021.label()).isEqualTo("2021年共性指标体系");
    assertThat(IndicatorFramework.parse("2021年共性指标体系")).contains(IndicatorFramework.CORE_2021);
    assertThat(IndicatorFramework.CLASSIC.subcategoriesOf(IndicatorCategory.SATISFACTION))
        .containsExactly(IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION);
    assertThat(AmountUnit.WAN_YUAN.label()).isEqualTo("万元");
  }

  @Test
  void defaultsAreEmptyValuesNotNulls() {
    ProjectTargetTable t = ProjectTargetTable.builder().build();
    assertThat(t.budget()).isEqualTo(Budget.empty()).isEqualTo(Budget.builder().build());
    assertThat(t.spendingPlan()).isEqualTo(SpendingPlan.empty());
    Indicator i = Indicator.builder().build();
    assertThat(i.target()).isEqualTo(TargetValue.blank());
    assertThat(i.name()).isEmpty();
    PerformanceTargetDocument d = PerformanceTargetDocument.builder().build();
    assertThat(d.overview()).isEqualTo(DepartmentTargets.empty());
    assertThat(d.overview().overallGoals()).isEqualTo(TargetSection.empty());
    assertThat(d.overview().keyTasks()).isEqualTo(TargetSection.empty());
    assertThat(d.overview().itemisedGoals()).isEqualTo(TargetSection.empty());
    assertThat(d.overview().safeguardMeasures()).isEqualTo(TargetSection.empty());
    assertThat(DepartmentTargets.empty().isEmpty()).isTrue();
    for (TargetSection s : List.of(TargetSection.of("x"),
        TargetSection.builder().introduction("导语").build())) {
      assertThat(s.isEmpty()).isFalse();
      assertThat(DepartmentTargets.builder().overallGoals(s).build().isEmpty()).isFalse();
      assertThat(DepartmentTargets.builder().keyTasks(s).build().isEmpty()).isFalse();
      assertThat(DepartmentTargets.builder().itemisedGoals(s).build().isEmpty()).isFalse();
      assertThat(DepartmentTargets.builder().safeguardMeasures(s).build().isEmpty()).isFalse();
    }
  }

  @Test
  void everyBuilderCopiesBack() {
    BudgetUnit unit = BudgetUnit.of("712001", "单位");
    assertThat(unit.toBuilder().build()).isEqualTo(unit);
    Budget b = Budget.of(Amount.wanYuan("1"), null, null);
    assertThat(b.toBuilder().build()).isEqualTo(b);
    TargetStatement s = TargetStatement.of("标题", "内容");
    assertThat(s.toBuilder().build()).isEqualTo(s);
    TargetSection sec = TargetSection.of("a", "b");
    assertThat(sec.toBuilder().build()).isEqualTo(sec);
    DepartmentTargets dt = DepartmentTargets.builder().keyTasks(sec).build();
    assertThat(dt.toBuilder().build()).isEqualTo(dt);
    SpendingPlan plan = SpendingPlan.standard("1", "2", "3", "4");
    assertThat(plan.toBuilder().build()).isEqualTo(plan);
  }

  @Test
  void amountsKnowTheirSign() {
    assertThat(Amount.wanYuan("-0.01").isNegative()).isTrue();
    assertThat(Amount.wanYuan("0").isNegative()).isFalse();
    assertThat(Amount.wanYuan("0.01").isNegative()).isFalse();
    assertThat(Amount.wanYuan("1").unit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(Amount.wanYuan("1").isEqualTo(Amount.yuan("10001"))).isFalse();
    assertThat(Amount.wanYuan("1")).isNotEqualTo(Amount.wanYuan("2")).isNotEqualTo("1万元");
    assertThat(Amount.wanYuan("1").hashCode()).isNotEqualTo(Amount.yuan("1").hashCode());
  }
}
