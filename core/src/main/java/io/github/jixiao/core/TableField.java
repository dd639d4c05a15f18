package io.github.jixiao.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cells (单元格) of a project target table and of its indicator rows, in the spirit of
 * {@link java.time.temporal.ChronoField}: one constant per cell, each knowing its wire name (the name the JSON
 * and XML formats, the validation report and the source map use), the label the published table gives it, and
 * whether it belongs to the table or to an indicator row. {@link #TABLE} stands for the table as a whole.
 *
 * <pre>{@code
 * TableField.fromWireName("otherFunds")   // Optional[OTHER_FUNDS]
 * TableField.OTHER_FUNDS.term()           // 其他资金
 * TableField.TARGET.isIndicatorCell()     // true
 * }</pre>
 *
 * <p>A reader, a writer or a report that carries a cell names it through this enum, so that a column added
 * here is missed by none of them silently.
 */
public enum TableField {
  /** 单位编码: the budget unit's code. */
  UNIT_CODE("unitCode", "单位编码", false, "unit", "code"),
  /** 单位名称: the budget unit's name. */
  UNIT_NAME("unitName", "单位名称", false, "unit", "name"),
  /** 年度: the fiscal year. */
  FISCAL_YEAR("fiscalYear", "年度", false, "fiscalYear"),
  /** 项目编码. */
  PROJECT_CODE("projectCode", "项目编码", false, "projectCode"),
  /** 项目名称. */
  PROJECT_NAME("projectName", "项目名称", false, "projectName"),
  /** 金额单位: the money unit of the table's amounts (单位：万元). */
  AMOUNT_UNIT("amountUnit", "金额单位", false, "amountUnit"),
  /** 预算数: the budget total. */
  BUDGET("budget", "预算数", false, "budget", "total"),
  /** 财政资金: the fiscal funds, published as 其中：财政资金. */
  FISCAL_FUNDS("fiscalFunds", "其中：财政资金", false, "budget", "fiscalFunds"),
  /** 其他资金: the other funds. */
  OTHER_FUNDS("otherFunds", "其他资金", false, "budget", "otherFunds"),
  /** 资金用途: the use of funds. */
  FUND_USE("fundUse", "资金用途", false, "fundUse"),
  /** 资金支出计划: the spending plan; a finding names the checkpoint as its detail. */
  SPENDING_PLAN("spendingPlan", "资金支出计划", false, "spendingPlan"),
  /** 绩效目标: the target statements. */
  GOALS("goals", "绩效目标", false, "goals"),
  /** 一级指标: the indicator's category. */
  CATEGORY("category", "一级指标", true, "category"),
  /** 二级指标: the indicator's sub-category. */
  SUBCATEGORY("subcategory", "二级指标", true, "subcategory"),
  /** 三级指标: the indicator's name. */
  NAME("name", "三级指标", true, "name"),
  /** 绩效指标描述. */
  DESCRIPTION("description", "绩效指标描述", true, "description"),
  /** 指标值: the target value. */
  TARGET("target", "指标值", true, "target"),
  /** 指标值确定依据: the basis of the target value. */
  BASIS("basis", "指标值确定依据", true, "basis"),
  /** 指标性质: the comparison. */
  COMPARISON("comparison", "指标性质", true, "comparison"),
  /** 度量单位: the unit of measure. */
  UNIT_OF_MEASURE("unitOfMeasure", "度量单位", true, "unitOfMeasure"),
  /** 指标方向: the direction. */
  DIRECTION("direction", "指标方向", true, "direction"),
  /** 权重: the weight. */
  WEIGHT("weight", "权重", true, "weight"),
  /** 项目支出绩效目标表: the table as a whole, for what no one cell holds. */
  TABLE("table", "项目支出绩效目标表", false);

  private static final Map<String, TableField> BY_WIRE_NAME = new HashMap<>();

  static {
    for (TableField f : values()) {
      BY_WIRE_NAME.put(f.wireName, f);
    }
  }

  private final String wireName;
  private final String term;
  private final boolean indicatorCell;
  private final List<String> properties;

  TableField(String wireName, String term, boolean indicatorCell, String... properties) {
    this.wireName = wireName;
    this.term = term;
    this.indicatorCell = indicatorCell;
    this.properties = List.of(properties);
  }

  /** The field named {@code wireName} ({@code unitOfMeasure}), or empty when no field is. */
  public static Optional<TableField> fromWireName(String wireName) {
    return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
  }

  /** The name in the formats and reports, e.g. {@code unitOfMeasure}; it never changes. */
  public String wireName() {
    return wireName;
  }

  /** The label the published table gives the cell, e.g. {@code 度量单位}. */
  public String term() {
    return term;
  }

  /** Whether the cell belongs to an indicator row rather than to the table. */
  public boolean isIndicatorCell() {
    return indicatorCell;
  }

  /**
   * The properties that lead to the cell from its table, or from its indicator row for an indicator cell:
   * {@code [unit, code]} for {@link #UNIT_CODE}, {@code [target]} for {@link #TARGET}, none for
   * {@link #TABLE}. The JSON and XML formats nest the cell under these names, and the model's accessors
   * carry them.
   */
  public List<String> properties() {
    return properties;
  }

  /** The name of the cell in the object that holds it: {@code code} for {@link #UNIT_CODE}; empty for none. */
  public String property() {
    return properties.isEmpty() ? "" : properties.get(properties.size() - 1);
  }
}
