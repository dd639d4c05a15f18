package io.github.jixiao.validation;

import java.util.Optional;

/**
 * The catalog of validation rules (校验规则). Each rule has an id that never changes ({@code JX-PLAN-002}),
 * a default severity that a {@link ValidationPolicy} may override, and a message in Chinese and English.
 * {@code docs/rules.md} describes each one with an example that triggers it and one that does not.
 */
public enum Rule {
  /** The unit code is not 6 digits (3-digit department, 3-digit unit serial). */
  UNIT_CODE_SHAPE("JX-CODE-001", Severity.ERROR),
  /** The project code is not 21 characters: 6-digit division, 2-digit year, 13-character tail. */
  PROJECT_CODE_SHAPE("JX-CODE-002", Severity.ERROR),
  /** The year in the project code differs from the fiscal year. */
  PROJECT_CODE_YEAR("JX-CODE-003", Severity.ERROR),
  /** The division in the project code differs from the unit's other project codes. */
  PROJECT_CODE_DIVISION("JX-CODE-004", Severity.WARNING),
  /** The project name is blank. */
  PROJECT_NAME_MISSING("JX-CODE-005", Severity.ERROR),
  /** The budget total is blank. */
  BUDGET_TOTAL_MISSING("JX-CODE-006", Severity.ERROR),
  /** The table has no target statement. */
  GOALS_MISSING("JX-CODE-007", Severity.ERROR),
  /** The table has no indicator row. */
  INDICATORS_MISSING("JX-CODE-008", Severity.ERROR),
  /** The layout has a 项目编码 cell and it is blank. */
  PROJECT_CODE_MISSING("JX-CODE-009", Severity.WARNING),
  /** Neither the table nor its document names the budget unit (预算单位). */
  UNIT_MISSING("JX-CODE-010", Severity.WARNING),
  /** Neither the table nor its document gives the budget year (年度). */
  FISCAL_YEAR_MISSING("JX-CODE-011", Severity.WARNING),
  /** The 年度 cell names no year ({@code 今年}, {@code 二〇二五}). */
  FISCAL_YEAR_NOT_A_YEAR("JX-CODE-012", Severity.ERROR),
  /** The money-unit cell (单位：万元) names none of 元, 万元 and 亿元. */
  AMOUNT_UNIT_UNKNOWN("JX-CODE-013", Severity.ERROR),

  /** The budget total is not fiscal funds plus other funds. */
  BUDGET_SUM("JX-MONEY-001", Severity.ERROR),
  /** An amount is negative. */
  NEGATIVE_AMOUNT("JX-MONEY-002", Severity.ERROR),
  /** 其他资金 is blank: reported, never read as zero. */
  OTHER_FUNDS_BLANK("JX-MONEY-003", Severity.WARNING),
  /** A cost target is above the project's budget. */
  COST_ABOVE_BUDGET("JX-MONEY-004", Severity.ERROR),
  /** A cost target is written in another money unit than the table's; it was converted to compare. */
  COST_IN_OTHER_UNIT("JX-MONEY-005", Severity.INFO),
  /** A budget cell (预算数, 财政资金, 其他资金) holds no amount: {@code —}, {@code 5.00（其中省级3.00）}. */
  BUDGET_NOT_AN_AMOUNT("JX-MONEY-006", Severity.ERROR),
  /** A budget cell's unit is cut short: {@code 250万}, read as 250万元. */
  AMOUNT_INCOMPLETE_UNIT("JX-MONEY-007", Severity.WARNING),
  /** A budget cell is written in another money unit than the table's ({@code 50000元} in a table in 万元). */
  AMOUNT_IN_OTHER_UNIT("JX-MONEY-008", Severity.WARNING),

  /** The spending plan has no checkpoint. */
  PLAN_MISSING("JX-PLAN-001", Severity.ERROR),
  /** A checkpoint of the spending plan is blank. */
  CHECKPOINT_BLANK("JX-PLAN-002", Severity.WARNING),
  /** A checkpoint is outside 0–100%. */
  CHECKPOINT_OUT_OF_RANGE("JX-PLAN-003", Severity.ERROR),
  /** A cumulative checkpoint is below an earlier one. */
  CHECKPOINT_DECREASING("JX-PLAN-004", Severity.ERROR),
  /** The last checkpoint is not 100%. */
  PLAN_NOT_COMPLETE("JX-PLAN-005", Severity.ERROR),
  /** A checkpoint of the spending plan holds no percentage ({@code 过半}). */
  CHECKPOINT_NOT_A_PERCENTAGE("JX-PLAN-006", Severity.ERROR),

