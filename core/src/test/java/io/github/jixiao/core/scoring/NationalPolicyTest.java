package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.scoring.Rows.indicator;
import static io.github.jixiao.core.scoring.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.IndicatorCategory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Scores computed by hand under 财预〔2020〕10号, the expected values worked out in the comments. */
class NationalPolicyTest {
  private static final ScoringPolicy NATIONAL = ScoringPolicy.national();

  private static Scored scored(EvaluatedIndicator row) {
    ScoreResult r = NATIONAL.score(row);
    assertThat(r).as(row.actual().raw()).isInstanceOf(Scored.class);
    return (Scored) r;
  }

  private static NotScored notScored(EvaluatedIndicator row) {
    ScoreResult r = NATIONAL.score(row);
    assertThat(r).as(row.actual().raw()).isInstanceOf(NotScored.class);
    return (NotScored) r;
  }

  private static void assertScore(EvaluatedIndicator row, String expected, ScoreBasis basis) {
    Scored s = scored(row);
    assertThat(s.value()).as(row.indicator().target().raw() + " / " + row.actual().raw()).isEqualTo(expected);
    assertThat(s.basis()).isEqualTo(basis);
  }

  @Test
  void weighsOutputBenefitSatisfactionAndExecutionFiftyThirtyTenTen() {
    assertThat(NATIONAL.weight(IndicatorCategory.OUTPUT)).hasValue(new BigDecimal("50"));
    assertThat(NATIONAL.weight(IndicatorCategory.BENEFIT)).hasValue(new BigDecimal("30"));
    assertThat(NATIONAL.weight(IndicatorCategory.SATISFACTION)).hasValue(new BigDecimal("10"));
    assertThat(NATIONAL.weight(IndicatorCategory.COST)).as("counted within 产出").isEmpty();
    assertThat(NATIONAL.executionWeight()).isEqualTo("10");
    assertThat(NATIONAL.name()).isEqualTo("财预〔2020〕10号");
    assertThat(NATIONAL.monitoringLag()).isEqualTo("10");
  }

  @Test
  void givesFullPointsToAFloorMetExactlyOrExceeded() {
    assertScore(row("≥22个", "10", "22个"), "10.00", ScoreBasis.MET);
    assertScore(row("≥22个", "10", "25个"), "10.00", ScoreBasis.MET);
    assertScore(row(">80%", "5", "80%"), "5.00", ScoreBasis.MET);
    assertThat(scored(row("≥22个", "10", "22个")).isFullPoints()).isTrue();
  }

  @Test
  void scoresAMissedFloorByActualOverTarget() {
    assertScore(row("≥22个", "10", "20个"), "9.09", ScoreBasis.SHORTFALL);   // 10 × 20 ÷ 22 = 9.0909…
    assertScore(row("≥95%", "10", "90%"), "9.47", ScoreBasis.SHORTFALL);     // 10 × 90 ÷ 95 = 9.4736…
    assertScore(row("≥95%", "10", "90"), "9.47", ScoreBasis.SHORTFALL);      // a bare number takes the target's unit
    assertThat(scored(row("≥22个", "10", "20个")).isFullPoints()).isFalse();
  }

  @Test
  void roundsOnceToTwoDecimalsHalfUp() {
    assertScore(row("≥8次", "5", "1次"), "0.63", ScoreBasis.SHORTFALL);        // 5 × 1 ÷ 8 = 0.625, half up
    assertScore(row("≥3次", "10", "2次"), "6.67", ScoreBasis.SHORTFALL);       // 6.666…, never 6.66 or 6.7
    assertScore(row("≥22个", "12.5", "22个"), "12.50", ScoreBasis.MET);
  }

  @Test
  void scoresACeilingMetOrBroken() {
    assertScore(row("≤5万元", "10", "4.8万元"), "10.00", ScoreBasis.MET);
    assertScore(row("≤5万元", "10", "5万元"), "10.00", ScoreBasis.MET);
    assertScore(row("≤5万元", "10", "6万元"), "8.33", ScoreBasis.EXCESS);     // 10 × 5 ÷ 6 = 8.333…
    assertScore(row("≤5万元", "10", "5.2万"), "9.62", ScoreBasis.EXCESS);     // 万 is 万元 cut short: 9.615…
    assertScore(row("<2%", "10", "2.5%"), "8.00", ScoreBasis.EXCESS);        // 10 × 2 ÷ 2.5
  }

