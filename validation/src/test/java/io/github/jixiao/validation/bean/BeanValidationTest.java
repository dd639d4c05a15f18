package io.github.jixiao.validation.bean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Rule;
import io.github.jixiao.validation.Severity;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationPolicy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
      Set<String> expected = findings.stream().map(BeanValidationTest::key).collect(Collectors.toSet());
      Set<ConstraintViolation<ProjectTargetTable>> violations = VALIDATOR.validate(table, jakarta.validation.groups.Default.class, Quality.class);
      Set<String> actual = violations.stream().map(v -> key(v, "")).collect(Collectors.toSet());
      assertThat(actual).as(table.projectName().orElseThrow()).isEqualTo(expected);
      assertThat(violations).hasSameSizeAs(findings);
    }
  }

  private static String key(Finding f) {
    return f.rule().id() + " " + f.severity() + " " + f.propertyPath() + " " + f.message(Locale.ENGLISH);
  }

  private static String key(ConstraintViolation<?> v, String prefix) {
    Finding f = SeverityPayload.findingOf(v).orElseThrow();
    return f.rule().id() + " " + SeverityPayload.severityOf(v).orElseThrow() + " "
        + v.getPropertyPath().toString().substring(prefix.length()) + " " + v.getMessage();
  }
}
