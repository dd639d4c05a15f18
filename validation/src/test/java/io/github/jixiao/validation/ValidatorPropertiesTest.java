package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.bean.BeanValidation;
import io.github.jixiao.validation.bean.Quality;
import io.github.jixiao.validation.bean.SeverityPayload;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties over random tables; a failure names the seed that reproduces it. */
class ValidatorPropertiesTest {
  private static final long SEED = Long.getLong("jixiao.seed", System.nanoTime());
  private static final Validator BEAN = BeanValidation.validator(ValidationPolicy.national(), Locale.ENGLISH);

  @Test
  void findingsAreOrderedRenderableAndAgreeWithBeanValidation() {
    Random random = new Random(SEED);
    RandomTables generator = new RandomTables(random::nextInt);
    for (int round = 0; round < 300; round++) {
      List<ProjectTargetTable> tables = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        tables.add(generator.table());
      }
      String context = "seed " + SEED + " (rerun with -Djixiao.seed=" + SEED + "), round " + round + ": " + tables;
      ValidationReport report = TableValidator.create().validate(tables);
      List<Finding> findings = report.findings();
      for (int i = 1; i < findings.size(); i++) {
        Finding a = findings.get(i - 1);
        Finding b = findings.get(i);
        assertThat(a.table()).as(context).isLessThanOrEqualTo(b.table());
        if (a.table() == b.table() && a.indicator().isPresent()) {
          assertThat(b.indicator()).as(context).isPresent();
          assertThat(a.indicator().getAsInt()).as(context).isLessThanOrEqualTo(b.indicator().getAsInt());
        }
      }
      for (Finding f : findings) {
        assertThat(f.message(Locale.CHINA)).as(context).isNotBlank();
        assertThat(f.message(Locale.ENGLISH)).as(context).isNotBlank();
        // A row finding names a cell of the row; a table-level one may name a category the table lacks.
        if (f.indicator().isPresent()) {
          assertThat(f.field().isIndicatorCell()).as(context + " " + f).isTrue();
        }
      }
      if (n == 1) {
        assertThat(BEAN.validate(tables.get(0), Default.class, Quality.class).stream()
            .map(v -> SeverityPayload.findingOf(v).orElseThrow()).collect(Collectors.toSet()))
            .as(context).isEqualTo(findings.stream().collect(Collectors.toSet()));
      }
    }
  }
}