  @Test
  void scoresAnExactTargetMetOnlyWhenEqualAndOtherwiseByItsDirection() {
    assertScore(row("100人", "20", "100人"), "20.00", ScoreBasis.MET);
    assertScore(row("100人", "20", "96人"), "19.20", ScoreBasis.DEVIATION);  // 20 × 96 ÷ 100
    assertScore(row("100人", "20", "104人"), "19.23", ScoreBasis.DEVIATION); // 20 × 100 ÷ 104 = 19.230…
    EvaluatedIndicator higherIsBetter = row(indicator("100人", "20").withDirection(Direction.POSITIVE), "104人");
    assertScore(higherIsBetter, "20.00", ScoreBasis.MET);
    EvaluatedIndicator lowerIsBetter = row(indicator("100人", "20").withDirection(Direction.NEGATIVE), "96人");
    assertScore(lowerIsBetter, "20.00", ScoreBasis.MET);
    EvaluatedIndicator lowerIsBetterBroken = row(indicator("100人", "20").withDirection(Direction.NEGATIVE), "125人");
    assertScore(lowerIsBetterBroken, "16.00", ScoreBasis.EXCESS);             // 20 × 100 ÷ 125
  }

  @Test
  void readsTheComparisonAndUnitOfASplitLayout() {
    EvaluatedIndicator split = row(indicator("22", "10").withComparisonText("≥").withUnitOfMeasure("个"), "20");
    assertScore(split, "9.09", ScoreBasis.SHORTFALL);
    EvaluatedIndicator percentColumn = row(indicator("95", "10").withComparisonText(">=").withUnitOfMeasure("%"),
        "98个");
    assertThat(notScored(percentColumn).reason()).isEqualTo(NoScoreReason.UNIT_MISMATCH);
  }

  @Test
  void refusesToScoreAFloorOfZeroAndScoresACeilingOfZero() {
    NotScored zero = notScored(row("≥0个", "10", "3个"));
    assertThat(zero.reason()).isEqualTo(NoScoreReason.ZERO_TARGET);
    assertThat(zero.explanation()).contains("≥0个");
    assertScore(row("≤0起", "10", "0起"), "10.00", ScoreBasis.MET);
    assertScore(row("≤0起", "10", "2起"), "0.00", ScoreBasis.EXCESS);        // 10 × 0 ÷ 2
    assertScore(row("0起", "10", "1起"), "0.00", ScoreBasis.DEVIATION);      // 10 × 0 ÷ 1
  }

  @Test
  void givesNoScoreAcrossUnits() {
    NotScored money = notScored(row("≤5万元", "10", "48000元"));
    assertThat(money.reason()).isEqualTo(NoScoreReason.UNIT_MISMATCH);
    assertThat(money.explanation()).contains("元").contains("万元");
    assertThat(notScored(row("≥90%", "10", "92个")).reason()).isEqualTo(NoScoreReason.UNIT_MISMATCH);
    assertThat(notScored(row("≥22个", "10", "22人")).reason()).isEqualTo(NoScoreReason.UNIT_MISMATCH);
    assertScore(row("≥90百分比", "10", "90%"), "10.00", ScoreBasis.MET);
  }

  @Test
  void givesNoScoreToAnActualThatIsNoValue() {
    NotScored copied = notScored(row("≥100%", "10", "≥100%"));
    assertThat(copied.reason()).isEqualTo(NoScoreReason.ACTUAL_IS_EXPRESSION);
    assertThat(copied.explanation()).contains("copy of the target");
    assertThat(notScored(row("≥95%", "10", "≥98%")).reason()).isEqualTo(NoScoreReason.ACTUAL_IS_EXPRESSION);
    assertThat(notScored(row("80-100分", "10", "80-100分")).reason()).isEqualTo(NoScoreReason.ACTUAL_IS_EXPRESSION);
    NotScored copiedDeadline = notScored(row("2025年12月底前", "5", "2025年12月底前"));
    assertThat(copiedDeadline.reason()).isEqualTo(NoScoreReason.ACTUAL_IS_EXPRESSION);
    assertThat(copiedDeadline.explanation()).contains("copy of the target");
    assertScore(row("100人", "10", "100人"), "10.00", ScoreBasis.MET);           // an exact target repeated is reached
    NotScored verdict = notScored(row("≥22个", "10", "完成"));
    assertThat(verdict.reason()).isEqualTo(NoScoreReason.ACTUAL_IS_VERDICT);
    assertThat(verdict.explanation()).contains("\"完成\"");
    assertThat(notScored(row("≥22个", "10", "已达标")).reason()).isEqualTo(NoScoreReason.ACTUAL_IS_VERDICT);
    assertThat(notScored(row("≥22个", "10", "全年开展多次培训")).reason())
        .isEqualTo(NoScoreReason.ACTUAL_NOT_A_NUMBER);
    assertThat(notScored(row("≥22个", "10", "2025年12月")).reason()).isEqualTo(NoScoreReason.ACTUAL_NOT_A_NUMBER);
  }

