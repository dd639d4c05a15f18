package io.github.jixiao.validation;

import static io.github.jixiao.validation.EvaluationTables.ACCEPTANCE_ROW;
import static io.github.jixiao.validation.EvaluationTables.MILEAGE_ROW;
import static io.github.jixiao.validation.EvaluationTables.TRAVEL_ROW;
import static io.github.jixiao.validation.EvaluationTables.roads;
import static io.github.jixiao.validation.EvaluationTables.roadsThroughJuly;
import static io.github.jixiao.validation.EvaluationTables.withLine;
import static io.github.jixiao.validation.EvaluationTables.withRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.core.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelfEvaluationValidatorTest {
  private static final SelfEvaluationValidator VALIDATOR = SelfEvaluationValidator.create();

  private static List<EvaluationRule> rules(SelfEvaluationTable table) {
    return VALIDATOR.validate(table).findings().stream().map(EvaluationFinding::rule).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"优/良/中/差", "优、良、中、差", "优良中差", "达成、部分达成、未达成", "好 较好 一般 差"})
  void reportsTheGradingScaleWrittenAsTheActual(String scale) {
    assertThat(VALIDATOR.validate(withRow(TRAVEL_ROW, r -> r.actual(scale))).findings(EvaluationRule.ACTUAL_IS_VERDICT))
        .singleElement().satisfies(f -> assertThat(f.value()).contains(scale));
  }

  @ParameterizedTest
  @ValueSource(strings = {"优", "良好", "优良", "明显改善"})
  void takesOneGradeOrTheTargetPhraseAsAnActual(String actual) {
    assertThat(rules(withRow(TRAVEL_ROW, r -> r.actual(actual)))).doesNotContain(EvaluationRule.ACTUAL_IS_VERDICT);
  }

  @Test
  void givesFullPointsToABrokenCeilingAsAMissedTarget() {
    // 1.6万元 against ≤1.5万元 on 10 points: 10 × 1.5 ÷ 1.6 = 9.375, 9.38.
    EvaluationReport report = VALIDATOR.validate(withRow(3, r -> r.actual("1.6万元")));
    assertThat(report.findings(EvaluationRule.MISSED_TARGET_FULL_POINTS)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("10", "1.6万元", "≤1.5万元", "9.38"));
    assertThat(report.findings(EvaluationRule.MISSED_WITHOUT_REASON)).singleElement()
        .satisfies(f -> assertThat(f.field()).isEqualTo("deviation"));
  }

  @Test
  void readsAScoreOfTheBudgetLineAboveItsPoints() {
    EvaluationReport report = VALIDATOR.validate(withLine(l -> l.scoreText("11")));
    assertThat(report.findings(EvaluationRule.SCORE_ABOVE_POINTS)).singleElement()
        .satisfies(f -> assertThat(f.field()).isEqualTo("executionScore"));
    assertThat(report.findings(EvaluationRule.SCORE_FAR_FROM_POLICY)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("11", "9.50", "0.5"));
  }

  @Test
  void holdsTheBudgetLinesPointsAgainstThePolicy() {
    assertThat(VALIDATOR.validate(withLine(l -> l.weightText("15"))).findings(EvaluationRule.POINTS_OFF_POLICY))
        .singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("executionWeight"));
  }

  @Test
  void countsCostWithinOutputUnlessThePolicyWeightsItApart() {
    // The 2021 tree makes 成本指标 a category of its own: the cost row moved there.
    SelfEvaluationTable coreTree = withRow(3, r -> r.indicator(Indicator.of(
        IndicatorCategory.COST, IndicatorSubcategory.ECONOMIC_COST, "每公里养护成本", "≤1.5万元").withWeightText("10")));
    assertThat(VALIDATOR.validate(coreTree).findings()).isEmpty();
    ScoringPolicy costApart = ScoringPolicy.builder().name("某省办法").weight(IndicatorCategory.COST, BigDecimal.TEN)
        .build();
    EvaluationReport report = SelfEvaluationValidator.builder().scoringPolicy(costApart).build().validate(coreTree);
    assertThat(report.findings(EvaluationRule.POINTS_OFF_POLICY)).singleElement().satisfies(f -> {
      assertThat(f.detail()).contains("产出指标");
      assertThat(f.arguments()).containsExactly("40", "产出指标", "50", "某省办法");
    });
    ScoringPolicy output40 = ScoringPolicy.builder().weight(IndicatorCategory.COST, BigDecimal.TEN)
        .weight(IndicatorCategory.OUTPUT, new BigDecimal("40")).build();
    assertThat(SelfEvaluationValidator.builder().scoringPolicy(output40).build().validate(coreTree).findings())
        .isEmpty();
  }

  @Test
  void leavesTheTotalAloneWhileAScoreIsBlank() {
    assertThat(rules(withRow(MILEAGE_ROW, r -> r.scoreText(Optional.empty())).withTotalScoreText("80")))
        .doesNotContain(EvaluationRule.TOTAL_MISMATCH);
  }

  @Test
  void comparesTheGradeWithThePublishedTotalAtItsThreshold() {
    assertThat(rules(roads().withTotalScoreText("90").withGradeText("良"))).contains(EvaluationRule.GRADE_MISMATCH);
    assertThat(rules(roads().withTotalScoreText("89.99").withGradeText("良好")))
        .doesNotContain(EvaluationRule.GRADE_MISMATCH);
  }

  @Test
  void acceptsARateCutRatherThanRounded() {
    // 113.5 of 120 is 94.5833…%: 94.6 rounds it, 94.5 cuts it, 94.4 is neither.
    SelfEvaluationTable t = withLine(l -> l.annualSpending(Amount.wanYuan("113.50")));
    assertThat(rules(t.withBudgetExecution(t.budgetExecution().withExecutionRateText("94.5%"))))
        .doesNotContain(EvaluationRule.EXECUTION_RATE_MISMATCH);
    assertThat(rules(t.withBudgetExecution(t.budgetExecution().withExecutionRateText("94.6%"))))
        .doesNotContain(EvaluationRule.EXECUTION_RATE_MISMATCH);
    assertThat(rules(t.withBudgetExecution(t.budgetExecution().withExecutionRateText("94.4%"))))
        .contains(EvaluationRule.EXECUTION_RATE_MISMATCH);
    assertThat(rules(t.withBudgetExecution(t.budgetExecution().withExecutionRateText("94.57%"))))
        .contains(EvaluationRule.EXECUTION_RATE_MISMATCH);
    assertThat(rules(t.withBudgetExecution(t.budgetExecution().withExecutionRateText("0.9458"))))
        .doesNotContain(EvaluationRule.EXECUTION_RATE_MISMATCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"填写偏差原因", "请说明未完成原因及改进措施", "【请根据实际情况填写】"})
  void reportsTheFormsInstructionLeftInADeviationCell(String instruction) {
    EvaluationReport report = VALIDATOR.validate(withRow(ACCEPTANCE_ROW, r -> r.deviation(instruction)));
    assertThat(report.findings(EvaluationRule.INSTRUCTION_LEFT)).singleElement().satisfies(f -> {
      assertThat(f.indicator()).isEqualTo(OptionalInt.of(ACCEPTANCE_ROW));
      assertThat(f.field()).isEqualTo("deviation");
      assertThat(f.message(Locale.CHINESE)).contains(instruction);
    });
  }

  @Test
  void putsTheTablesFindingsBeforeTheRows() {
    SelfEvaluationTable t = withRow(MILEAGE_ROW, r -> r.scoreText("22")).withGradeText("差");
    List<EvaluationFinding> findings = VALIDATOR.validate(t).findings();
    int firstRow = findings.indexOf(findings.stream().filter(f -> f.indicator().isPresent()).findFirst().orElseThrow());
    assertThat(findings.subList(0, firstRow)).allMatch(f -> f.indicator().isEmpty());
    assertThat(findings.subList(firstRow, findings.size())).allMatch(f -> f.indicator().isPresent());
  }

  @Test
  void numbersEachTableOfAList() {
    EvaluationReport report = VALIDATOR.validateSelfEvaluations(List.of(roads(), roads().withGradeText("中")));
    assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.table()).isEqualTo(1));
    assertThat(report.messages(Locale.CHINESE)).singleElement().asString()
        .startsWith("JX-EVAL-005 error table 1 · grade: 自评等级「中」");
  }

  @Test
  void overridesASeverityAndKeepsItsSettingsThroughToBuilder() {
    SelfEvaluationValidator v = SelfEvaluationValidator.builder()
        .severity(EvaluationRule.GRADE_MISMATCH, Severity.WARNING).scoreTolerance(BigDecimal.ONE).build();
    assertThat(v.validate(roads().withGradeText("中")).hasErrors()).isFalse();
    SelfEvaluationValidator copy = v.toBuilder().build();
    assertThat(copy.severityOf(EvaluationRule.GRADE_MISMATCH)).isEqualTo(Severity.WARNING);
    assertThat(copy.scoreTolerance()).isEqualTo(BigDecimal.ONE);
    assertThat(copy.scoringPolicy()).isSameAs(ScoringPolicy.national());
  }

  @Test
  void widensTheScoreToleranceOnRequest() {
    SelfEvaluationTable t = withRow(ACCEPTANCE_ROW, r -> r.actual("92%").scoreText("14").deviation("返工两段"));
    assertThat(rules(t)).contains(EvaluationRule.SCORE_FAR_FROM_POLICY);
    assertThat(SelfEvaluationValidator.builder().scoreTolerance(BigDecimal.ONE).build().validate(t)
        .findings(EvaluationRule.SCORE_FAR_FROM_POLICY)).isEmpty();
  }

  @Test
  void refusesANegativeToleranceOrLag() {
    assertThatThrownBy(() -> SelfEvaluationValidator.builder().scoreTolerance(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
    assertThatThrownBy(() -> ScoringPolicy.builder().monitoringLag(new BigDecimal("-5")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void judgesMonitoringByThePublishedRateWhenTheAmountsAreMissing() {
    EvaluationReport report = VALIDATOR.validate(roadsThroughJuly().withSpendingToDateCell(Optional.empty())
        .withExecutionRateText("45%"));
    assertThat(report.findings(EvaluationRule.EXECUTION_BEHIND_SCHEDULE)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly("45.00%", "1-7月", "58.33%", "10"));
  }

  @Test
  void leavesMonitoringAloneWhenThePeriodNamesNoMonthAndFollowsThePolicysLag() {
    assertThat(VALIDATOR.validate(roadsThroughJuly().withPeriodText("上半年").withExecutionRateText("10%")
        .withSpendingToDateCell(Optional.empty())).findings()).isEmpty();
    EvaluationReport strict = SelfEvaluationValidator.builder()
        .scoringPolicy(ScoringPolicy.builder().monitoringLag(BigDecimal.ZERO).build()).build()
        .validate(roadsThroughJuly().withSpendingToDateCell(WrittenAmount.of(
            Amount.wanYuan("69.00"))));
    assertThat(strict.findings(EvaluationRule.EXECUTION_BEHIND_SCHEDULE)).hasSize(1);
  }

  @Test
  void reportsAnInstructionLeftInAMonitoringCorrection() {
    MonitoredIndicator row = roadsThroughJuly().indicators().get(0).withCorrection("填写纠偏措施");
    EvaluationReport report = VALIDATOR.validate(roadsThroughJuly().withIndicators(List.of(row)));
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(EvaluationRule.INSTRUCTION_LEFT);
      assertThat(f.field()).isEqualTo("correction");
    });
  }

  @Test
  void reportsAProgressToDateThatCopiesItsTargetOrIsTheScaleButNotABlankOrAVerdict() {
    MonitoredIndicator row = roadsThroughJuly().indicators().get(0);
    EvaluationReport copied = VALIDATOR.validate(roadsThroughJuly().withIndicators(List.of(row.withProgress(
        TargetValue.parse("≥80公里")))));
    assertThat(copied.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(EvaluationRule.ACTUAL_IS_EXPRESSION);
      assertThat(f.field()).isEqualTo("progress");
      assertThat(f.indicator()).hasValue(0);
      assertThat(f.value()).hasValue("≥80公里");
    });
    assertThat(VALIDATOR.validate(roadsThroughJuly().withIndicators(List.of(row.withProgress(
        TargetValue.parse("优/良/中/差"))))).findings(EvaluationRule.ACTUAL_IS_VERDICT)).hasSize(1);
    for (String quiet : new String[] {"", "已启动", "51公里"}) {
      assertThat(VALIDATOR.validate(roadsThroughJuly().withIndicators(List.of(row.withProgress(
          TargetValue.parse(quiet))))).findings()).as(quiet).isEmpty();
    }
  }
}
