package io.github.jixiao.core;

/**
 * The cells a monitoring table (项目支出绩效运行监控表) adds to those of its target table, named as
 * {@link TableField} names the target table's. A vocabulary of its own for the reason {@link SelfEvaluationField}
 * is one: a target table has none of these cells.
 */
public enum MonitoringField {
  /** 监控期: the months the execution covers, as published ({@code 1-7月}). */
  PERIOD("period", "监控期", false),
  /** 年初预算数: the budget set at the start of the year, before the year's adjustments. */
  INITIAL_BUDGET("initialBudget", "年初预算数", false),
  /** 全年预算数: the budget for the year. */
  ANNUAL_BUDGET("annualBudget", "全年预算数", false),
  /** 执行数: what was spent by the end of the period. */
  SPENDING_TO_DATE("spendingToDate", "执行数", false),
  /** 执行率: spending to date over the year's budget, as published. */
  EXECUTION_RATE("executionRate", "执行率", false),
  /** 全年预计执行数: what is expected to be spent by the year's end. */
  EXPECTED_SPENDING("expectedSpending", "全年预计执行数", false),
  /** 截至监控期实际完成值: an indicator's progress by the end of the period. */
  PROGRESS("progress", "实际完成值", true),
  /** 全年预计完成值: the value an indicator is expected to reach by the year's end. */
  EXPECTED("expected", "全年预计完成值", true),
  /** 偏差原因分析: why progress deviates from the target. */
  DEVIATION("deviation", "偏差原因分析", true),
  /** 纠偏措施: what is done to correct it. */
  CORRECTION("correction", "纠偏措施", true);

  private final String wireName;
  private final String term;
  private final boolean indicatorCell;

  MonitoringField(String wireName, String term, boolean indicatorCell) {
    this.wireName = wireName;
    this.term = term;
    this.indicatorCell = indicatorCell;
  }

  /** The name in the formats and reports, e.g. {@code spendingToDate}; it never changes. */
  public String wireName() {
    return wireName;
  }

  /** The label the published table gives the cell, e.g. {@code 执行数}. */
  public String term() {
    return term;
  }

  /** Whether the cell belongs to an indicator row rather than to the table. */
  public boolean isIndicatorCell() {
    return indicatorCell;
  }
}
