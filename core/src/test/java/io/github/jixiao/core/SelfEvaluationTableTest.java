package io.github.jixiao.core;

import static io.github.jixiao.core.IndicatorCategory.OUTPUT;
import static io.github.jixiao.core.IndicatorSubcategory.QUANTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.fixtures.SeedTables;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelfEvaluationTableTest {
  private static final ProjectTargetTable WEI = SeedTables.weiHardshipGrants();

  /** Wei county's hardship grants evaluated at the year's end, with the figures a county would publish. */
  private static SelfEvaluationTable evaluated() {
    SelfEvaluationTable started = SelfEvaluationTable.forTarget(WEI).build();
    List<EvaluatedIndicator> rows = started.indicators();
    return started.toBuilder()
        .indicators(List.of(
            rows.get(0).withIndicator(rows.get(0).indicator().withWeightText("20")).withActual(TargetValue.parse("96人"))
                .withScoreText("19.2").withDeviation("6 pupils moved out of the county during the year"),
            rows.get(1).withIndicator(rows.get(1).indicator().withWeightText("10")).withActual(TargetValue.parse("≥100%"))
                .withScoreText("10"),
            rows.get(3).withIndicator(rows.get(3).indicator().withWeightText("10")).withActual(TargetValue.parse("完成"))
                .withScoreText("１０")))
        .budgetExecution(BudgetExecution.builder()
            .initialBudget(Amount.wanYuan("5.00"))
            .annualBudget(Amount.wanYuan("5.00"))
            .annualSpendingCell(WrittenAmount.parse("4.80", AmountUnit.WAN_YUAN))
            .executionRateText("96%").weightText("10").scoreText("9.6").build())
        .outcome("Grants reached 96 pupils; school supplies were handed out before the winter term.")
        .totalScoreText("88.8").gradeText("良好")
        .build();
  }

  @Test
  void startsFromItsTargetTableWithEveryIndicatorAndNothingEvaluated() {
    SelfEvaluationTable t = SelfEvaluationTable.forTarget(WEI).build();
    assertThat(t.projectCode()).isEqualTo(WEI.projectCode());
    assertThat(t.fiscalYear()).hasValue(Year.of(2025));
    assertThat(t.unit()).isEqualTo(WEI.unit());
    assertThat(t.goals()).isEqualTo(WEI.goals());
    assertThat(t.indicators()).extracting(EvaluatedIndicator::indicator).isEqualTo(WEI.indicators());
    assertThat(t.indicators()).allSatisfy(r -> {
      assertThat(r.actual().isBlank()).isTrue();
      assertThat(r.scoreText()).isEmpty();
      assertThat(r.deviation()).isEmpty();
    });
    assertThat(t.budgetExecution()).isEqualTo(BudgetExecution.empty());
    assertThat(t.outcome()).isEmpty();
  }

  @Test
  void setsTheRowsPointsOnItsIndicatorsWeightCellAsWritten() {
    EvaluatedIndicator row = SelfEvaluationTable.forTarget(WEI).build().indicators().get(0);
    EvaluatedIndicator pointed = row.withPoints("１５");
    assertThat(pointed.points()).hasValue(new BigDecimal("15"));
    assertThat(pointed.indicator().weightText()).hasValue("１５");
    assertThat(pointed.indicator().withWeightText(row.indicator().weightText())).isEqualTo(row.indicator());
    assertThat(row.withPoints("十五").points()).isEmpty();
  }

  @Test
  void readsPointsWrittenWithTheirUnitAsNumbersAndKeepsTheText() {
    EvaluatedIndicator row = SelfEvaluationTable.forTarget(WEI).build().indicators().get(0).withPoints("10分")
        .withScoreText("７ 分");
    assertThat(row.points()).hasValue(new BigDecimal("10"));
    assertThat(row.score()).hasValue(new BigDecimal("7"));
    assertThat(row.scoreText()).hasValue("７ 分");
    assertThat(row.withScoreText("七分").score()).isEmpty();
    assertThat(row.withScoreText("分").score()).isEmpty();
    assertThat(SelfEvaluationTable.builder().totalScoreText("92.5分").build().totalScore())
        .hasValue(new BigDecimal("92.5"));
  }

  @Test
  void evaluatesTheTargetTableOfTheSameProjectCodeAndYearOnly() {
    SelfEvaluationTable t = evaluated();
    assertThat(t.evaluates(WEI)).isTrue();
    assertThat(t.evaluates(WEI.withFiscalYear(Year.of(2024)))).isFalse();
    assertThat(t.evaluates(WEI.withProjectCode("13043425P00437410003E"))).isFalse();
    assertThat(t.evaluates(SeedTables.weiGrassrootsOrganisations())).isFalse();
    assertThat(t.withProjectCode(java.util.Optional.empty()).evaluates(WEI))
        .as("a table without a code evaluates nothing, even beside a target of the same name").isFalse();
  }

  @Test
  void keepsEveryCellAsWrittenBesideItsParsedView() {
    SelfEvaluationTable t = evaluated();
    EvaluatedIndicator first = t.indicators().get(0);
    assertThat(first.actual()).isInstanceOfSatisfying(Quantity.class, q -> {
      assertThat(q.amount()).isEqualByComparingTo("96");
      assertThat(q.unit()).isEqualTo("人");
    });
    assertThat(first.points()).hasValue(new BigDecimal("20"));
    assertThat(first.score()).hasValue(new BigDecimal("19.2"));
    EvaluatedIndicator copied = t.indicators().get(1);
    assertThat(copied.actual().raw()).isEqualTo("≥100%");
    assertThat(((Quantity) copied.actual()).comparison()).isEqualTo(Comparison.AT_LEAST);
    EvaluatedIndicator verdict = t.indicators().get(2);
    assertThat(verdict.actual()).isInstanceOf(Qualitative.class);
    assertThat(verdict.scoreText()).hasValue("１０");
    assertThat(verdict.score()).hasValue(new BigDecimal("10"));
    assertThat(t.totalScore()).hasValue(new BigDecimal("88.8"));
    assertThat(t.grade()).hasValue(Grade.GOOD);
    assertThat(t.gradeText()).hasValue("良好");
  }

  @Test
  void readsTheBudgetLineAndKeepsCellsThatAreNoNumbers() {
    BudgetExecution line = evaluated().budgetExecution();
    assertThat(line.annualBudget()).hasValue(Amount.wanYuan("5.00"));
    assertThat(line.annualSpending()).hasValue(Amount.wanYuan("4.8"));
    assertThat(line.executionRate()).hasValue(new BigDecimal("96"));
    assertThat(line.weight()).hasValue(new BigDecimal("10"));
    assertThat(line.score()).hasValue(new BigDecimal("9.6"));

    BudgetExecution odd = BudgetExecution.builder()
        .annualBudgetCell(WrittenAmount.parse("—", AmountUnit.WAN_YUAN))
        .executionRateText("约九成").scoreText("满分").build();
    assertThat(odd.annualBudgetCell().map(WrittenAmount::text)).hasValue("—");
    assertThat(odd.annualBudget()).isEmpty();
    assertThat(odd.executionRateText()).hasValue("约九成");
    assertThat(odd.executionRate()).isEmpty();
    assertThat(odd.score()).isEmpty();
    assertThat(BudgetExecution.builder().executionRateText("９５．５％").build().executionRate())
        .hasValue(new BigDecimal("95.5"));
  }

  @Test
  void tellsAnAbsentCellFromABlankOneWithoutMakingItPartOfEquality() {
    SelfEvaluationTable blank = evaluated().withOutcome("");
    SelfEvaluationTable withoutColumns = evaluated().withAbsentEvaluationCells(
        Set.of(SelfEvaluationField.INITIAL_BUDGET, SelfEvaluationField.GRADE)).withAbsentCells(Set.of(TableField.BASIS));
    assertThat(blank.outcome()).hasValue("");
    assertThat(blank.isAbsent(SelfEvaluationField.OUTCOME)).isFalse();
    assertThat(withoutColumns.isAbsent(SelfEvaluationField.INITIAL_BUDGET)).isTrue();
    assertThat(withoutColumns.isAbsent(SelfEvaluationField.OUTCOME)).isFalse();
    assertThat(withoutColumns.isAbsent(TableField.BASIS)).isTrue();
    assertThat(withoutColumns).isEqualTo(evaluated());
  }

  @Test
  void buildsTablesWhoseScoresIgnoreTheirNumbers() {
    SelfEvaluationTable t = SelfEvaluationTable.builder()
        .addIndicator(EvaluatedIndicator.of(Indicator.of(OUTPUT, QUANTITY, "培训人次", "≤300人次").withWeightText("10"),
            "420人次", "10"))                                                       // a ceiling broken, full points
        .budgetExecution(BudgetExecution.builder().annualBudget(Amount.wanYuan("10"))
            .annualSpending(Amount.wanYuan("8")).executionRateText("95%").build())  // 95% against A and B's 80%
        .totalScoreText("98").gradeText("良")                                        // 98 is 优
        .build();
    assertThat(t.indicators().get(0).score()).hasValue(new BigDecimal("10"));
    assertThat(t.grade()).hasValue(Grade.GOOD);
    assertThat(t.amountUnit()).isEqualTo(AmountUnit.WAN_YUAN);
  }

  @Test
  void refusesNullsNamingTheField() {
    assertThatThrownBy(() -> SelfEvaluationTable.builder().outcome((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("outcome");
    assertThatThrownBy(() -> EvaluatedIndicator.builder().actual((String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EvaluatedIndicator.builder().deviation((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("deviation");
    assertThatThrownBy(() -> BudgetExecution.builder().scoreText((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("scoreText");
  }

  @Test
  void gradesATotalWithEachThresholdInItsOwnGrade() {
    assertThat(Grade.of(new BigDecimal("100"))).isEqualTo(Grade.EXCELLENT);
    assertThat(Grade.of(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
    assertThat(Grade.of(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(new BigDecimal("80.00"))).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(new BigDecimal("79.995"))).isEqualTo(Grade.FAIR);
    assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.FAIR);
    assertThat(Grade.of(new BigDecimal("59.99"))).isEqualTo(Grade.POOR);
    assertThat(Grade.of(new BigDecimal("-1"))).isEqualTo(Grade.POOR);
  }

  @Test
  void readsTheGradeAsFormsWriteIt() {
    assertThat(Grade.parse("优")).hasValue(Grade.EXCELLENT);
    assertThat(Grade.parse(" 优秀 ")).hasValue(Grade.EXCELLENT);
    assertThat(Grade.parse("良好")).hasValue(Grade.GOOD);
    assertThat(Grade.parse("一般")).hasValue(Grade.FAIR);
    assertThat(Grade.parse("较差")).hasValue(Grade.POOR);
    assertThat(Grade.parse("FAIR")).hasValue(Grade.FAIR);
    assertThat(Grade.parse("优、良、中、差")).as("the scale itself names no grade").isEmpty();
    assertThat(Grade.parse("")).isEmpty();
  }

  @Test
  void namesTheSelfEvaluationCellsApartFromTheTargetTableVocabulary() {
    assertThat(SelfEvaluationField.ACTUAL.wireName()).isEqualTo("actual");
    assertThat(SelfEvaluationField.ACTUAL.term()).isEqualTo("实际完成值");
    assertThat(SelfEvaluationField.ACTUAL.isIndicatorCell()).isTrue();
    assertThat(SelfEvaluationField.EXECUTION_RATE.isIndicatorCell()).isFalse();
    for (SelfEvaluationField f : SelfEvaluationField.values()) {
      assertThat(TableField.fromWireName(f.wireName())).as(f.wireName()).isEmpty();
    }
  }
}