  @Test
  void givesNoScoreWithoutAnActualATargetOrPoints() {
    assertThat(notScored(row("≥22个", "10", "")).reason()).isEqualTo(NoScoreReason.BLANK_ACTUAL);
    assertThat(notScored(row("≥22个", "10", "  ")).reason()).isEqualTo(NoScoreReason.BLANK_ACTUAL);
    assertThat(notScored(row("", "10", "22个")).reason()).isEqualTo(NoScoreReason.BLANK_TARGET);
    NotScored noPoints = notScored(row("≥22个", "", "22个"));
    assertThat(noPoints.reason()).isEqualTo(NoScoreReason.NO_POINTS);
    assertThat(noPoints.explanation()).isEqualTo("分值 is blank");
    NotScored wordPoints = notScored(row("≥22个", "十分", "22个"));
    assertThat(wordPoints.reason()).isEqualTo(NoScoreReason.NO_POINTS);
    assertThat(wordPoints.explanation()).contains("十分");
    NotScored unpointed = notScored(EvaluatedIndicator.builder().indicator(indicator("≥22个", "1").withWeightText(
        java.util.Optional.empty())).actual("22个").build());
    assertThat(unpointed.reason()).isEqualTo(NoScoreReason.NO_POINTS);
    assertThat(notScored(row("≥-5%", "10", "-3%")).reason()).isEqualTo(NoScoreReason.NEGATIVE_NUMBER);
  }

  @Test
  void gradesAQualitativeActual() {
    assertScore(row("持续改善", "10", "持续改善"), "10.00", ScoreBasis.MET);
    assertScore(row("持续改善", "10", "优"), "10.00", ScoreBasis.GRADE);
    assertScore(row("持续改善", "10", "良好"), "8.00", ScoreBasis.GRADE);
    assertScore(row("持续改善", "10", "一般"), "6.00", ScoreBasis.GRADE);
    assertScore(row("持续改善", "10", "较差"), "0.00", ScoreBasis.GRADE);
    assertScore(row("效果明显", "5", "部分达成"), "4.00", ScoreBasis.GRADE);
    assertScore(row("效果明显", "5", "未达成"), "0.00", ScoreBasis.GRADE);
    assertScore(row("效果明显", "7.5", "良"), "6.00", ScoreBasis.GRADE);
    assertThat(notScored(row("持续改善", "10", "完成")).reason()).isEqualTo(NoScoreReason.ACTUAL_IS_VERDICT);
    assertThat(notScored(row("持续改善", "10", "有所改善")).reason()).isEqualTo(NoScoreReason.ACTUAL_NOT_GRADED);
    assertThat(notScored(row("持续改善", "10", "优、良、中、差")).reason())
        .as("the grading scale itself").isEqualTo(NoScoreReason.ACTUAL_NOT_GRADED);
    assertThat(notScored(row("持续改善", "10", "95%")).reason()).isEqualTo(NoScoreReason.ACTUAL_NOT_GRADED);
  }

  @Test
  void scoresARangeAndAToleranceByTheirEnds() {
    assertScore(row("80-100分", "10", "80分"), "10.00", ScoreBasis.MET);
    assertScore(row("80-100分", "10", "100分"), "10.00", ScoreBasis.MET);
    assertScore(row("80-100分", "10", "60分"), "7.50", ScoreBasis.SHORTFALL);  // 10 × 60 ÷ 80
    assertScore(row("80-100分", "10", "120分"), "8.33", ScoreBasis.EXCESS);    // 10 × 100 ÷ 120
    assertScore(row("±3%", "10", "-2%"), "10.00", ScoreBasis.MET);
    assertScore(row("±3%", "10", "4%"), "7.50", ScoreBasis.EXCESS);            // 10 × 3 ÷ 4
  }

  @Test
  void holdsADeadlineMetOrMissed() {
    assertScore(row("2025年12月底前", "5", "2025年11月底前"), "5.00", ScoreBasis.MET);
    assertScore(row("2025年12月底前", "5", "2026年3月底前"), "0.00", ScoreBasis.LATE);
    assertThat(notScored(row("2025年12月底前", "5", "按时完成")).reason()).isEqualTo(NoScoreReason.ACTUAL_IS_VERDICT);
    assertThat(notScored(row("2025年12月底前", "5", "100%")).reason()).isEqualTo(NoScoreReason.ACTUAL_NOT_A_DATE);
    assertScore(row("2025年12月底前", "5", "良好"), "4.00", ScoreBasis.GRADE);
  }
}
