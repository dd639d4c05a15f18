package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationPolicyTest {
  @Test
  void nationalIsTheStrictDefault() {
    ValidationPolicy p = ValidationPolicy.national();
    assertThat(p.framework()).isEmpty();
    assertThat(p.requiredCategories()).containsExactlyInAnyOrder(IndicatorCategory.values());
    assertThat(p.satisfactionFloor()).isEqualByComparingTo("80");
    for (Rule r : Rule.values()) {
      assertThat(p.severityOf(r)).isEqualTo(r.defaultSeverity());
      assertThat(p.isEnabled(r)).isTrue();
    }
    assertThat(TableValidator.create().policy()).isEqualTo(p);
  }

  @Test
  void lenientTurnsContentDefectsOfTheSeedsIntoWarnings() {
    ValidationReport report = TableValidator.create(ValidationPolicy.lenient()).validate(SeedTables.weiHardshipGrants());
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings(Severity.WARNING)).extracting(f -> f.rule().id())
        .containsExactly("JX-MONEY-003", "JX-PLAN-002", "JX-VALUE-002", "JX-VALUE-008");
    assertThat(TableValidator.create().validate(SeedTables.weiHardshipGrants()).hasErrors()).isTrue();
  }

  @Test
  void overridesAndSwitchesApplyToFindings() {
    ValidationPolicy p = ValidationPolicy.national().toBuilder().override(Rule.CHECKPOINT_BLANK, Severity.ERROR)
        .disable(Rule.FRAMEWORK_INFERRED).disable(Rule.OTHER_FUNDS_BLANK).build();
    ValidationReport report = TableValidator.create(p).validate(SeedTables.weiGrassrootsOrganisations());
    assertThat(report.findings()).extracting(f -> f.rule().id() + " " + f.severity().id())
        .containsExactly("JX-PLAN-002 error");
    assertThat(p.toBuilder().enable(Rule.OTHER_FUNDS_BLANK).build().isEnabled(Rule.OTHER_FUNDS_BLANK)).isTrue();
  }

  @Test
  void aForcedFrameworkOverridesTheTablesAndIsNotReportedAsInferred() {
    ValidationPolicy core = ValidationPolicy.national().toBuilder().framework(IndicatorFramework.CORE_2021).build();
    ValidationReport report = TableValidator.create(core).validate(CleanTables.wei());
    // Under the 2021 tree, 成本指标 is a category of its own and cost is no sub-category of 产出指标.
    assertThat(report.findings()).extracting(f -> f.rule().id() + " " + f.indicator() + " " + f.detail().orElse(""))
        .containsExactly("JX-TREE-004 OptionalInt.empty 成本指标", "JX-TREE-001 OptionalInt[3] ");
    assertThat(core.toBuilder().inferFramework().build().framework()).isEmpty();
  }

  @Test
  void theInferredFrameworkIsTheCoreTreeWhenARowUsesItsCostCategory() {
    ProjectTargetTable table = CleanTables.withRow(CleanTables.COST_ROW, b -> b.category(IndicatorCategory.COST)
        .subcategory(IndicatorSubcategory.ECONOMIC_COST)).withFramework(Optional.empty());
    ValidationReport report = TableValidator.create(ValidationPolicy.national().toBuilder()
        .requiredCategories(EnumSet.of(IndicatorCategory.OUTPUT)).build()).validate(table);
    assertThat(report.findings()).extracting(f -> f.rule().id() + " " + f.arguments())
        .containsExactly("JX-TREE-006 [CORE_2021, 2021年共性指标体系]");
  }

  @Test
  void theSatisfactionFloorIsConfigurableAndChecked() {
    ValidationPolicy ninety = ValidationPolicy.national().toBuilder().satisfactionFloor(new BigDecimal("95")).build();
    assertThat(TableValidator.create(ninety).validate(CleanTables.wei()).findings()).extracting(Finding::rule)
        .containsExactly(Rule.SATISFACTION_BELOW_FLOOR);
    assertThatThrownBy(() -> ValidationPolicy.builder().satisfactionFloor(new BigDecimal("101")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("satisfactionFloor");
  }

  @Test
  void requiredCategoriesAreConfigurable() {
    ValidationPolicy none = ValidationPolicy.builder().requiredCategories(Set.of()).build();
    assertThat(TableValidator.create(none).validate(CleanTables.without(CleanTables.SATISFACTION_ROW)).findings())
        .extracting(f -> f.rule().id() + " " + f.severity().id()).containsExactly("JX-TREE-005 info");
  }

  @Test
  void policiesAreValues() {
    assertThat(ValidationPolicy.national().toBuilder().build()).isEqualTo(ValidationPolicy.national())
        .hasSameHashCodeAs(ValidationPolicy.national());
    assertThat(ValidationPolicy.lenient()).isNotEqualTo(ValidationPolicy.national());
    assertThat(ValidationPolicy.lenient().toString()).contains("auto", "OUTPUT");
  }
}
