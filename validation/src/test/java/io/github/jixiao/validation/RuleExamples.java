package io.github.jixiao.validation;

import io.github.jixiao.core.TableField;
import static io.github.jixiao.core.IndicatorSubcategory.QUANTITY;
import static io.github.jixiao.validation.CleanTables.BENEFIT_ROW;
import static io.github.jixiao.validation.CleanTables.COST_ROW;
import static io.github.jixiao.validation.CleanTables.QUALITY_ROW;
import static io.github.jixiao.validation.CleanTables.QUANTITY_ROW;
import static io.github.jixiao.validation.CleanTables.SATISFACTION_ROW;
import static io.github.jixiao.validation.CleanTables.TIMELINESS_ROW;
import static io.github.jixiao.validation.CleanTables.wei;
import static io.github.jixiao.validation.CleanTables.withRow;
import static io.github.jixiao.validation.CleanTables.withTarget;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.core.WrittenAmount;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * For every rule, a case that triggers it (and where the finding must point) and a near miss that must
 * stay quiet. docs/rules.md describes the same examples in words.
 */
final class RuleExamples {
  /** Tables validated together under a policy. */
  record Input(ValidationPolicy policy, List<ProjectTargetTable> tables) {
    static Input of(ProjectTargetTable table) {
      return new Input(ValidationPolicy.national(), List.of(table));
    }

    ValidationReport validate() {
      return TableValidator.create(policy).validate(tables);
    }
  }

  /** Where the triggered finding must be. */
  record Location(int table, OptionalInt indicator, TableField field, Optional<String> detail) {}

  record Example(Input trigger, Location at, Input quiet) {}

  private RuleExamples() {}

