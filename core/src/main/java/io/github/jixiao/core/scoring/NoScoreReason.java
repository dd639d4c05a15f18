package io.github.jixiao.core.scoring;

/** Why the numbers of a row or of the budget line allow no score (无法计分的原因). */
public enum NoScoreReason {
  /** 分值 is blank, no number, or negative. */
  NO_POINTS,
  /** 指标值 is blank: there is nothing to score against. */
  BLANK_TARGET,
  /** 实际完成值 is blank. */
  BLANK_ACTUAL,
  /** 实际完成值 is an expression, not a value: {@code ≥100%}, often the target's own text copied. */
  ACTUAL_IS_EXPRESSION,
  /** 实际完成值 is a verdict, not a value: {@code 完成}, {@code 已达标}. */
  ACTUAL_IS_VERDICT,
  /** 实际完成值 holds no number where the target is quantitative. */
  ACTUAL_NOT_A_NUMBER,
  /** 实际完成值 holds no date where the target is a deadline, or a date without its year. */
  ACTUAL_NOT_A_DATE,
  /** 实际完成值 is a phrase the policy's grades do not name, where the target is qualitative. */
  ACTUAL_NOT_GRADED,
  /** The actual is in another unit than the target ({@code %} against {@code 个}, 元 against 万元). */
  UNIT_MISMATCH,
  /** A floor of zero ({@code ≥0个}) is met by anything, so no ratio measures it. */
  ZERO_TARGET,
  /** The target or the actual is negative, for which no ratio is defined. */
  NEGATIVE_NUMBER,
  /** The target is of a kind the policy does not score by numbers (a period) and the actual is no grade. */
  TARGET_NOT_SCORABLE,
  /** 全年预算数 (A) is blank or no amount. */
  MISSING_BUDGET,
  /** 全年执行数 (B) is blank or no amount. */
  MISSING_SPENDING,
  /** 全年预算数 (A) is zero: B ÷ A is undefined. */
  ZERO_BUDGET
}
