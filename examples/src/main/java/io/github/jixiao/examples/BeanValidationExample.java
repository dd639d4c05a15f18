package io.github.jixiao.examples;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.ValidationPolicy;
import io.github.jixiao.validation.bean.BeanValidation;
import io.github.jixiao.validation.bean.Quality;
import io.github.jixiao.validation.bean.SeverityPayload;
import io.github.jixiao.validation.constraints.ProjectCode;
import io.github.jixiao.validation.constraints.TargetValueText;
import io.github.jixiao.validation.constraints.UnitCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Example: the rules through Jakarta Bean Validation (Bean Validation 校验), as a framework sees them.
 * Validates the Wei county table 2025年特困生救助金 in the {@code Default} group (errors) and in
 * {@link Quality} (warnings, infos), printing each violation's property path, its severity payload, its rule
 * and its message; then checks a form of the user's own with the field constraints {@code @UnitCode},
 * {@code @ProjectCode} and {@code @TargetValueText}.
 */
public final class BeanValidationExample {
  private BeanValidationExample() {}

  /** A form of the user's own: three strings checked with the rules' field constraints. */
  // tag::form[]
  record ProjectForm(@UnitCode String unitCode, @ProjectCode String projectCode,
      List<@TargetValueText String> targets) {}
  // end::form[]

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ProjectTargetTable table = BuildAndValidateExample.hardshipGrants();

    // tag::bean[]
    Validator validator = BeanValidation.validator(ValidationPolicy.national(), Locale.ENGLISH);
    Set<ConstraintViolation<ProjectTargetTable>> errors = validator.validate(table);          // Default group
    Set<ConstraintViolation<ProjectTargetTable>> quality = validator.validate(table, Quality.class);
    for (ConstraintViolation<ProjectTargetTable> v : sorted(errors, quality)) {     // by cell: a Set has no order
      String path = v.getPropertyPath().toString();                        // indicators[6].target
      out.printf("%-24s %-8s %-12s %s%n",
          path.isEmpty() ? "(table)" : path,                                // a table-level finding
          SeverityPayload.severityOf(v).orElseThrow().id(),                 // error | warning | info
          SeverityPayload.findingOf(v).orElseThrow().rule().id(),           // JX-VALUE-008
          v.getMessage());
    }
    // end::bean[]

    ProjectForm form = new ProjectForm("71200", "13043425P00437410002E", List.of("≥22个", "组织培训班次"));
    validator.validate(form).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> out.printf("form %-18s %s%n", v.getPropertyPath(), v.getMessage()));
  }

  @SafeVarargs
  private static List<ConstraintViolation<ProjectTargetTable>> sorted(
      Set<ConstraintViolation<ProjectTargetTable>>... groups) {
    // A validator returns a Set: sort by the finding's place so that the output follows the table.
    return Arrays.stream(groups).flatMap(Set::stream)
        .sorted(Comparator.comparing((ConstraintViolation<ProjectTargetTable> v) ->
            SeverityPayload.findingOf(v).orElseThrow().indicator().orElse(-1))
            .thenComparing(v -> SeverityPayload.findingOf(v).orElseThrow().rule().id()))
        .collect(Collectors.toList());
  }
}
