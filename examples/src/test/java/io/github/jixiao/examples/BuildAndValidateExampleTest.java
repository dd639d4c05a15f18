package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.fixtures.SeedTables;
import org.junit.jupiter.api.Test;

class BuildAndValidateExampleTest {

  @Test
  void buildsTheWeiCountyTablesCellForCellAsPublished() {
    assertThat(BuildAndValidateExample.grassrootsOrganisations()).isEqualTo(SeedTables.weiGrassrootsOrganisations());
    assertThat(BuildAndValidateExample.hardshipGrants()).isEqualTo(SeedTables.weiHardshipGrants());
  }

  @Test
  void printsEachFindingWithItsPlaceInBothLanguages() throws Exception {
    String out = ConsoleCapture.run(() -> BuildAndValidateExample.main(new String[0])).out;

    assertThat(out).contains("JX-PLAN-002  warning  table 1 «2025年基层团组织经费» · spendingPlan · 12月底")
        .contains("资金支出计划「12月底」未填写；累计比例应在最后一个节点达到 100%。")
        .contains("JX-VALUE-008 error    table 2 «2025年特困生救助金» · row 7 · target")
        .contains("The target \"≤100%\" is always met, so it measures nothing.")
        .contains("JX-VALUE-002 error    table 2 «2025年特困生救助金» · row 5 · target");
  }

  @Test
  void endsWithTheCountsAndRefusesStorageBecauseOfTheTwoErrors() throws Exception {
    String out = ConsoleCapture.run(() -> BuildAndValidateExample.main(new String[0])).out;

    assertThat(out.lines().reduce((a, b) -> b)).contains("2 errors, 4 warnings, 2 infos: not storable");
    assertThat(out.lines().filter(l -> l.startsWith("JX-"))).hasSize(8);
  }
}
