package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.WriteException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the sheet writer writes, the sheet reader reads back equal; what no cell can carry, the writer refuses
 * with the value's path instead of writing it changed or writing what the reader refuses.
 */
class SheetLosslessWriteTest {
  private final SheetReader reader = SheetReader.create();

  @Test
  void aBlankCategoryStaysBlankInsteadOfInheritingTheRowAbove() {
    ProjectTargetTable wei = SeedTables.weiHardshipGrants();
    List<Indicator> indicators = new ArrayList<>(wei.indicators());
    indicators.set(1, indicators.get(1).withCategoryLabel(""));
    indicators.set(2, indicators.get(2).withSubcategoryLabel(""));
    ProjectTargetTable table = wei.withIndicators(indicators);
    String sheet = SheetWriter.create().write(List.of(table));
    List<ProjectTargetTable> back = roundTrip(sheet);
    assertThat(back.get(0).indicators().get(1).categoryLabel()).isEmpty();
    assertThat(back.get(0).indicators().get(2).subcategoryLabel()).isEmpty();
    assertThat(back).containsExactly(table);
  }

  @Test
  void anIndicatorWhoseCellsAreAllBlankIsKept() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().withIndicators(List.of(Indicator.builder()
        .categoryLabel("").subcategoryLabel("").name("").target("").build()));
    assertThat(roundTrip(SheetWriter.create().write(List.of(table)))).containsExactly(table);
  }

  @Test
  void refusesASecondTableWithTheSameCodeAndNoNameRatherThanMergeIt() {
    ProjectTargetTable first = SeedTables.weiHardshipGrants();
    ProjectTargetTable second = SeedTables.weiGrassrootsOrganisations()
        .withProjectCode(first.projectCode().orElseThrow()).withProjectName(Optional.empty());
    WriteException e = assertThrows(WriteException.class, () -> SheetWriter.create().write(List.of(first, second)));
    assertThat(e.path()).isEqualTo("tables[1]");
    assertThat(e.getMessage()).contains("same project code", "no project name");
    assertThat(roundTrip(SheetWriter.create().write(List.of(first, second.withProjectName(""))))).hasSize(2);
  }

  @Test
  void aUnitNameThatBeginsWithItsOwnCodeKeepsIt() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants()
        .withUnit(BudgetUnit.of("712001", "712001中国共产主义青年团魏县委员会本级"));
    ProjectTargetTable noCode = SeedTables.weiGrassrootsOrganisations()
        .withUnit(BudgetUnit.ofName("2025年中国共产主义青年团魏县委员会本级"));
    assertThat(roundTrip(SheetWriter.create().write(List.of(table, noCode)))).containsExactly(table, noCode);
  }

  @Test
  void aCarriageReturnInAGoalStaysACarriageReturn() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants()
        .withGoals("全县特困生救助100人\r发放救济物品", "受益学生满意度\r\n达到90%");
    assertThat(roundTrip(SheetWriter.create().write(List.of(table)))).containsExactly(table);
  }

  @Test
  void readingWhatTheWriterWroteIsIdempotentWhateverTheSpaces() {
    String sheet = "项目名称,绩效目标,一级指标,三级指标,指标值\n"
        + "2025年特困生救助金,\"1.\u3000全县特困生救助100人\u00A0\n2.\u2003发放救济物品\u3000\n　3、受益学生满意度\","
        + "产出指标,全县特困生救助人数,100人\n";
    List<ProjectTargetTable> once = roundTrip(sheet);
    assertThat(once.get(0).goals()).containsExactly("全县特困生救助100人", "发放救济物品", "受益学生满意度");
    List<ProjectTargetTable> twice = roundTrip(SheetWriter.create().write(once));
    assertThat(twice).isEqualTo(once);
    String unnumbered = "项目名称,绩效目标\n2025年特困生救助金,\"全县特困生救助100人\n2.发放救济物品\u00A0\"\n";
    List<ProjectTargetTable> one = roundTrip(unnumbered);
    assertThat(one.get(0).goals()).containsExactly("全县特困生救助100人\n2.发放救济物品");
    assertThat(roundTrip(SheetWriter.create().write(one))).isEqualTo(one);
  }

  @Test
  void keepsSurroundingSpacesAndAGivenEmptyText() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().toBuilder()
        .projectName(" 2025年特困生救助金\u3000").fundUse("").addGoal(" 全县特困生救助100人 ").build()
        .withGoals(" 全县特困生救助100人 ");
    assertThat(roundTrip(SheetWriter.create().write(List.of(table)))).containsExactly(table);
  }

  @Test
  void refusesGoalsThatTheCellWouldSplitDifferently() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().withGoals("全县特困生救助100人\n2.发放救济物品", "受益学生满意度");
    WriteException e = assertThrows(WriteException.class, () -> SheetWriter.create().write(List.of(table)));
    assertThat(e.path()).isEqualTo("tables[0].goals[0]");
  }

  @Test
  void aPlanOfBlankCheckpointsStaysAPlan() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().withSpendingPlan(SpendingPlan.standard("", "", "", ""));
    assertThat(roundTrip(SheetWriter.create().write(List.of(table)))).containsExactly(table);
  }

  @Test
  void refusesAnAmountWhosePlainDigitsWouldRunIntoHundredsAtOnce() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants()
        .withBudget(Budget.of(Amount.of(new BigDecimal("1E-250"), SeedTables.weiHardshipGrants().amountUnit()),
            null, null));
    WriteException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(WriteException.class, () -> SheetWriter.create().write(List.of(table))));
    assertThat(e.path()).isEqualTo("tables[0].budget.total");
    assertThat(e.getMessage()).contains("1E-250", "252 characters");
    ProjectTargetTable weight = SeedTables.weiHardshipGrants().withIndicators(List.of(
        SeedTables.weiHardshipGrants().indicators().get(0).withWeight(new BigDecimal("1E-999999999"))));
    assertThat(assertThrows(WriteException.class, () -> SheetWriter.create().write(List.of(weight))).path())
        .isEqualTo("tables[0].indicators[0].weight");
  }

  @Test
  void writesAmountsAndWeightsThatReadBackEqual() {
    ProjectTargetTable wei = SeedTables.weiHardshipGrants();
    ProjectTargetTable table = wei
        .withBudget(Budget.of(Amount.of(new BigDecimal("5E+3"), wei.amountUnit()),
            Amount.of(new BigDecimal("0.000000000000000000000000000000000000000000000000000000000001"),
                wei.amountUnit()), null))
        .withIndicators(List.of(wei.indicators().get(0).withWeight(new BigDecimal("12.50"))));
    assertThat(roundTrip(SheetWriter.create().write(List.of(table)))).containsExactly(table);
    ProjectTargetTable negativeScale = wei.withIndicators(List.of(wei.indicators().get(0)
        .withWeight(new BigDecimal("1E+1"))));
    assertThat(assertThrows(WriteException.class, () -> SheetWriter.create().write(List.of(negativeScale))).path())
        .isEqualTo("tables[0].indicators[0].weight");
  }

  @Test
  void refusesAnAmountInAnotherUnitThanItsTable() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants()
        .withBudget(Budget.of(Amount.wanYuan("5.00"), Amount.yuan("50000"), null));
    WriteException e = assertThrows(WriteException.class, () -> SheetWriter.create().write(List.of(table)));
    assertThat(e.path()).isEqualTo("tables[0].budget.fiscalFunds");
  }

  @Test
  void refusesControlCharactersAndLoneSurrogatesThatTheReaderCouldNotRead() {
    ProjectTargetTable wei = SeedTables.weiHardshipGrants();
    WriteException control = assertThrows(WriteException.class,
        () -> SheetWriter.create().write(List.of(wei.withProjectName("特困\u0001生救助金"))));
    assertThat(control.path()).isEqualTo("tables[0].projectName");
    assertThat(control.getMessage()).contains("U+0001");
    List<Indicator> indicators = new ArrayList<>(wei.indicators());
    indicators.set(2, indicators.get(2).withName("受益学生\uD800满意度"));
    WriteException surrogate = assertThrows(WriteException.class,
        () -> SheetWriter.create().write(List.of(wei.withIndicators(indicators))));
    assertThat(surrogate.path()).isEqualTo("tables[0].indicators[2].name");
    ProjectTargetTable formFeedAndTab = wei.withProjectName("特困\f生\t救助金");
    assertThat(roundTrip(SheetWriter.create().write(List.of(formFeedAndTab)))).containsExactly(formFeedAndTab);
  }

  private List<ProjectTargetTable> roundTrip(String sheet) {
    ReadResult<List<ProjectTargetTable>> r = reader.read(new StringReader(sheet), "t.csv");
    assertThat(r.warnings()).isEmpty();
    return r.value();
  }
}
