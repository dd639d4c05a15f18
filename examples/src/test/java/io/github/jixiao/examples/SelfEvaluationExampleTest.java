package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.scoring.ScoringPolicy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SelfEvaluationExampleTest {

  @Test
  void evaluatesTheTargetTableItWasStartedFrom() {
    SelfEvaluationTable table = SelfEvaluationExample.yearEnd(BuildAndValidateExample.grassrootsOrganisations());
    assertThat(table.evaluates(BuildAndValidateExample.grassrootsOrganisations())).isTrue();
    assertThat(table.indicators()).hasSize(7).allSatisfy(row -> assertThat(row.points()).isPresent());
    assertThat(ScoringPolicy.national().score(table).total()).hasValue(new BigDecimal("99.27"));
  }

  @Test
  void printsPublishedBesideComputedScoresAndTheRecomputedTotal() throws Exception {
    String out = ConsoleCapture.run(() -> SelfEvaluationExample.main(new String[0])).out;

    assertThat(out).contains("actual 88%").contains("published 15    computed 14.67")
        .contains("published 12    computed 15.00")
        .contains("budget line: published 9.6, computed 9.60")
        .contains("total score: published 96.6, recomputed 99.27 (优)");
  }

  @Test
  void reportsTheTwoScoresThatIgnoreTheirNumbersInBothLanguages() throws Exception {
    String out = ConsoleCapture.run(() -> SelfEvaluationExample.main(new String[0])).out;

    assertThat(out.lines().filter(l -> l.startsWith("JX-")).map(l -> l.replaceAll("\\s+", " ")))
        .containsExactly("JX-EVAL-007 error row 5 · score", "JX-EVAL-008 warning row 5 · deviation",
            "JX-EVAL-006 warning row 6 · score", "JX-EVAL-009 warning row 6 · score");
    assertThat(out).contains("得分「15」却为满分；按评分办法应得 14.67")
        .contains("The score \"12\" is below the full 15 points although the actual \"95%\" meets the target");
  }
}
