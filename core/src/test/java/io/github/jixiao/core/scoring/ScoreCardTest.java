package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.scoring.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluationTable;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A whole table scored: a hundred points over four rows and the budget line, totalled and graded by hand. */
class ScoreCardTest {
  private static SelfEvaluationTable.Builder table() {
    return SelfEvaluationTable.builder()
        .projectCode("13043425P00437410002E").fiscalYear(2025)
        .addIndicator(row("100人", "30", "96人"))          // 30 × 96 ÷ 100 = 28.80
        .addIndicator(row("≤5万元", "20", "4.8万元"))      // met: 20.00
        .addIndicator(row("持续改善", "30", "良好"))        // 30 × 0.8 = 24.00
        .addIndicator(row("≥90%", "10", "85%"))            // 10 × 85 ÷ 90 = 9.444… → 9.44
        .budgetExecution(BudgetExecution.builder().annualBudget(Amount.wanYuan("5.00"))
            .annualSpending(Amount.wanYuan("4.80")).weightText("10").build());   // 9.60
  }

  @Test
  void totalsAndGradesATableWhoseEveryScoreIsComputed() {
    ScoreCard card = ScoringPolicy.national().score(table().build());
    assertThat(card.indicators()).extracting(r -> r.score().orElseThrow())
        .containsExactly(new BigDecimal("28.80"), new BigDecimal("20.00"), new BigDecimal("24.00"),
            new BigDecimal("9.44"));
    assertThat(card.execution().score()).hasValue(new BigDecimal("9.60"));
    assertThat(card.isComplete()).isTrue();
    assertThat(card.total()).hasValue(new BigDecimal("91.84"));
    assertThat(card.grade()).hasValue(Grade.EXCELLENT);
  }

  @Test
  void givesNoTotalWhenAnyRowIsUnscored() {
    ScoreCard card = ScoringPolicy.national().score(table().addIndicator(row("≥22个", "0", "完成")).build());
    assertThat(card.isComplete()).isFalse();
    assertThat(card.indicators()).hasSize(5);
    assertThat(card.indicators().get(4)).isInstanceOf(NotScored.class);
    assertThat(card.total()).isEmpty();
    assertThat(card.grade()).isEmpty();
  }

  @Test
  void givesNoTotalWhenTheBudgetLineIsUnscored() {
    ScoreCard card = ScoringPolicy.national().score(table().budgetExecution(BudgetExecution.empty()).build());
    assertThat(card.indicators()).allMatch(ScoreResult::isScored);
    assertThat(card.total()).isEmpty();
  }
}
