package io.github.jixiao.validation;

import static io.github.jixiao.validation.EvaluationTables.ACCEPTANCE_ROW;
import static io.github.jixiao.validation.EvaluationTables.GOAL_1;
import static io.github.jixiao.validation.EvaluationTables.GOAL_2;
import static io.github.jixiao.validation.EvaluationTables.MILEAGE_ROW;
import static io.github.jixiao.validation.EvaluationTables.SATISFACTION_ROW;
import static io.github.jixiao.validation.EvaluationTables.TRAVEL_ROW;
import static io.github.jixiao.validation.EvaluationTables.roads;
import static io.github.jixiao.validation.EvaluationTables.withLine;
import static io.github.jixiao.validation.EvaluationTables.withRow;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.core.WrittenAmount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * For every {@link EvaluationRule}, a table that triggers it (and the cell the finding must name) and a near miss
 * that must stay quiet; docs/rules.md describes the same examples in words. The base is
 * {@link EvaluationTables#roads()}, which yields no finding.
 */
final class EvaluationRuleExamples {
  record Location(OptionalInt indicator, String field, Optional<String> detail) {
    static Location table(String field) {
      return new Location(OptionalInt.empty(), field, Optional.empty());
    }

    static Location row(int row, String field) {
      return new Location(OptionalInt.of(row), field, Optional.empty());
    }
  }

  record Example(Supplier<EvaluationReport> trigger, Location at, Supplier<EvaluationReport> quiet) {}

  private static final SelfEvaluationValidator VALIDATOR = SelfEvaluationValidator.create();

  private EvaluationRuleExamples() {}

  static Map<EvaluationRule, Example> all() {
    Map<EvaluationRule, Example> m = new EnumMap<>(EvaluationRule.class);
    m.put(EvaluationRule.EXECUTION_RATE_MISMATCH, of(withLine(l -> l.executionRateText("98.00%")),
        Location.table("executionRate"), withLine(l -> l.executionRateText("0.95"))));
    m.put(EvaluationRule.SCORE_ABOVE_POINTS, of(withRow(MILEAGE_ROW, r -> r.scoreText("22")),
        Location.row(MILEAGE_ROW, "score"), withRow(MILEAGE_ROW, r -> r.scoreText("20.0"))));
    m.put(EvaluationRule.TOTAL_MISMATCH, of(roads().withTotalScoreText("98.5"), Location.table("totalScore"),
        roads().withTotalScoreText("99.50")));
    m.put(EvaluationRule.POINTS_OFF_POLICY, of(
        withRow(ACCEPTANCE_ROW, r -> r.indicator(roads().indicators().get(ACCEPTANCE_ROW).indicator()
            .withWeightText("20")).scoreText("20")),
        new Location(OptionalInt.empty(), "weight", Optional.of("产出指标")),
        pointsMovedWithinOutput()));
    m.put(EvaluationRule.GRADE_MISMATCH, of(roads().withGradeText("良"), Location.table("grade"),
        roads().withGradeText("优秀")));
    m.put(EvaluationRule.MET_TARGET_DOCKED, of(withRow(MILEAGE_ROW, r -> r.scoreText("17")),
        Location.row(MILEAGE_ROW, "score"),
        withRow(MILEAGE_ROW, r -> r.scoreText("17").deviation("两段路面汛期冲毁返工，验收时按整改意见扣3分"))));
    m.put(EvaluationRule.MISSED_TARGET_FULL_POINTS, of(
        withRow(ACCEPTANCE_ROW, r -> r.actual("92%").deviation("雨季施工两段返工")),
        Location.row(ACCEPTANCE_ROW, "score"),
        withRow(ACCEPTANCE_ROW, r -> r.actual("92%").scoreText("14.5").deviation("雨季施工两段返工"))));
    m.put(EvaluationRule.MISSED_WITHOUT_REASON, of(withRow(ACCEPTANCE_ROW, r -> r.actual("92%").scoreText("14.5")),
        Location.row(ACCEPTANCE_ROW, "deviation"),
        withRow(ACCEPTANCE_ROW, r -> r.actual("92%").scoreText("14.5").deviation("雨季施工两段返工，已督促整改"))));
    m.put(EvaluationRule.SCORE_FAR_FROM_POLICY, of(
        withRow(ACCEPTANCE_ROW, r -> r.actual("92%").scoreText("13").deviation("雨季施工两段返工")),
        Location.row(ACCEPTANCE_ROW, "score"),
        withRow(ACCEPTANCE_ROW, r -> r.actual("92%").scoreText("14.5").deviation("雨季施工两段返工"))));
    m.put(EvaluationRule.ACTUAL_BLANK, of(withRow(SATISFACTION_ROW, r -> r.actual(TargetValue.parse(" "))),
        Location.row(SATISFACTION_ROW, "actual"), withRow(SATISFACTION_ROW, r -> r.actual("90%"))));
    m.put(EvaluationRule.ACTUAL_IS_EXPRESSION, of(withRow(SATISFACTION_ROW, r -> r.actual("≥90%")),
        Location.row(SATISFACTION_ROW, "actual"), withRow(SATISFACTION_ROW, r -> r.actual("90%"))));
    m.put(EvaluationRule.ACTUAL_IS_VERDICT, of(withRow(TRAVEL_ROW, r -> r.actual("完成")),
        Location.row(TRAVEL_ROW, "actual"), withRow(TRAVEL_ROW, r -> r.actual("良好"))));
    m.put(EvaluationRule.OUTCOME_COPIES_GOALS, of(roads().withOutcome(GOAL_1 + "；" + GOAL_2 + "。"),
        Location.table("outcome"), roads().withOutcome(GOAL_1 + "，实际养护86公里；" + GOAL_2 + "，实际合格率97%")));
    m.put(EvaluationRule.INSTRUCTION_LEFT, of(roads().withOutcome("（填写项目年度实际完成情况）"),
        Location.table("outcome"), roads().withOutcome("按计划完成养护，说明会上群众代表表示满意")));
    m.put(EvaluationRule.TABLE_UNSCORED, of(unscored(), Location.table("totalScore"), unscoredButOneRow()));
    m.put(EvaluationRule.EXECUTION_BEHIND_SCHEDULE, of(behind("50.00", "41.67%"), Location.table("executionRate"),
        behind("60.00", "50.00%")));
    m.put(EvaluationRule.MONITORED_RATE_MISMATCH, of(behind("70.00", "65%"), Location.table("executionRate"),
        behind("70.00", "58.3%")));
    return m;
  }

  private static SelfEvaluationTable pointsMovedWithinOutput() {
    SelfEvaluationTable t = withRow(MILEAGE_ROW, r -> r.indicator(roads().indicators().get(MILEAGE_ROW).indicator()
        .withWeightText("15")).scoreText("15"));
    List<EvaluatedIndicator> rows = new ArrayList<>(t.indicators());
    rows.set(ACCEPTANCE_ROW, rows.get(ACCEPTANCE_ROW).withIndicator(rows.get(ACCEPTANCE_ROW).indicator()
        .withWeightText("20")).withScoreText("20"));
    return t.withIndicators(rows);
  }

  /** The roads table with every 得分 and 总分 left blank, as a unit that skipped the self-evaluation publishes it. */
  private static SelfEvaluationTable unscored() {
    SelfEvaluationTable t = withLine(l -> l.scoreText(Optional.empty()));
    return t.withTotalScoreText(Optional.empty())
        .withIndicators(t.indicators().stream().map(r -> r.withScoreText(Optional.empty())).toList());
  }

  /** The unscored table with one row's 得分 filled in: scored, if poorly, so this rule is quiet. */
  private static SelfEvaluationTable unscoredButOneRow() {
    SelfEvaluationTable t = unscored();
    List<EvaluatedIndicator> rows = new ArrayList<>(t.indicators());
    rows.set(MILEAGE_ROW, rows.get(MILEAGE_ROW).withScoreText("20"));
    return t.withIndicators(rows);
  }

  /** The July table with {@code spent} 万元 of 120 spent. */
  private static MonitoringTable behind(String spent, String rate) {
    return EvaluationTables.roadsThroughJuly().withSpendingToDateCell(WrittenAmount.of(Amount.wanYuan(spent)))
        .withExecutionRateText(rate);
  }

  private static Example of(SelfEvaluationTable trigger, Location at, SelfEvaluationTable quiet) {
    return new Example(() -> VALIDATOR.validate(trigger), at, () -> VALIDATOR.validate(quiet));
  }

  private static Example of(MonitoringTable trigger, Location at, MonitoringTable quiet) {
    return new Example(() -> VALIDATOR.validate(trigger), at, () -> VALIDATOR.validate(quiet));
  }
}
