package io.github.jixiao.validation;

import java.util.Optional;

/**
 * The reviewer's rules for self-evaluation and monitoring tables (自评表与运行监控表校验规则): a family apart from
 * {@link Rule}, whose rules read target tables. Each has an id that never changes ({@code JX-EVAL-003}), a default
 * severity and a message in Chinese and English; {@code docs/rules.md} gives each a trigger and a near miss.
 */
public enum EvaluationRule {
  /** 执行率 differs from 全年执行数 ÷ 全年预算数 by more than its own rounding. */
  EXECUTION_RATE_MISMATCH("JX-EVAL-001", Severity.ERROR),
  /** A score (得分) is above its points (分值), on an indicator row or the budget line. */
  SCORE_ABOVE_POINTS("JX-EVAL-002", Severity.ERROR),
  /** 总分 is not the sum of the published scores. */
  TOTAL_MISMATCH("JX-EVAL-003", Severity.ERROR),
  /** A category's points, or the budget line's, differ from the scoring policy's weights. */
  POINTS_OFF_POLICY("JX-EVAL-004", Severity.WARNING),
  /** 自评等级 is not the grade of 总分. */
  GRADE_MISMATCH("JX-EVAL-005", Severity.ERROR),
  /** A target met by the numbers lost points, and the deviation cell gives no reason. */
  MET_TARGET_DOCKED("JX-EVAL-006", Severity.WARNING),
  /** A target missed by the numbers was given full points. */
  MISSED_TARGET_FULL_POINTS("JX-EVAL-007", Severity.ERROR),
  /** A target missed by the numbers has no deviation reason. */
  MISSED_WITHOUT_REASON("JX-EVAL-008", Severity.WARNING),
  /** A published score is further from the policy's score than rounding explains. */
  SCORE_FAR_FROM_POLICY("JX-EVAL-009", Severity.WARNING),
  /** 实际完成值 is blank. */
  ACTUAL_BLANK("JX-EVAL-010", Severity.ERROR),
  /** 实际完成值 is an expression ({@code ≥100%}), often the target's own text copied, not a value reached. */
  ACTUAL_IS_EXPRESSION("JX-EVAL-011", Severity.ERROR),
  /** 实际完成值 is a verdict ({@code 完成}) or the grading scale itself ({@code 优/良/中/差}). */
  ACTUAL_IS_VERDICT("JX-EVAL-012", Severity.ERROR),
  /** 实际完成情况 repeats the year's goals instead of saying what was achieved. */
  OUTCOME_COPIES_GOALS("JX-EVAL-013", Severity.WARNING),
  /** A narrative cell still holds the form's instruction ({@code 填写…}, {@code 请填写…}, {@code 说明…}). */
  INSTRUCTION_LEFT("JX-EVAL-014", Severity.ERROR),
  /** The table was published unscored: no indicator row, not the budget line, not 总分 holds a score. */
  TABLE_UNSCORED("JX-EVAL-015", Severity.ERROR),

  /** Spending by the end of the monitored period lags the share of the year elapsed beyond the threshold. */
  EXECUTION_BEHIND_SCHEDULE("JX-MON-001", Severity.WARNING),
  /** A monitoring table's 执行率 differs from its 执行数 ÷ 全年预算数 by more than its own rounding. */
  MONITORED_RATE_MISMATCH("JX-MON-002", Severity.ERROR);

  private final String id;
  private final Severity defaultSeverity;

  EvaluationRule(String id, Severity defaultSeverity) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
  }

  /** The stable id, e.g. {@code JX-EVAL-003}. */
  public String id() {
    return id;
  }

  /** The severity unless the validator is built with another. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The rule with this id, e.g. {@code JX-MON-001}. */
  public static Optional<EvaluationRule> byId(String id) {
    for (EvaluationRule r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