  static Map<Rule, Example> all() {
    Map<Rule, Example> m = new EnumMap<>(Rule.class);
    ProjectTargetTable clean = wei();

    m.put(Rule.UNIT_CODE_SHAPE, table(clean.withUnit(BudgetUnit.of("71200", "共青团魏县委员会本级")), TableField.UNIT_CODE,
        clean.withUnit(BudgetUnit.of("712001", "共青团魏县委员会本级"))));
    m.put(Rule.PROJECT_CODE_SHAPE, table(clean.withProjectCode("13043425P0045011"), TableField.PROJECT_CODE,
        clean.withProjectCode("13043425P00437410002E")));
    m.put(Rule.PROJECT_CODE_YEAR, table(clean.withFiscalYear(Year.of(2024)), TableField.PROJECT_CODE, clean));
    m.put(Rule.PROJECT_CODE_DIVISION, new Example(
        new Input(ValidationPolicy.national(), List.of(clean, clean.withProjectCode("13043425P00437410002E"),
            clean.withProjectCode("13068225P00437410002E"))),
        new Location(2, OptionalInt.empty(), TableField.PROJECT_CODE, Optional.empty()),
        new Input(ValidationPolicy.national(), List.of(clean, clean.withProjectCode("13043425P00437410002E")))));
    m.put(Rule.PROJECT_NAME_MISSING, table(clean.withProjectName(" "), TableField.PROJECT_NAME, clean));
    m.put(Rule.BUDGET_TOTAL_MISSING, table(clean.withBudget(Budget.of(null, Amount.wanYuan("5.00"),
        Amount.wanYuan("0"))), TableField.BUDGET, clean));
    m.put(Rule.GOALS_MISSING, table(clean.withGoals(List.of()), TableField.GOALS, clean.withGoals(List.of("救助100人"))));
    m.put(Rule.INDICATORS_MISSING, table(clean.withIndicators(List.of()), TableField.TABLE, clean));
    m.put(Rule.PROJECT_CODE_MISSING, table(clean.withProjectCode(" "), TableField.PROJECT_CODE,
        clean.withProjectCode(Optional.empty()).withSpendingPlan(SpendingPlan.empty())));
    m.put(Rule.UNIT_MISSING, table(clean.withUnit(Optional.empty()), TableField.UNIT_NAME,
        clean.withUnit(BudgetUnit.of("712001", "共青团魏县委员会本级"))));
    m.put(Rule.FISCAL_YEAR_MISSING, table(clean.withFiscalYear(Optional.empty()), TableField.FISCAL_YEAR, clean));
    m.put(Rule.FISCAL_YEAR_NOT_A_YEAR, table(clean.withFiscalYear(Optional.empty()).withFiscalYearText("今年"),
        TableField.FISCAL_YEAR, clean.withFiscalYear(Optional.empty())));
    m.put(Rule.AMOUNT_UNIT_UNKNOWN, table(clean.withAmountUnitText("千元"), TableField.AMOUNT_UNIT, clean));

    m.put(Rule.BUDGET_SUM, table(clean.withBudget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("4.00"),
        Amount.wanYuan("0.5"))), TableField.BUDGET, clean.withBudget(Budget.of(Amount.wanYuan("5.60"),
        Amount.yuan("50000"), Amount.wanYuan("0.6")))));
    m.put(Rule.NEGATIVE_AMOUNT, table(clean.withBudget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("6.00"),
        Amount.wanYuan("-1"))), TableField.OTHER_FUNDS, clean));
    m.put(Rule.OTHER_FUNDS_BLANK, table(clean.withBudget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("5.00"),
        null)), TableField.OTHER_FUNDS, clean));
    m.put(Rule.COST_ABOVE_BUDGET, row(withTarget(COST_ROW, "≤6万元"), COST_ROW, TableField.TARGET,
        withTarget(COST_ROW, "≤50000元")));
    m.put(Rule.BUDGET_NOT_AN_AMOUNT, table(clean.withBudget(clean.budget().withOtherFundsCell(cell("—"))),
        TableField.OTHER_FUNDS, clean.withBudget(clean.budget().withOtherFundsCell(cell("0")))));
    m.put(Rule.AMOUNT_INCOMPLETE_UNIT, table(clean.withBudget(clean.budget().withTotalCell(cell("5万"))),
        TableField.BUDGET, clean.withBudget(clean.budget().withTotalCell(cell("5万元")))));
    m.put(Rule.AMOUNT_IN_OTHER_UNIT, table(clean.withBudget(clean.budget().withFiscalFundsCell(cell("50000元"))),
        TableField.FISCAL_FUNDS, clean.withBudget(clean.budget().toBuilder().fiscalFunds(Amount.yuan("50000")).build())));
    m.put(Rule.COST_IN_OTHER_UNIT, row(withTarget(COST_ROW, "≤50000元"), COST_ROW, TableField.TARGET,
        withTarget(COST_ROW, "≤250万").withBudget(Budget.of(Amount.wanYuan("250"), Amount.wanYuan("250"),
            Amount.wanYuan("0")))));

    m.put(Rule.PLAN_MISSING, new Example(
        new Input(ValidationPolicy.forTemplate(TableTemplate.SPENDING_PLAN),
            List.of(clean.withSpendingPlan(SpendingPlan.empty()))),
        new Location(0, OptionalInt.empty(), TableField.SPENDING_PLAN, Optional.empty()),
        Input.of(clean.withSpendingPlan(SpendingPlan.empty()))));
    m.put(Rule.CHECKPOINT_BLANK, detail(clean.withSpendingPlan(SpendingPlan.standard("30%", "30%", "100%", " ")),
        TableField.SPENDING_PLAN, "12月底", clean.withSpendingPlan(SpendingPlan.standard("30%", "30%", "100%", "100%"))));
    m.put(Rule.CHECKPOINT_NOT_A_PERCENTAGE, detail(clean.withSpendingPlan(SpendingPlan.standard("30%", "过半", "100%",
        "100%")), TableField.SPENDING_PLAN, "6月底", clean.withSpendingPlan(SpendingPlan.standard("30%", "５０％",
        "100%", "100%"))));
    m.put(Rule.CHECKPOINT_OUT_OF_RANGE, detail(clean.withSpendingPlan(SpendingPlan.standard("-5", "30", "60",
        "100")), TableField.SPENDING_PLAN, "3月底", clean.withSpendingPlan(SpendingPlan.standard("0", "30", "60", "100"))));
    m.put(Rule.CHECKPOINT_DECREASING, detail(clean.withSpendingPlan(SpendingPlan.standard("30", "60", "50", "100")),
        TableField.SPENDING_PLAN, "10月底", clean.withSpendingPlan(SpendingPlan.standard("30", "30", "100", "100"))));
    m.put(Rule.PLAN_NOT_COMPLETE, detail(clean.withSpendingPlan(SpendingPlan.standard("30", "60", "90", "95")),
        TableField.SPENDING_PLAN, "12月底", clean.withSpendingPlan(SpendingPlan.standard("25.00%", "50.00%", "75.00%",
            "100.00%"))));

    m.put(Rule.SUBCATEGORY_OUTSIDE_CATEGORY, row(withRow(BENEFIT_ROW, b -> b.subcategory(QUANTITY)), BENEFIT_ROW,
        TableField.SUBCATEGORY, clean));
    m.put(Rule.CATEGORY_UNKNOWN, row(withRow(QUANTITY_ROW, b -> b.categoryLabel("产品指标")), QUANTITY_ROW,
        TableField.CATEGORY, withRow(QUANTITY_ROW, b -> b.categoryLabel("产出"))));
    m.put(Rule.SUBCATEGORY_UNKNOWN, row(withRow(QUANTITY_ROW, b -> b.subcategoryLabel("数目指标")), QUANTITY_ROW,
        TableField.SUBCATEGORY, withRow(QUANTITY_ROW, b -> b.subcategoryLabel("数量"))));
    m.put(Rule.REQUIRED_CATEGORY_MISSING, detail(CleanTables.without(SATISFACTION_ROW), TableField.CATEGORY, "满意度指标",
        clean));
    m.put(Rule.CATEGORY_EMPTY, new Example(new Input(ValidationPolicy.lenient(),
        List.of(CleanTables.without(SATISFACTION_ROW))),
        new Location(0, OptionalInt.empty(), TableField.CATEGORY, Optional.of("满意度指标")),
        new Input(ValidationPolicy.lenient(), List.of(clean))));
    m.put(Rule.FRAMEWORK_INFERRED, table(clean.withFramework(Optional.empty()), TableField.TABLE, clean));
    m.put(Rule.TEMPLATE_INFERRED, new Example(
        Input.of(withRow(QUANTITY_ROW, b -> b.categoryLabel("产出指标(50分)"))),
        new Location(0, OptionalInt.empty(), TableField.TABLE, Optional.empty()),
        new Input(ValidationPolicy.forTemplate(TableTemplate.SELF_EVALUATION),
            List.of(withRow(QUANTITY_ROW, b -> b.categoryLabel("产出指标(50分)"))))));
    m.put(Rule.SATISFACTION_OUTSIDE_CATEGORY, row(withRow(BENEFIT_ROW, b -> b.name("团员满意度")), BENEFIT_ROW,
        TableField.NAME, clean));

    m.put(Rule.TARGET_BLANK, row(withTarget(QUANTITY_ROW, " "), QUANTITY_ROW, TableField.TARGET, clean));
    m.put(Rule.TARGET_NOT_A_VALUE, row(withTarget(QUANTITY_ROW, "组织培训班次"), QUANTITY_ROW, TableField.TARGET,
        withTarget(QUALITY_ROW, "优良")));
    m.put(Rule.TIMELINESS_NOT_A_TIME, row(withTarget(TIMELINESS_ROW, "组织培训活动次数"), TIMELINESS_ROW,
        TableField.TARGET, withTarget(TIMELINESS_ROW, "2025.01-2025.12")));
    m.put(Rule.COST_NOT_AN_AMOUNT, row(withTarget(COST_ROW, "组织宣传活动次数"), COST_ROW, TableField.TARGET,
        withTarget(COST_ROW, "≤5万元")));
    m.put(Rule.COST_AS_FLOOR, row(withTarget(COST_ROW, "≥5万元"), COST_ROW, TableField.TARGET,
        withTarget(COST_ROW, "=5万元")));
    m.put(Rule.SATISFACTION_NOT_PERCENT, row(withTarget(SATISFACTION_ROW, "≥80认可度"), SATISFACTION_ROW,
        TableField.TARGET, withTarget(SATISFACTION_ROW, "≥80%")));
    m.put(Rule.SATISFACTION_NOT_FLOOR, row(withTarget(SATISFACTION_ROW, "90%"), SATISFACTION_ROW, TableField.TARGET,
        withTarget(SATISFACTION_ROW, ">90%")));
    m.put(Rule.PERCENT_ALWAYS_MET, row(withTarget(SATISFACTION_ROW, "≤100%"), SATISFACTION_ROW, TableField.TARGET,
        withTarget(QUALITY_ROW, "100%")));
    m.put(Rule.PERCENT_FLOOR_ABOVE_100, row(withTarget(QUALITY_ROW, "≥120%"), QUALITY_ROW, TableField.TARGET,
        withTarget(QUALITY_ROW, "≥100%")));
    m.put(Rule.SATISFACTION_ABOVE_100, row(withTarget(SATISFACTION_ROW, "≥110%"), SATISFACTION_ROW, TableField.TARGET,
        withTarget(SATISFACTION_ROW, "≥100%")));
    m.put(Rule.DATE_SERIAL, row(withTarget(TIMELINESS_ROW, "44,561"), TIMELINESS_ROW, TableField.TARGET,
        withTarget(TIMELINESS_ROW, "2021年12月31日前")));
    m.put(Rule.UNIT_CONTRADICTS_VALUE, row(withRow(QUALITY_ROW, b -> b.target("28.8万元").unitOfMeasure("%")),
        QUALITY_ROW, TableField.UNIT_OF_MEASURE, withRow(QUALITY_ROW, b -> b.target("≥90百分比").unitOfMeasure("%"))));
    m.put(Rule.COMPARISON_CONTRADICTS_VALUE, row(withRow(QUALITY_ROW, b -> b.comparison(Comparison.AT_MOST)),
        QUALITY_ROW, TableField.COMPARISON, withRow(QUALITY_ROW, b -> b.comparison(Comparison.AT_LEAST))));
    m.put(Rule.DIRECTION_CONTRADICTS_COMPARISON, row(withRow(QUALITY_ROW, b -> b.direction(Direction.NEGATIVE)),
        QUALITY_ROW, TableField.DIRECTION, withRow(QUALITY_ROW, b -> b.direction(Direction.POSITIVE))));
    m.put(Rule.COMPARISON_HOLDS_DIRECTION, row(withRow(QUALITY_ROW, b -> b.comparisonText("正向")), QUALITY_ROW,
        TableField.COMPARISON, withRow(QUALITY_ROW, b -> b.comparisonText("≥").directionText("正向"))));
    m.put(Rule.COMPARISON_UNKNOWN, row(withRow(QUALITY_ROW, b -> b.comparisonText("大约")), QUALITY_ROW,
        TableField.COMPARISON, withRow(QUALITY_ROW, b -> b.comparisonText(">="))));
    m.put(Rule.DIRECTION_UNKNOWN, row(withRow(QUALITY_ROW, b -> b.directionText("向上")), QUALITY_ROW,
        TableField.DIRECTION, withRow(QUALITY_ROW, b -> b.directionText("正向指标"))));
    m.put(Rule.WEIGHT_NOT_A_NUMBER, row(withRow(QUALITY_ROW, b -> b.weightText("十分")), QUALITY_ROW,
        TableField.WEIGHT, withRow(QUALITY_ROW, b -> b.weightText("１０"))));
    m.put(Rule.SATISFACTION_BELOW_FLOOR, row(withTarget(SATISFACTION_ROW, "≥70%"), SATISFACTION_ROW, TableField.TARGET,
        withTarget(SATISFACTION_ROW, "≥80%")));

    m.put(Rule.QUANTITY_WITHOUT_UNIT, row(withRow(QUANTITY_ROW, b -> b.name("教师培训人次").target("≥1200")),
        QUANTITY_ROW, TableField.TARGET, withRow(QUANTITY_ROW, b -> b.name("教师培训人次").target("≥1200人次"))));
    m.put(Rule.VAGUE_TARGET, row(withTarget(TIMELINESS_ROW, "及时"), TIMELINESS_ROW, TableField.TARGET,
        withTarget(QUALITY_ROW, "及时")));

    m.put(Rule.DUPLICATE_ROW, row(CleanTables.plus(clean.indicators().get(QUANTITY_ROW).withSubcategoryLabel("质量指标")),
        7, TableField.NAME, CleanTables.plus(clean.indicators().get(QUANTITY_ROW).withTarget(
            TargetValue.parse("≥25个")))));
    m.put(Rule.NAME_BLANK, row(withRow(QUANTITY_ROW, b -> b.name("")), QUANTITY_ROW, TableField.NAME, clean));
    m.put(Rule.BASIS_BLANK, row(withRow(QUANTITY_ROW, b -> b.basis(Optional.empty())), QUANTITY_ROW, TableField.BASIS,
        clean));
    m.put(Rule.TABLE_INCOMPLETE, table(clean.withComplete(false), TableField.TABLE, clean));
    m.put(Rule.PLACEHOLDER_LEFT, row(withTarget(QUALITY_ROW, "≥**%"), QUALITY_ROW, TableField.TARGET,
        withRow(QUANTITY_ROW, b -> b.subcategoryLabel("数量指标（必填硬性指标）"))));
    return m;
  }

  /** A budget cell as a reader keeps it, in the clean table's unit (万元). */
  private static WrittenAmount cell(String text) {
    return WrittenAmount.parse(text, AmountUnit.WAN_YUAN);
  }

  private static Example table(ProjectTargetTable trigger, TableField field, ProjectTargetTable quiet) {
    return new Example(Input.of(trigger), new Location(0, OptionalInt.empty(), field, Optional.empty()),
        Input.of(quiet));
  }

  private static Example detail(ProjectTargetTable trigger, TableField field, String detail, ProjectTargetTable quiet) {
    return new Example(Input.of(trigger), new Location(0, OptionalInt.empty(), field, Optional.of(detail)),
        Input.of(quiet));
  }

  private static Example row(ProjectTargetTable trigger, int row, TableField field, ProjectTargetTable quiet) {
    return new Example(Input.of(trigger), new Location(0, OptionalInt.of(row), field, Optional.empty()),
        Input.of(quiet));
  }
}
