package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.scoring.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.SelfEvaluationTable;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A provincial variant built on the national rules: 产出 40 / 效益 30 / 满意度 10 / 执行率 20, a missed target
 * capped at 80% of its points and worth nothing under 60% completion, money units converted, and a grade word
 * of its own.
 */
class ProvincialPolicyTest {
  private static final ScoringPolicy PROVINCE = ScoringPolicy.builder()
      .name("某省2024年办法")
      .weight(IndicatorCategory.OUTPUT, new BigDecimal("40"))
      .executionWeight(new BigDecimal("20"))
      .missedCap(new BigDecimal("0.8"))
      .zeroBelow(new BigDecimal("0.6"))
      .convertMoneyUnits(true)
      .grade("达到预期", BigDecimal.ONE)
      .build();

  private static String score(ScoringPolicy policy, String target, String points, String actual) {
    ScoreResult r = policy.score(row(target, points, actual));
    return r.score().map(BigDecimal::toPlainString).orElse(r.toString());
  }

  @Test
  void weighsAsTheProvinceSays() {
    assertThat(PROVINCE.name()).isEqualTo("某省2024年办法");
    assertThat(PROVINCE.weight(IndicatorCategory.OUTPUT)).hasValue(new BigDecimal("40"));
    assertThat(PROVINCE.weight(IndicatorCategory.BENEFIT)).hasValue(new BigDecimal("30"));
    assertThat(PROVINCE.executionWeight()).isEqualTo("20");
    assertThat(ScoringPolicy.national().weight(IndicatorCategory.OUTPUT)).hasValue(new BigDecimal("50"));
  }

  @Test
  void capsAMissedTargetAndScoresNothingBelowTheThreshold() {
    assertThat(score(PROVINCE, "≥22个", "10", "22个")).isEqualTo("10.00");     // met: not capped
    assertThat(score(PROVINCE, "≥22个", "10", "20个")).isEqualTo("8.00");      // 90.9%, capped at 80%
    assertThat(score(PROVINCE, "≥22个", "10", "15个")).isEqualTo("6.82");      // 68.2%: 10 × 15 ÷ 22
    assertThat(score(PROVINCE, "≥22个", "10", "12个")).isEqualTo("0.00");      // 54.5%, under 60%
    assertThat(score(PROVINCE, "≥20个", "10", "12个")).isEqualTo("6.00");      // exactly 60%: not under it
    assertThat(score(ScoringPolicy.national(), "≥22个", "10", "12个")).isEqualTo("5.45");
  }

  @Test
  void convertsMoneyUnitsExactlyWhereTheNationalPolicyRefuses() {
    assertThat(score(PROVINCE, "≤5万元", "10", "48000元")).isEqualTo("10.00");
    assertThat(score(PROVINCE, "≤5万元", "10", "60000元")).isEqualTo("8.00");   // 83.3%, capped at 80%
    assertThat(ScoringPolicy.national().score(row("≤5万元", "10", "48000元")))
        .isInstanceOfSatisfying(NotScored.class, n -> assertThat(n.reason()).isEqualTo(NoScoreReason.UNIT_MISMATCH));
  }

  @Test
  void allowsMonitoredSpendingTheLagTheProvinceSetsAndTenWhenItSaysNothing() {
    assertThat(ScoringPolicy.builder().monitoringLag(new BigDecimal("15")).build().monitoringLag()).isEqualTo("15");
    assertThat(ScoringPolicy.builder().build().monitoringLag()).isEqualTo("10");
    assertThatThrownBy(() -> ScoringPolicy.builder().monitoringLag(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void takesItsOwnExecutionPointsAndGrades() {
    BudgetExecution line = BudgetExecution.builder().annualBudget(Amount.wanYuan("5.00"))
        .annualSpending(Amount.wanYuan("4.80")).build();
    assertThat(PROVINCE.scoreExecution(line).score()).hasValue(new BigDecimal("19.20"));   // 20 × 4.8 ÷ 5
    assertThat(score(PROVINCE, "持续改善", "10", "达到预期")).isEqualTo("10.00");
    assertThat(ScoringPolicy.national().score(row("持续改善", "10", "达到预期")))
        .isInstanceOfSatisfying(NotScored.class, n -> assertThat(n.reason()).isEqualTo(NoScoreReason.ACTUAL_IS_VERDICT));
  }

  @Test
  void forgetsTheNationalGradesWhenTold() {
    ScoringPolicy ownScale = ScoringPolicy.builder().clearGrades().grade("A", BigDecimal.ONE)
        .grade("B", new BigDecimal("0.75")).build();
    assertThat(score(ownScale, "持续改善", "8", "B")).isEqualTo("6.00");
    assertThat(ownScale.score(row("持续改善", "8", "良好")))
        .isInstanceOfSatisfying(NotScored.class, n -> assertThat(n.reason()).isEqualTo(NoScoreReason.ACTUAL_NOT_GRADED));
  }

  @Test
  void scoresAWholeTableUnderAPolicyThatScoresDifferentlyInKind() {
    // A province that gives a qualitative row full points when met and nothing otherwise, and keeps the national
    // rules for everything else: it implements the interface and gets the table's score card for free.
    ScoringPolicy allOrNothing = new ScoringPolicy() {
      private final ScoringPolicy national = ScoringPolicy.national();

      @Override
      public String name() {
        return "all or nothing";
      }

      @Override
      public Optional<BigDecimal> weight(IndicatorCategory category) {
        return national.weight(category);
      }

      @Override
      public BigDecimal executionWeight() {
        return national.executionWeight();
      }

      @Override
      public ScoreResult score(EvaluatedIndicator row) {
        ScoreResult r = national.score(row);
        if (r instanceof Scored s && s.basis() == ScoreBasis.GRADE) {
          return ScoreResult.scored(s.isFullPoints() ? s.points() : BigDecimal.ZERO, s.points(), ScoreBasis.GRADE);
        }
        return r;
      }

      @Override
      public ScoreResult scoreExecution(BudgetExecution line) {
        return national.scoreExecution(line);
      }
    };
    ScoreCard card = allOrNothing.score(SelfEvaluationTable.builder()
        .addIndicator(row("持续改善", "30", "良好"))
        .addIndicator(row("≥22个", "60", "20个"))                                  // 60 × 20 ÷ 22 = 54.545…
        .budgetExecution(BudgetExecution.builder().annualBudget(Amount.wanYuan("5"))
            .annualSpending(Amount.wanYuan("5")).build())
        .build());
    assertThat(card.indicators()).extracting(r -> r.score().orElseThrow().toPlainString())
        .containsExactly("0.00", "54.55");
    assertThat(card.total()).hasValue(new BigDecimal("64.55"));
  }

  @Test
  void refusesSharesOutsideZeroToOneAndNegativePoints() {
    assertThatThrownBy(() -> ScoringPolicy.builder().missedCap(new BigDecimal("1.2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2");
    assertThatThrownBy(() -> ScoringPolicy.builder().zeroBelow(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoringPolicy.builder().weight(IndicatorCategory.BENEFIT, new BigDecimal("-30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-30");
  }
}
