package io.github.jixiao.validation;

/**
 * The cell (单元格) of a project target table that a finding points at, named as in the JSON report
 * ({@code unitCode}, {@code indicators[i].target} is {@link #TARGET} with an indicator index, …).
 * {@link #TABLE} stands for the table as a whole.
 */
public enum Field {
  /** 年度: the budget year. */
  FISCAL_YEAR("fiscalYear", false),
  /** 单位编码. */
  UNIT_CODE("unitCode", false),
  /** 单位名称. */
  UNIT_NAME("unitName", false),
  /** 项目编码. */
  PROJECT_CODE("projectCode", false),
  /** 项目名称. */
  PROJECT_NAME("projectName", false),
  /** 预算数: the budget total. */
  BUDGET("budget", false),
  /** 财政资金. */
  FISCAL_FUNDS("fiscalFunds", false),
  /** 其他资金. */
  OTHER_FUNDS("otherFunds", false),
  /** 资金用途. */
  FUND_USE("fundUse", false),
  /** 资金支出计划. */
  SPENDING_PLAN("spendingPlan", false),
  /** 绩效目标: the target statements. */
  GOALS("goals", false),
  /** 一级指标. */
  CATEGORY("category", true),
  /** 二级指标. */
  SUBCATEGORY("subcategory", true),
  /** 三级指标: the indicator's name. */
  NAME("name", true),
  /** 绩效指标描述. */
  DESCRIPTION("description", true),
  /** 指标值. */
  TARGET("target", true),
  /** 指标值确定依据. */
  BASIS("basis", true),
  /** 指标性质. */
  COMPARISON("comparison", true),
  /** 度量单位. */
  UNIT_OF_MEASURE("unitOfMeasure", true),
  /** 指标方向. */
  DIRECTION("direction", true),
  /** 权重. */
  WEIGHT("weight", true),
  /** The table as a whole. */
  TABLE("table", false);

  private final String id;
  private final boolean indicatorCell;

  Field(String id, boolean indicatorCell) {
    this.id = id;
    this.indicatorCell = indicatorCell;
  }

  /** The name used in the JSON report, e.g. {@code unitOfMeasure}. */
  public String id() {
    return id;
  }

  /** Whether the field is a cell of an indicator row. */
  public boolean isIndicatorCell() {
    return indicatorCell;
  }
}
