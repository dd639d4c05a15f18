package io.github.jixiao.validation;

import static io.github.jixiao.validation.EvaluationRule.ACTUAL_IS_EXPRESSION;
import static io.github.jixiao.validation.EvaluationRule.ACTUAL_IS_VERDICT;
import static io.github.jixiao.validation.EvaluationRule.EXECUTION_RATE_MISMATCH;
import static io.github.jixiao.validation.EvaluationRule.GRADE_MISMATCH;
import static io.github.jixiao.validation.EvaluationRule.INSTRUCTION_LEFT;
import static io.github.jixiao.validation.EvaluationRule.MET_TARGET_DOCKED;
import static io.github.jixiao.validation.EvaluationRule.MISSED_TARGET_FULL_POINTS;
import static io.github.jixiao.validation.EvaluationRule.MISSED_WITHOUT_REASON;
import static io.github.jixiao.validation.EvaluationRule.SCORE_FAR_FROM_POLICY;
import static io.github.jixiao.validation.EvaluationRule.TOTAL_MISMATCH;
import static io.github.jixiao.validation.EvaluationTables.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A self-evaluation with the defects reviewers see across provinces at once, each found at its cell. */
class UglySelfEvaluationTest {

  private static SelfEvaluationTable clinicSubsidy() {
    return SelfEvaluationTable.builder()
        .fiscalYear(2024)
        .projectCode("36072224P00120330007C")
        .projectName("2024年村卫生室运行补助")
        .addGoal("保障全县212个村卫生室正常运行")
        .outcome("请填写年度总体目标完成情况")
        .budgetExecution(BudgetExecution.builder()
            .annualBudget(Amount.wanYuan("318.00"))
            .annualSpending(Amount.wanYuan("296.40"))
            .executionRateText("100%")
            .weightText("10")
            .scoreText("10")
            .build())
        // Met (212 of ≥212) yet docked 3 points without a word.
        .addIndicator(row(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "补助村卫生室数量", "≥212个", "20",
            "212个", "17"))
        // Missed (88% of ≥95%) yet full points, and no reason.
        .addIndicator(row(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "基本药物配备率", "≥95%", "20", "88%",
            "20"))
        // The target's expression copied as the actual.
        .addIndicator(row(IndicatorCategory.OUTPUT, IndicatorSubcategory.TIMELINESS, "补助资金拨付及时率", "≥90%", "10",
            "≥90%", "10"))
        // A verdict as the actual.
        .addIndicator(row(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL_BENEFIT, "群众就近就医条件", "有效改善",
            "30", "完成", "30"))
        .addIndicator(row(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION,
            "村民满意度", "≥90%", "10", "96%", "10"))
        .totalScoreText("98")
        .gradeText("良")
        .build();
  }

  @Test
  void findsEveryDefectAtItsCell() {
    EvaluationReport report = SelfEvaluationValidator.create().validate(clinicSubsidy());
    assertThat(report.findings()).extracting(EvaluationFinding::rule, EvaluationFinding::indicator,
        EvaluationFinding::field, EvaluationFinding::value).containsExactly(
            tuple(EXECUTION_RATE_MISMATCH, OptionalInt.empty(), "executionRate", Optional.of("100%")),
            tuple(TOTAL_MISMATCH, OptionalInt.empty(), "totalScore", Optional.of("98")),
            tuple(GRADE_MISMATCH, OptionalInt.empty(), "grade", Optional.of("良")),
            tuple(INSTRUCTION_LEFT, OptionalInt.empty(), "outcome", Optional.of("请填写年度总体目标完成情况")),
            // 296.40 ÷ 318.00 = 93.21%: the line earns 9.32, not 10.
            tuple(SCORE_FAR_FROM_POLICY, OptionalInt.empty(), "executionScore", Optional.of("10")),
            tuple(MET_TARGET_DOCKED, OptionalInt.of(0), "score", Optional.of("17")),
            tuple(SCORE_FAR_FROM_POLICY, OptionalInt.of(0), "score", Optional.of("17")),
            // 20 × 88 ÷ 95 = 18.53.
            tuple(MISSED_TARGET_FULL_POINTS, OptionalInt.of(1), "score", Optional.of("20")),
            tuple(MISSED_WITHOUT_REASON, OptionalInt.of(1), "deviation", Optional.empty()),
            tuple(SCORE_FAR_FROM_POLICY, OptionalInt.of(1), "score", Optional.of("20")),
            tuple(ACTUAL_IS_EXPRESSION, OptionalInt.of(2), "actual", Optional.of("≥90%")),
            tuple(ACTUAL_IS_VERDICT, OptionalInt.of(3), "actual", Optional.of("完成")));
    assertThat(report.findings(MISSED_TARGET_FULL_POINTS).get(0).arguments()).containsExactly("20", "88%", "≥95%",
        "18.53");
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void leavesAnUnscoredRowsTotalAndAnAbsentLineScoreToTheLayout() {
    // A layout without a 执行率得分 cell: the rows alone make the total.
    SelfEvaluationTable noLineScore = EvaluationTables.roads().withBudgetExecution(BudgetExecution.empty())
        .withTotalScoreText("90").withAbsentEvaluationCells(EnumSet.of(SelfEvaluationField.EXECUTION_SCORE,
            SelfEvaluationField.EXECUTION_WEIGHT, SelfEvaluationField.EXECUTION_RATE));
    assertThat(SelfEvaluationValidator.create().validate(noLineScore).findings()).isEmpty();
    assertThat(SelfEvaluationValidator.create().validate(noLineScore.withTotalScoreText("99.5"))
        .findings(TOTAL_MISMATCH)).singleElement().satisfies(f -> assertThat(f.arguments()).containsExactly("99.5",
            "90"));
  }
}
