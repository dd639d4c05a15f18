package io.github.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.SelfEvaluationTable;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The school-meals example of docs/scoring.md, figure for figure. */
class WorkedExampleTest {

  private static EvaluatedIndicator row(IndicatorCategory category, IndicatorSubcategory subcategory, String name,
      String target, String points, String actual) {
    return EvaluatedIndicator.builder().indicator(Indicator.builder().category(category).subcategory(subcategory)
        .name(name).target(target).weightText(points).build()).actual(actual).build();
  }

  private static SelfEvaluationTable schoolMeals(String orderActual, String satisfactionActual) {
    IndicatorCategory out = IndicatorCategory.OUTPUT;
    IndicatorCategory ben = IndicatorCategory.BENEFIT;
    return SelfEvaluationTable.builder().fiscalYear(2025).projectName("学生营养餐")
        .addIndicator(row(out, IndicatorSubcategory.QUANTITY, "供餐学校数量", "≥40所", "15", "37所"))
        .addIndicator(row(out, IndicatorSubcategory.QUANTITY, "供餐天数", "200天", "10", "200天"))
        .addIndicator(row(out, IndicatorSubcategory.QUANTITY, "受益学生人数", "6000人", "10", "6150人"))
        .addIndicator(row(out, IndicatorSubcategory.QUALITY, "食品安全事故", "≤0起", "5", "0起"))
        .addIndicator(row(out, IndicatorSubcategory.COST, "人均餐费", "≤4元", "10", "4.4元"))
        .addIndicator(row(ben, IndicatorSubcategory.SOCIAL_BENEFIT, "学生营养状况", "持续改善", "15", "良好"))
        .addIndicator(row(ben, IndicatorSubcategory.SOCIAL_BENEFIT, "就餐秩序", "良好", "15", orderActual))
        .addIndicator(row(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION,
            "家长满意度", "≥90%", "10", satisfactionActual))
        .budgetExecution(BudgetExecution.builder().annualBudget(Amount.wanYuan("320.00"))
            .annualSpending(Amount.wanYuan("296.00")).weightText("10").build())
        .build();
  }

  @Test
  void scoresTheDocumentsTableRowByRow() {
    ScoreCard card = ScoringPolicy.national().score(schoolMeals("完成", "≥90%"));
    List<ScoreResult> rows = card.indicators();
    assertThat(rows.subList(0, 6)).extracting(r -> r.score().orElseThrow().toPlainString())
        .containsExactly("13.88", "10.00", "9.76", "5.00", "9.09", "12.00");
    assertThat(((NotScored) rows.get(6)).reason()).isEqualTo(NoScoreReason.ACTUAL_IS_VERDICT);
    assertThat(((NotScored) rows.get(7)).reason()).isEqualTo(NoScoreReason.ACTUAL_IS_EXPRESSION);
    assertThat(card.execution().score()).hasValue(new BigDecimal("9.25"));
    assertThat(card.total()).isEmpty();
  }

  @Test
  void totalsTheDocumentsTableOnceEveryActualIsAValue() {
    ScoreCard card = ScoringPolicy.national().score(schoolMeals("一般", "92.5%"));
    assertThat(card.indicators().get(6).score()).hasValue(new BigDecimal("9.00"));
    assertThat(card.indicators().get(7).score()).hasValue(new BigDecimal("10.00"));
    assertThat(card.total()).hasValue(new BigDecimal("87.98"));
    assertThat(card.grade()).hasValue(Grade.GOOD);
  }
}
