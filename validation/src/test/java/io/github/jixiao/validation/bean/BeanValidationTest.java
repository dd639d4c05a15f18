package io.github.jixiao.validation.bean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.validation.BeanFixtures;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationPolicy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BeanValidationTest {
  private static final Validator VALIDATOR = BeanValidation.validator(ValidationPolicy.national(), Locale.ENGLISH);

  @Test
  void agreesWithTheNativeReportOnEverySeedTable() {
    for (ProjectTargetTable table : SeedTables.all()) {
      List<Finding> findings = TableValidator.create().validate(table).findings();
      Set<ConstraintViolation<ProjectTargetTable>> violations = VALIDATOR.validate(table, Default.class, Quality.class);
      assertThat(violations.stream().map(v -> key(v, "")).collect(Collectors.toSet())).as(table.projectName().get())
          .isEqualTo(findings.stream().map(f -> key(f, "")).collect(Collectors.toSet()));
      assertThat(violations).hasSameSizeAs(findings);
    }
  }

  @Test
  void agreesWithTheNativeReportOnEveryRuleExampleAndTheCleanTable() {
    for (ProjectTargetTable table : BeanFixtures.tables()) {
      List<Finding> findings = TableValidator.create().validate(table).findings();
      Set<String> actual = VALIDATOR.validate(table, Default.class, Quality.class).stream().map(v -> key(v, ""))
          .collect(Collectors.toSet());
      assertThat(actual).isEqualTo(findings.stream().map(f -> key(f, "")).collect(Collectors.toSet()));
    }
  }

  @Test
  void theDefaultGroupHoldsTheErrorsAndQualityTheRest() {
    ProjectTargetTable wei = SeedTables.weiHardshipGrants();
    assertThat(VALIDATOR.validate(wei)).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("indicators[4].target", "indicators[6].target");
    assertThat(VALIDATOR.validate(wei, Quality.class)).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("budget.otherFunds", "spendingPlan", "");
    assertThat(VALIDATOR.validate(wei)).allMatch(v -> SeverityPayload.severityOf(v).orElseThrow() == Severity.ERROR)
        .allMatch(v -> v.getConstraintDescriptor().getPayload().contains(SeverityPayload.Error.class));
    assertThat(VALIDATOR.validate(BeanFixtures.clean())).isEmpty();
    assertThat(VALIDATOR.validate(BeanFixtures.clean(), Quality.class)).isEmpty();
  }

  @Test
  void aDocumentsViolationsNameTheTable() {
    PerformanceTargetDocument doc = PerformanceTargetDocument.builder().fiscalYear(2025).unit(SeedTables.WEI_UNIT)
        .addAllTables(SeedTables.wei2025()).build();
    Set<ConstraintViolation<PerformanceTargetDocument>> errors = VALIDATOR.validate(doc);
    assertThat(errors).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("tables[1].indicators[4].target", "tables[1].indicators[6].target");
    Set<String> all = VALIDATOR.validate(doc, Default.class, Quality.class).stream()
        .map(v -> key(v, "tables[" + SeverityPayload.findingOf(v).orElseThrow().table() + "]"))
        .collect(Collectors.toSet());
    assertThat(all).isEqualTo(TableValidator.create().validate(doc).findings().stream()
        .map(f -> key(f, "tables[" + f.table() + "]")).collect(Collectors.toSet()));
  }

  @Test
  void messagesFollowTheConfiguredLanguageAndTheRequestedOne() {
    Validator zh = BeanValidation.validator(ValidationPolicy.national(), Locale.CHINA);
    assertThat(zh.validate(SeedTables.weiHardshipGrants())).extracting(ConstraintViolation::getMessage)
        .contains("指标值「≤100%」恒能达到，无法衡量绩效。");
    assertThat(zh.validate(SeedTables.weiHardshipGrants())).extracting(ConstraintViolation::getMessageTemplate)
        .containsOnly("{io.github.jixiao.validation.finding}");
  }

  @Test
  void thePolicyReachesTheConstraints() {
    Validator lenient = BeanValidation.validator(ValidationPolicy.lenient(), Locale.ENGLISH);
    assertThat(lenient.validate(SeedTables.weiHardshipGrants())).isEmpty();
    assertThat(lenient.validate(SeedTables.weiHardshipGrants(), Quality.class)).hasSize(5);
  }

  @Test
  void aFactoryCanBeClosedByItsOwner() {
    try (ValidatorFactory factory = BeanValidation.validatorFactory(ValidationPolicy.national(), Locale.ENGLISH)) {
      assertThat(factory.getValidator().validate(SeedTables.weiGrassrootsOrganisations())).isEmpty();
    }
  }

  static String key(Finding f, String prefix) {
    String path = f.propertyPath();
    String full = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
    return f.rule().id() + " " + f.severity() + " " + full + " " + f.message(Locale.ENGLISH);
  }

  static String key(ConstraintViolation<?> v, String unused) {
    Finding f = SeverityPayload.findingOf(v).orElseThrow();
    return f.rule().id() + " " + SeverityPayload.severityOf(v).orElseThrow() + " " + v.getPropertyPath() + " "
        + v.getMessage();
  }
}
