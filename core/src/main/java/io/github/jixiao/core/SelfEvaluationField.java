package io.github.jixiao.core;

/**
 * The cells a self-evaluation table (项目支出绩效自评表) adds to those of its target table, named as
 * {@link TableField} names the target table's: a wire name for formats and reports, the published label, and
 * whether the cell belongs to an indicator row.
 *
 * <p>A separate vocabulary rather than more {@link TableField} constants: every format and report carries each
 * {@code TableField} of a target table, and a target table has none of these cells. The cells both tables share
 * (project code, year, the indicator rows' 指标值, and 分值 as {@link TableField#WEIGHT}) keep their
 * {@code TableField}.
 */
public enum SelfEvaluationField {
  /** 实际完成值: the actual value of an indicator. */
  ACTUAL("actual", "实际完成值", true),
  /** 得分: the score of an indicator as published. */
  SCORE("score", "得分", true),
  /** 偏差原因分析及改进措施: why the actual deviates from the target, and what is done about it. */
  DEVIATION("deviation", "偏差原因分析及改进措施", true),
  /** 年初预算数: the budget at the start of the year. */
  INITIAL_BUDGET("initialBudget", "年初预算数", false),
  /** 全年预算数 (A): the budget for the year after adjustments. */
  ANNUAL_BUDGET("annualBudget", "全年预算数", false),
  /** 全年执行数 (B): what was spent in the year. */
  ANNUAL_SPENDING("annualSpending", "全年执行数", false),
  /** 执行率 (B/A): the execution rate as published. */
  EXECUTION_RATE("executionRate", "执行率", false),
  /** 分值 of the budget line: the points of budget execution. */
  EXECUTION_WEIGHT("executionWeight", "执行率分值", false),
  /** 得分 of the budget line: the score of budget execution as published. */
  EXECUTION_SCORE("executionScore", "执行率得分", false),
  /** 实际完成情况: what the year achieved, beside the year's goals. */
  OUTCOME("outcome", "实际完成情况", false),
  /** 总分: the total score as published. */
  TOTAL_SCORE("totalScore", "总分", false),
  /** 自评等级: the grade as published. */
  GRADE("grade", "自评等级", false);

  private final String wireName;
  private final String term;
  private final boolean indicatorCell;

  SelfEvaluationField(String wireName, String term, boolean indicatorCell) {
    this.wireName = wireName;
    this.term = term;
    this.indicatorCell = indicatorCell;
  }

  /** The name in the formats and reports, e.g. {@code executionRate}; it never changes. */
  public String wireName() {
    return wireName;
  }

  /** The label the published table gives the cell, e.g. {@code 执行率}. */
  public String term() {
    return term;
  }

  /** Whether the cell belongs to an indicator row rather than to the table. */
  public boolean isIndicatorCell() {
    return indicatorCell;
  }
}
