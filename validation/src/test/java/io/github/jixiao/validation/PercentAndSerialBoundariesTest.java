package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the percentage and date-serial rules, one step on each side: {@code ≤100%} is always met and
 * {@code ≤99.9%} is not; a floor of exactly 100% is fine and {@code ≥100.5%} is above it; Excel serials from
 * 36526 (2000-01-01) to 73050 (2099-12-31) are dates. Found by mutation testing (docs/QUALITY.md).
 */
class PercentAndSerialBoundariesTest {
  private static final TableValidator VALIDATOR = TableValidator.create();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "≤100%    | JX-VALUE-008",
      "≤100.5%  | JX-VALUE-008",
      "≤99.9%   | ",
      "<100.1%  | JX-VALUE-008",
      "<100%    | ",
      "≥0%      | JX-VALUE-008",
      "≥0.1%    | ",
      ">-1%     | JX-VALUE-008",
      ">0%      | ",
      "≥100%    | ",
      "≥100.5%  | JX-VALUE-009",
      ">100.5%  | JX-VALUE-009",
      "100.5%   | "})
  void aPercentOnAQualityRowIsJudgedAtItsEdges(String target, String expected) {
    assertThat(rules(CleanTables.withTarget(CleanTables.QUALITY_ROW, target), CleanTables.QUALITY_ROW))
        .as(target).isEqualTo(expected == null ? Set.of() : Set.of(expected));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "36526 | true",
      "36525 | false",
      "73050 | true",
      "73051 | false",
      "45000 | true",
      "45000.5 | false"})
  void aBareNumberOnATimelinessRowIsADateSerialOnlyWithinTheCentury(String target, boolean serial) {
    assertThat(rules(CleanTables.withTarget(CleanTables.TIMELINESS_ROW, target), CleanTables.TIMELINESS_ROW))
        .as(target).matches(r -> r.contains("JX-VALUE-011") == serial);
  }

  private static Set<String> rules(ProjectTargetTable table, int row) {
    List<Finding> findings = VALIDATOR.validate(table).findings();
    return findings.stream().filter(f -> f.indicator().isPresent() && f.indicator().getAsInt() == row)
        .map(f -> f.rule().id()).filter(id -> id.equals("JX-VALUE-008") || id.equals("JX-VALUE-009")
            || id.equals("JX-VALUE-011"))
        .collect(Collectors.toSet());
  }
}
