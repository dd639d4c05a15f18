package io.github.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.WrittenAmount;
import org.junit.jupiter.api.Test;

/** The budget line under the national policy: points × min(1, B ÷ A), computed by hand. */
class ExecutionScoringTest {
  private static final ScoringPolicy NATIONAL = ScoringPolicy.national();

  private static BudgetExecution.Builder line(String a, String b) {
    return BudgetExecution.builder().annualBudgetCell(WrittenAmount.parse(a, AmountUnit.WAN_YUAN))
        .annualSpendingCell(WrittenAmount.parse(b, AmountUnit.WAN_YUAN));
  }

  private static String score(BudgetExecution line) {
    ScoreResult r = NATIONAL.scoreExecution(line);
    assertThat(r).isInstanceOf(Scored.class);
    assertThat(((Scored) r).basis()).isEqualTo(ScoreBasis.EXECUTION);
    return ((Scored) r).value().toPlainString();
  }

  private static NotScored notScored(BudgetExecution line) {
    ScoreResult r = NATIONAL.scoreExecution(line);
    assertThat(r).isInstanceOf(NotScored.class);
    return (NotScored) r;
  }

  @Test
  void scoresPointsTimesSpentOverBudget() {
    assertThat(score(line("5.00", "4.80").weightText("10").build())).isEqualTo("9.60");
    assertThat(score(line("3", "2").weightText("10").build())).isEqualTo("6.67");      // 6.666…, half up
    assertThat(score(line("5.00", "5.00").weightText("10").build())).isEqualTo("10.00");
  }

  @Test
  void capsTheShareAtOneWhenMoreWasSpentThanBudgeted() {
    assertThat(score(line("5.00", "5.50").weightText("10").build())).isEqualTo("10.00");
  }

  @Test
  void takesThePolicysPointsWhenTheLineLeavesItsOwnBlank() {
    assertThat(score(line("5.00", "4.80").build())).isEqualTo("9.60");
    assertThat(score(line("5.00", "4.80").weightText("20").build())).isEqualTo("19.20");
  }

  @Test
  void comparesAmountsWrittenInDifferentUnitsExactly() {
    BudgetExecution mixed = BudgetExecution.builder().annualBudget(Amount.wanYuan("5"))
        .annualSpending(Amount.yuan("48000")).build();
    assertThat(score(mixed)).isEqualTo("9.60");
  }

  @Test
  void ignoresThePublishedRateWhichMayContradictAAndB() {
    assertThat(score(line("10", "8").executionRateText("95%").weightText("10").build())).isEqualTo("8.00");
  }

  @Test
  void givesNoScoreWithoutBothAmountsOrWithAZeroBudget() {
    NotScored blankA = notScored(line("", "4.80").build());
    assertThat(blankA.reason()).isEqualTo(NoScoreReason.MISSING_BUDGET);
    assertThat(blankA.explanation()).contains("blank");
    assertThat(notScored(BudgetExecution.empty()).reason()).isEqualTo(NoScoreReason.MISSING_BUDGET);
    NotScored dashB = notScored(line("5.00", "—").build());
    assertThat(dashB.reason()).isEqualTo(NoScoreReason.MISSING_SPENDING);
    assertThat(dashB.explanation()).contains("\"—\" is no amount");
    assertThat(notScored(line("0", "0").build()).reason()).isEqualTo(NoScoreReason.ZERO_BUDGET);
    assertThat(notScored(line("5", "-1").build()).reason()).isEqualTo(NoScoreReason.NEGATIVE_NUMBER);
    assertThat(notScored(line("5", "4").weightText("十分").build()).reason()).isEqualTo(NoScoreReason.NO_POINTS);
  }
}
