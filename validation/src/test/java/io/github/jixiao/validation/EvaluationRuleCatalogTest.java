package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.validation.EvaluationRuleExamples.Example;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EvaluationRuleCatalogTest {
  private static final Map<EvaluationRule, Example> EXAMPLES = EvaluationRuleExamples.all();

  @Test
  void everyRuleHasATriggeringAndAQuietExample() {
    assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrder(EvaluationRule.values());
  }

  @Test
  void ruleIdsAreUniqueAndInTheirOwnFamilies() {
    assertThat(Arrays.stream(EvaluationRule.values()).map(EvaluationRule::id)).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("JX-(EVAL|MON)-\\d{3}"));
    assertThat(Arrays.stream(EvaluationRule.values()).map(r -> EvaluationRule.byId(r.id()).orElseThrow()))
        .containsExactly(EvaluationRule.values());
    assertThat(Arrays.stream(Rule.values()).map(Rule::id))
        .doesNotContainAnyElementsOf(Arrays.stream(EvaluationRule.values()).map(EvaluationRule::id).toList());
  }

  @Test
  void theCleanTablesYieldNoFinding() {
    assertThat(SelfEvaluationValidator.create().validate(EvaluationTables.roads()).findings()).isEmpty();
    assertThat(SelfEvaluationValidator.create().validate(EvaluationTables.roadsThroughJuly()).findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(EvaluationRule.class)
  void triggersAtTheExpectedCell(EvaluationRule rule) {
    Example e = EXAMPLES.get(rule);
    List<EvaluationFinding> hits = e.trigger().get().findings(rule);
    assertThat(hits).as(rule.id() + " on its triggering example").hasSize(1);
    EvaluationFinding f = hits.get(0);
    assertThat(f.table()).isZero();
    assertThat(f.indicator()).isEqualTo(e.at().indicator());
    assertThat(f.field()).isEqualTo(e.at().field());
    assertThat(f.detail()).isEqualTo(e.at().detail());
    assertThat(f.severity()).isEqualTo(rule.defaultSeverity());
  }

  @ParameterizedTest
  @EnumSource(EvaluationRule.class)
  void staysQuietOnTheNearMiss(EvaluationRule rule) {
    assertThat(EXAMPLES.get(rule).quiet().get().findings(rule)).as(rule.id() + " on its quiet example").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(EvaluationRule.class)
  void hasAMessageInBothLanguagesThatNamesItsValue(EvaluationRule rule) {
    EvaluationFinding f = EXAMPLES.get(rule).trigger().get().findings(rule).get(0);
    String zh = f.message(Locale.CHINA);
    String en = f.message(Locale.ENGLISH);
    assertThat(zh).isNotBlank().doesNotContain("{").isNotEqualTo(en);
    assertThat(en).isNotBlank().doesNotContain("{").doesNotContainPattern("[\\u4e00-\\u9fff]{6,}。");
    f.value().filter(v -> f.arguments().contains(v)).ifPresent(v -> {
      assertThat(en).contains(v);
      assertThat(zh).contains(v);
    });
  }
}