  /** A sub-category does not belong to its category under the table's framework. */
  SUBCATEGORY_OUTSIDE_CATEGORY("JX-TREE-001", Severity.ERROR),
  /** The category cell is blank or names no category. */
  CATEGORY_UNKNOWN("JX-TREE-002", Severity.ERROR),
  /** The sub-category cell is blank or names no sub-category. */
  SUBCATEGORY_UNKNOWN("JX-TREE-003", Severity.ERROR),
  /** A category the policy requires has no indicator. */
  REQUIRED_CATEGORY_MISSING("JX-TREE-004", Severity.ERROR),
  /** A category of the framework has no indicator (not required by the policy). */
  CATEGORY_EMPTY("JX-TREE-005", Severity.INFO),
  /** The table states no framework; the one inferred from its rows is used. */
  FRAMEWORK_INFERRED("JX-TREE-006", Severity.INFO),
  /** An indicator whose name or description speaks of satisfaction (满意) sits outside 满意度指标. */
  SATISFACTION_OUTSIDE_CATEGORY("JX-TREE-007", Severity.WARNING),
  /** The table was taken to follow a template that lacks cells others require (部门整体, 自评表, 以工代赈). */
  TEMPLATE_INFERRED("JX-TREE-008", Severity.INFO),

  /** The target value is blank. */
  TARGET_BLANK("JX-VALUE-001", Severity.ERROR),
  /** The target value holds a name or an activity, not a value. */
  TARGET_NOT_A_VALUE("JX-VALUE-002", Severity.ERROR),
  /** A timeliness target gives no time, period or rate. */
  TIMELINESS_NOT_A_TIME("JX-VALUE-003", Severity.ERROR),
  /** A cost target gives no amount. */
  COST_NOT_AN_AMOUNT("JX-VALUE-004", Severity.ERROR),
  /** A cost target is a floor (≥, >) instead of a ceiling. */
  COST_AS_FLOOR("JX-VALUE-005", Severity.ERROR),
  /** A satisfaction target is not a percentage. */
  SATISFACTION_NOT_PERCENT("JX-VALUE-006", Severity.ERROR),
  /** A satisfaction target is not a floor (≥, >). */
  SATISFACTION_NOT_FLOOR("JX-VALUE-007", Severity.ERROR),
  /** A percentage target that is always met, such as ≤100%. */
  PERCENT_ALWAYS_MET("JX-VALUE-008", Severity.ERROR),
  /** A floor above 100%. */
  PERCENT_FLOOR_ABOVE_100("JX-VALUE-009", Severity.WARNING),
  /** A satisfaction target above 100%. */
  SATISFACTION_ABOVE_100("JX-VALUE-010", Severity.ERROR),
  /** A spreadsheet date serial (44,561) where a date belongs. */
  DATE_SERIAL("JX-VALUE-011", Severity.ERROR),
  /** The unit-of-measure column contradicts the unit in the value. */
  UNIT_CONTRADICTS_VALUE("JX-VALUE-012", Severity.ERROR),
  /** The comparison column contradicts the sign in the value. */
  COMPARISON_CONTRADICTS_VALUE("JX-VALUE-013", Severity.ERROR),
  /** The direction column contradicts the comparison. */
  DIRECTION_CONTRADICTS_COMPARISON("JX-VALUE-014", Severity.WARNING),
  /** A satisfaction target below the policy's floor. */
  SATISFACTION_BELOW_FLOOR("JX-VALUE-015", Severity.WARNING),
  /** A number without a unit where the indicator's name implies one (人次, 率 → %). */
  QUANTITY_WITHOUT_UNIT("JX-VALUE-016", Severity.WARNING),
  /** A bare evaluative word (及时, 有效, 良好) where a timeliness or quantity target belongs. */
  VAGUE_TARGET("JX-VALUE-017", Severity.ERROR),
  /** The comparison column (指标性质) holds a direction ({@code 正向}): the columns were mixed up. */
  COMPARISON_HOLDS_DIRECTION("JX-VALUE-018", Severity.ERROR),
  /** The comparison column holds none of {@code ≥ ≤ > < =} and 定性. */
  COMPARISON_UNKNOWN("JX-VALUE-019", Severity.ERROR),
  /** The direction column (指标方向) holds neither 正向 nor 反向. */
  DIRECTION_UNKNOWN("JX-VALUE-020", Severity.ERROR),
  /** The weight column (权重, 分值) holds no number. */
  WEIGHT_NOT_A_NUMBER("JX-VALUE-021", Severity.ERROR),

  /** The same indicator (name and target value) appears twice in one table. */
  DUPLICATE_ROW("JX-ROW-001", Severity.WARNING),
  /** The indicator name is blank. */
  NAME_BLANK("JX-ROW-002", Severity.ERROR),
  /** The basis of the target value is blank. */
  BASIS_BLANK("JX-ROW-003", Severity.INFO),
  /** The table was cut off: rows are missing. */
  TABLE_INCOMPLETE("JX-ROW-004", Severity.ERROR),
  /** A template placeholder was left in a cell: {@code ≥**%}, {@code XX个}, {@code （必填）}. */
  PLACEHOLDER_LEFT("JX-ROW-005", Severity.ERROR);

  private final String id;
  private final Severity defaultSeverity;

  Rule(String id, Severity defaultSeverity) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
  }

  /** The stable id, e.g. {@code JX-PLAN-002}. */
  public String id() {
    return id;
  }

  /** The severity unless a policy overrides it. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The rule with this id, e.g. {@code JX-PLAN-002}. */
  public static Optional<Rule> byId(String id) {
    for (Rule r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
