package io.github.jixiao.validation;

import static io.github.jixiao.validation.CleanTables.QUANTITY_ROW;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each template's own tables: a rule that requires a cell fires only where the template has it. */
class TemplatesTest {
  /** The clean Wei table as the classic national template prints it: no plan, no project code, no bases. */
  private static ProjectTargetTable classic() {
    ProjectTargetTable wei = CleanTables.wei();
    return wei.withSpendingPlan(SpendingPlan.empty()).withProjectCode(Optional.empty())
        .withIndicators(wei.indicators().stream().map(i -> i.withBasis(Optional.empty())).toList());
  }

  /** The Wei county league's department-wide table: a 3-digit department code, no project, no amounts. */
  private static ProjectTargetTable departmentWide() {
    return classic().withUnit(BudgetUnit.of("712", "中国共产主义青年团魏县委员会")).withProjectName(Optional.empty())
        .withBudget(Budget.empty()).withGoals(List.of("创建基层优秀团组织、积极响应入团"));
  }

  /** A 以工代赈 project table: 实施效果指标 and 过程管理指标, no spending plan. */
  private static ProjectTargetTable workRelief() {
    return classic().withFramework(Optional.empty()).withIndicators(List.of(
        row("实施效果指标", "产出指标", "带动当地群众务工人数", "≥120人"),
        row("实施效果指标", "效益指标", "发放劳务报酬", "≥30万元"),
        row("实施效果指标", "满意度指标", "务工群众满意度", "≥90%"),
        row("过程管理指标", "计划管理指标", "开工时间", "2025年3月底前"),
        row("过程管理指标", "资金管理指标", "资金支出偏差率", "±3%以内"),
        row("过程管理指标", "项目管理指标", "工程验收合格率", "100%"),
        row("过程管理指标", "监督检查指标", "公示到位率", "100%")));
  }

  private static Indicator row(String category, String subcategory, String name, String target) {
    return Indicator.builder().categoryLabel(category).subcategoryLabel(subcategory).name(name).target(target)
        .build();
  }

  private static List<String> findings(ValidationPolicy policy, ProjectTargetTable table) {
    return TableValidator.create(policy).validate(table).findings().stream()
        .map(f -> f.rule().id() + " " + f.field().wireName()).collect(Collectors.toList());
  }

  @Test
  void aClassicTableIsNotToldItLacksAPlanACodeOrBases() {
    assertThat(findings(ValidationPolicy.national(), classic())).isEmpty();
    assertThat(findings(ValidationPolicy.forTemplate(TableTemplate.CLASSIC_2020), classic())).isEmpty();
  }

  @Test
  void theSpendingPlanTemplateRequiresItsPlanAndCode() {
    assertThat(findings(ValidationPolicy.forTemplate(TableTemplate.SPENDING_PLAN), classic()))
        .containsExactly("JX-CODE-009 projectCode", "JX-PLAN-001 spendingPlan");
    assertThat(findings(ValidationPolicy.forTemplate(TableTemplate.SPENDING_PLAN), CleanTables.wei())).isEmpty();
  }

  @Test
  void aDepartmentWideTableIsInferredAndKeepsItsThreeDigitCode() {
    assertThat(findings(ValidationPolicy.national(), departmentWide())).containsExactly("JX-TREE-008 table");
    assertThat(findings(ValidationPolicy.forTemplate(TableTemplate.DEPARTMENT_WIDE), departmentWide())).isEmpty();
    // The same table held to a project template lacks its project's cells.
    assertThat(findings(ValidationPolicy.forTemplate(TableTemplate.CLASSIC_2020), departmentWide()))
        .containsExactly("JX-CODE-001 unitCode", "JX-CODE-005 projectName", "JX-CODE-006 budget");
  }

  @Test
  void aSelfEvaluationFormWithPointsReadsItsCategories() {
    ProjectTargetTable form = CleanTables.withRow(QUANTITY_ROW, b -> b.categoryLabel("产出指标(50分)"));
    form = form.withIndicators(form.indicators().stream().map(i -> switch (i.category().orElseThrow()) {
      case OUTPUT -> i.withCategoryLabel("产出指标(50分)");
      case BENEFIT -> i.withCategoryLabel("效益指标（30分）");
      default -> i.withCategoryLabel("满意度指标(10)分");
    }).toList());
    assertThat(findings(ValidationPolicy.national(), form)).containsExactly("JX-TREE-008 table");
    assertThat(findings(ValidationPolicy.forTemplate(TableTemplate.SELF_EVALUATION), form)).isEmpty();
  }

  @Test
  void aWorkReliefTableFollowsItsOwnTree() {
    assertThat(findings(ValidationPolicy.national(), workRelief()))
        .containsExactly("JX-TREE-006 table", "JX-TREE-008 table");
    assertThat(findings(ValidationPolicy.forTemplate(TableTemplate.WORK_RELIEF), workRelief())).isEmpty();
  }

  @Test
  void aWorkReliefTableStillGetsItsDefects() {
    ProjectTargetTable t = workRelief();
    List<Indicator> rows = new java.util.ArrayList<>(t.indicators());
    rows.set(2, rows.get(2).withTarget(io.github.jixiao.core.TargetValue.parse("≤100%")));
    rows.set(4, rows.get(4).withSubcategoryLabel("产出指标"));
    assertThat(findings(ValidationPolicy.forTemplate(TableTemplate.WORK_RELIEF), t.withIndicators(rows)))
        .containsExactly("JX-VALUE-008 target", "JX-TREE-001 subcategory");
  }

  @Test
  void aCore2021PresetHoldsRowsToTheCoreTree() {
    assertThat(ValidationPolicy.forTemplate(TableTemplate.CORE_2021).template()).contains(TableTemplate.CORE_2021);
    assertThat(findings(ValidationPolicy.forTemplate(TableTemplate.CORE_2021), classic().withFramework(Optional.empty())))
        .contains("JX-TREE-001 subcategory", "JX-TREE-004 category");
    assertThat(TableTemplate.CORE_2021.framework()).isEqualTo(IndicatorFramework.CORE_2021);
  }

  @Test
  void otherFundsAreRequiredOnlyWhereTheLayoutSplitsTheBudget() {
    ProjectTargetTable totalOnly = CleanTables.wei().withBudget(Budget.of(Amount.wanYuan("5.00"), null, null));
    assertThat(findings(ValidationPolicy.national(), totalOnly)).isEmpty();
    ProjectTargetTable split = CleanTables.wei().withBudget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("4.00"),
        null));
    // The sum cannot hold with 其他资金 blank: one finding, at the cell to fill.
    assertThat(findings(ValidationPolicy.national(), split)).containsExactly("JX-MONEY-003 otherFunds");
  }

  @Test
  void templatesAreReadByName() {
    assertThat(TableTemplate.parse("department-wide")).contains(TableTemplate.DEPARTMENT_WIDE);
    assertThat(TableTemplate.parse("SPENDING_PLAN")).contains(TableTemplate.SPENDING_PLAN);
    assertThat(TableTemplate.parse("workrelief")).contains(TableTemplate.WORK_RELIEF);
    assertThat(TableTemplate.parse("hebei")).isEmpty();
    assertThat(ValidationPolicy.forTemplate(TableTemplate.WORK_RELIEF))
        .isNotEqualTo(ValidationPolicy.national())
        .isEqualTo(ValidationPolicy.national().toBuilder().template(TableTemplate.WORK_RELIEF).build());
    assertThat(ValidationPolicy.forTemplate(TableTemplate.WORK_RELIEF).toBuilder().inferTemplate().build())
        .isEqualTo(ValidationPolicy.national());
  }
}
