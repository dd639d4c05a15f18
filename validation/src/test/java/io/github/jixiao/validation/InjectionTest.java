package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.bean.BeanValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import io.github.jixiao.validation.bean.Quality;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** User text in any cell is printed as typed by both surfaces: never read as a pattern or an expression. */
class InjectionTest {
  private static final List<String> PAYLOADS = List.of("${1+1}", "#{1+1}", "{0}", "{validatedValue}",
      "${''.getClass()}", "'{'x'}'", "\\{1}");

  @Test
  void messagesPrintEveryPayloadLiterally() {
    Validator validator = BeanValidation.validator(ValidationPolicy.national(), Locale.CHINA);
    for (String p : PAYLOADS) {
      ProjectTargetTable table = hostile(p);
      ValidationReport report = TableValidator.create().validate(table);
      List<String> values = report.findings().stream().flatMap(f -> f.value().stream()).toList();
      assertThat(values).as(p).contains(p + "X", "71200" + p, "13" + p);
      for (Finding f : report.findings()) {
        for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
          String message = f.message(locale);
          f.value().filter(v -> f.arguments().contains(v))
              .ifPresent(v -> assertThat(message).as(f + " in " + locale).contains(v));
          assertThat(message).doesNotContain("2}").doesNotContain("class java.lang.String");
        }
      }
      Set<ConstraintViolation<ProjectTargetTable>> violations = validator.validate(table, Default.class,
          Quality.class);
      Set<String> bean = violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
      Set<String> nativeMessages = report.findings().stream().map(f -> f.message(Locale.CHINA))
          .collect(Collectors.toSet());
      assertThat(bean).as(p).isEqualTo(nativeMessages);
      assertThat(bean).anyMatch(m -> m.contains("「" + p + "X」"));
    }
  }

  /** Every text cell holds the payload; the value cells hold it with a suffix so that rules fire on them. */
  private static ProjectTargetTable hostile(String p) {
    Indicator row = Indicator.builder().categoryLabel(p).subcategoryLabel(p).name(p).description(p).target(p + "X")
        .basis(p).unitOfMeasure(p).build();
    return ProjectTargetTable.builder().unit(BudgetUnit.of("71200" + p, p)).projectCode("13" + p).projectName(p)
        .fundUse(p).addGoal(p).addIndicator(row).addIndicator(row).budget(Budget.empty()).build();
  }
}
