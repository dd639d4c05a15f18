package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.validation.RuleExamples.Example;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleCatalogTest {
  private static final Map<Rule, Example> EXAMPLES = RuleExamples.all();

  @Test
  void everyRuleHasATriggeringAndAQuietExample() {
    assertThat(EXAMPLES.keySet()).as("rules without examples (add them to RuleExamples)")
        .containsExactlyInAnyOrder(Rule.values());
  }

  @Test
  void ruleIdsAreUniqueAndWellFormed() {
    assertThat(Stream.of(Rule.values()).map(Rule::id)).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("JX-(CODE|MONEY|PLAN|TREE|VALUE|ROW)-\\d{3}"));
    assertThat(Arrays.stream(Rule.values()).map(r -> Rule.byId(r.id()).orElseThrow())).containsExactly(Rule.values());
    assertThat(Rule.byId("JX-NONE-000")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void triggersAtTheExpectedCell(Rule rule) {
    Example e = EXAMPLES.get(rule);
    assertThat(e).as("example of " + rule.id()).isNotNull();
    List<Finding> hits = e.trigger().validate().findings().stream().filter(f -> f.rule() == rule).toList();
    assertThat(hits).as(rule.id() + " on its triggering example").hasSize(1);
    Finding f = hits.get(0);
    assertThat(f.table()).isEqualTo(e.at().table());
    assertThat(f.indicator()).isEqualTo(e.at().indicator());
    assertThat(f.field()).isEqualTo(e.at().field());
    if (e.at().detail().isPresent()) {
      assertThat(f.detail()).isEqualTo(e.at().detail());
    }
    assertThat(f.severity()).isEqualTo(e.trigger().policy().severityOf(rule));
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void staysQuietOnTheNearMiss(Rule rule) {
    Example e = EXAMPLES.get(rule);
    assertThat(e).as("example of " + rule.id()).isNotNull();
    assertThat(e.quiet().validate().findings()).as(rule.id() + " on its quiet example")
        .noneMatch(f -> f.rule() == rule);
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void hasAMessageInBothLanguagesThatNamesItsValue(Rule rule) {
    Finding f = EXAMPLES.get(rule).trigger().validate().findings().stream().filter(x -> x.rule() == rule)
        .findFirst().orElseThrow();
    String zh = f.message(java.util.Locale.CHINA);
    String en = f.message(java.util.Locale.ENGLISH);
    assertThat(zh).isNotBlank().doesNotContain("{").isNotEqualTo(en);
    assertThat(en).isNotBlank().doesNotContain("{").doesNotContainPattern("[\\u4e00-\\u9fff]{6,}。");
    f.value().filter(v -> f.arguments().contains(v)).ifPresent(v -> assertThat(en).contains(v));
  }
}
