package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.DepartmentTargets;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TargetSection;
import io.github.jixiao.core.TargetStatement;
import io.github.jixiao.validation.bean.BeanValidation;
import io.github.jixiao.validation.bean.Quality;
import io.github.jixiao.validation.constraints.ProjectCode;
import io.github.jixiao.validation.constraints.TargetValueText;
import io.github.jixiao.validation.constraints.UnitCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * No user text reaches expression-language evaluation, on any path: the rules' class-level constraints on
 * tables and documents, the annotations for users' own classes, and a configuration where an EL-enabled
 * interpolator replaced ours (as Spring's {@code LocalValidatorFactoryBean} does). Expressly is on the test
 * classpath, and the first test proves that EL is live here: a payload that reached it would be evaluated to
 * {@value #EVALUATED}.
 */
class ExpressionLanguageSafetyTest {
  private static final String EVALUATED = "1337";
  private static final List<String> PAYLOADS = List.of("${7*191}", "#{7*191}", "{7*191}", "$\\{7*191}",
      "${validatedValue}", "{validatedValue}", "${''.getClass().getName()}", "{jixiaoFinding}",
      "{io.github.jixiao.validation.finding}", "{jakarta.validation.constraints.NotNull.message}");

  record Canary(@Size(max = 0, message = "${7*191}") String value) {}

  /** A user's own form with jixiao's annotations. */
  record ProjectForm(@UnitCode String unitCode, @ProjectCode String projectCode,
      List<@TargetValueText String> targets) {}

  @Test
  void expressionLanguageIsLiveOnThisClasspath() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(factory.getValidator().validate(new Canary("x"))).extracting(ConstraintViolation::getMessage)
          .containsExactly(EVALUATED);
    }
  }

  @Test
  void theAnnotationsForUsersClassesNeverEvaluateTheValueEvenWithTheDefaultElInterpolator() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      for (Validator validator : List.of(factory.getValidator(),
          BeanValidation.validator(ValidationPolicy.national(), Locale.ENGLISH))) {
        for (String p : PAYLOADS) {
          Set<ConstraintViolation<ProjectForm>> violations = validator.validate(new ProjectForm(p, p, List.of(p)));
          assertThat(violations).as(p).hasSize(3);
          assertSafe(p, violations.stream().map(ConstraintViolation::getMessage).toList());
          assertThat(violations).extracting(ConstraintViolation::getInvalidValue).containsOnly(p);
        }
      }
    }
  }

  @Test
  void tableRulesPrintEveryTextCellLiterally() {
    Validator validator = BeanValidation.validator(ValidationPolicy.national(), Locale.CHINA);
    for (String p : PAYLOADS) {
      ProjectTargetTable table = hostileTable(p);
      List<String> messages = validator.validate(table, Default.class, Quality.class).stream()
          .map(ConstraintViolation::getMessage).toList();
      assertSafe(p, messages);
      assertThat(messages).as(p).anyMatch(m -> m.contains(p));
      List<String> nativeMessages = TableValidator.create().validate(table).messages(Locale.ENGLISH);
      assertSafe(p, nativeMessages);
    }
  }

  @Test
  void documentRulesPrintEveryTextCellLiterally() {
    Validator validator = BeanValidation.validator(ValidationPolicy.national(), Locale.ENGLISH);
    for (String p : PAYLOADS) {
      TargetSection section = TargetSection.builder().introduction(p).addStatements(TargetStatement.of(p, p)).build();
      PerformanceTargetDocument document = PerformanceTargetDocument.builder().unit(BudgetUnit.of("71200" + p, p))
          .overview(DepartmentTargets.builder().overallGoals(section).keyTasks(section).itemisedGoals(section)
              .safeguardMeasures(section).build())
          .addTables(hostileTable(p), hostileTable(p)).build();
      List<String> messages = validator.validate(document, Default.class, Quality.class).stream()
          .map(ConstraintViolation::getMessage).toList();
      assertThat(messages).as(p).isNotEmpty();
      assertSafe(p, messages);
      assertSafe(p, TableValidator.create().validate(document).messages(Locale.CHINA));
    }
  }

  @Test
  void anElInterpolatorInstalledOverOursNeverReceivesUserText() {
    HibernateValidatorConfiguration configuration = BeanValidation.configure(
        Validation.byProvider(HibernateValidator.class).configure(), ValidationPolicy.national(), Locale.ENGLISH);
    configuration.messageInterpolator(new ResourceBundleMessageInterpolator());
    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      for (String p : PAYLOADS) {
        Set<ConstraintViolation<ProjectTargetTable>> violations = factory.getValidator()
            .validate(hostileTable(p), Default.class, Quality.class);
        assertThat(violations).as(p).isNotEmpty();
        // The rules' template is a fixed key: without our interpolator it stays a key, never the user's text.
        assertThat(violations).extracting(ConstraintViolation::getMessage).as(p)
            .containsOnly("{io.github.jixiao.validation.finding}");
      }
    }
  }

  private static void assertSafe(String payload, List<String> messages) {
    for (String m : messages) {
      assertThat(m).as("payload %s", payload).doesNotContain(EVALUATED).doesNotContain("java.lang.String");
    }
  }

  /** The payload in every text cell; the value cells carry it with a suffix so that rules fire on them. */
  private static ProjectTargetTable hostileTable(String p) {
    Indicator row = Indicator.builder().categoryLabel(p).subcategoryLabel(p).name(p).description(p).target(p + "X")
        .basis(p).unitOfMeasure(p).build();
    return ProjectTargetTable.builder().unit(BudgetUnit.of("71200" + p, p)).projectCode("13" + p).projectName(p)
        .fundUse(p).addGoal(p).addIndicator(row).addIndicator(row).budget(Budget.empty()).build();
  }
}
