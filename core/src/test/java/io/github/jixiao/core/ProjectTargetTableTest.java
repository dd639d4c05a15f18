package io.github.jixiao.core;

import static io.github.jixiao.core.IndicatorCategory.OUTPUT;
import static io.github.jixiao.core.IndicatorCategory.SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.QUANTITY;
import static io.github.jixiao.core.IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.fixtures.RandomTables;
import io.github.jixiao.core.fixtures.SeedTables;
import java.time.Month;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTargetTableTest {

  @Test
  void addsARowFromTheSixCellsOfThePublishedGridInTheirOrder() {
    ProjectTargetTable table = ProjectTargetTable.builder()
        .addIndicator(OUTPUT, QUANTITY, "全县特困生救助人数", "全县特困生救助100人", "100人", "单位年度工作计划")
        .build();
    assertThat(table.indicators()).containsExactly(SeedTables.weiHardshipGrants().indicators().get(0));
    Indicator row = table.indicators().get(0);
    assertThat(row.description()).hasValue("全县特困生救助100人");
    assertThat(row.target().raw()).isEqualTo("100人");
    assertThat(row.basis()).hasValue("单位年度工作计划");
  }

  @Test
  void buildsTablesWhoseContentIsWrong() {
    ProjectTargetTable table = ProjectTargetTable.builder()
        .projectName("特困生救助金")
        .budget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("6.00"), null))    // does not add up
        .spendingPlan(SpendingPlan.ofMonthEnds(3, 6, 10, 12).percents("30", "20", "", "90"))
        .addIndicator(OUTPUT, QUANTITY, "组织培训次数", "组织培训班次")                  // a name for a value
        .addIndicator(SATISFACTION, SERVICE_RECIPIENT_SATISFACTION, "满意度", "≤100%")
        .build();
    assertThat(table.indicators()).hasSize(2);
    assertThat(table.spendingPlan().at(Month.OCTOBER)).hasValueSatisfying(c -> assertThat(c.isBlank()).isTrue());
    assertThat(table.budget().otherFunds()).isEmpty();
    assertThat(table.unit()).isEmpty();
    assertThat(table.amountUnit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(table.complete()).isTrue();
  }

  @Test
  void refusesNullsNamingTheField() {
    assertThatThrownBy(() -> ProjectTargetTable.builder().projectName((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("projectName");
    assertThatThrownBy(() -> ProjectTargetTable.builder().addGoal((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("goal");
    assertThatThrownBy(() -> ProjectTargetTable.builder().addIndicator((Indicator) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("indicator");
    assertThatThrownBy(() -> Indicator.builder().name(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> BudgetUnit.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> SpendingPlan.ofMonthEnds(3, 6).percents("30"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percents");
    assertThatThrownBy(() -> SpendingPlan.ofMonthEnds(3, 13))
        .isInstanceOf(java.time.DateTimeException.class);
  }

  @Test
  void copiesThroughToBuilderAndWithers() {
    ProjectTargetTable wei = SeedTables.weiHardshipGrants();
    assertThat(wei.toBuilder().build()).isEqualTo(wei).hasSameHashCodeAs(wei);
    ProjectTargetTable renamed = wei.withProjectName("2026年特困生救助金");
    assertThat(renamed.projectName()).contains("2026年特困生救助金");
    assertThat(renamed.indicators()).isEqualTo(wei.indicators());
    assertThat(wei.projectName()).contains("2025年特困生救助金");
    Indicator first = wei.indicators().get(0);
    assertThat(first.withTarget(TargetValue.parse("≥100人")).target().raw()).isEqualTo("≥100人");
  }

  @Test
  void exposesImmutableLists() {
    ProjectTargetTable wei = SeedTables.weiGrassrootsOrganisations();
    assertThatThrownBy(() -> wei.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> wei.goals().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copiesOfRandomTablesAndDocumentsAreEqual() {
    long seed = RandomTables.seedFromSystemProperty(7L);
    RandomTables random = RandomTables.withSeed(seed);
    for (int i = 0; i < 2_000; i++) {
      ProjectTargetTable t = random.table();
      assertThat(t.toBuilder().build()).as("seed %d case %d", seed, i).isEqualTo(t).hasSameHashCodeAs(t);
      assertThat(ProjectTargetTable.builder().from(t).build()).isEqualTo(t);
      t.indicators().forEach(ind -> assertThat(ind.toBuilder().build()).isEqualTo(ind));
      PerformanceTargetDocument d = random.document();
      assertThat(d.toBuilder().build()).as("seed %d case %d", seed, i).isEqualTo(d);
    }
  }

  @Test
  void derivesEnumsFromTheLabelsAsWritten() {
    Indicator i = Indicator.builder().categoryLabel("社会公众或服务对象满意度指标").subcategoryLabel("服务对象满意度")
        .name("满意度").target("≥90%").build();
    assertThat(i.category()).contains(SATISFACTION);
    assertThat(i.subcategory()).contains(SERVICE_RECIPIENT_SATISFACTION);
    assertThat(i.categoryLabel()).isEqualTo("社会公众或服务对象满意度指标");
    Indicator odd = i.withCategoryLabel("效果");
    assertThat(odd.category()).isEmpty();
    assertThat(odd.categoryLabel()).isEqualTo("效果");
  }

  @Test
  void buildsAWholeDocument() {
    PerformanceTargetDocument doc = PerformanceTargetDocument.builder()
        .fiscalYear(2025)
        .unit(SeedTables.WEI_UNIT)
        .overview(DepartmentTargets.builder()
            .overallGoals(TargetSection.of("做好青年就业创业工作", "深化青年志愿服务行动"))
            .keyTasks(TargetSection.builder().addStatement(TargetStatement.of("从严治团。", "规范发展团员工作。")).build())
            .build())
        .addAllTables(SeedTables.wei2025())
        .build();
    assertThat(doc.fiscalYear()).contains(Year.of(2025));
    assertThat(doc.tables()).hasSize(2);
    assertThat(doc.overview().keyTasks().statements().get(0).title()).contains("从严治团。");
    assertThat(doc.overview().itemisedGoals().isEmpty()).isTrue();
    assertThat(doc.overview().isEmpty()).isFalse();
    assertThat(doc.tables()).isEqualTo(List.copyOf(SeedTables.wei2025()));
  }

  @Test
  void seedsHaveThePublishedShape() {
    assertThat(SeedTables.dingzhou2021()).extracting(t -> t.indicators().size()).containsExactly(11, 11, 8);
    assertThat(SeedTables.wei2025()).extracting(t -> t.indicators().size()).containsExactly(7, 7);
    assertThat(SeedTables.dingzhouMayFourth().complete()).isFalse();
    assertThat(SeedTables.weiHardshipGrants().spendingPlan().at(Month.DECEMBER))
        .hasValueSatisfying(c -> assertThat(c.percent()).isEmpty());
    assertThat(SeedTables.dingzhouYouthDevelopment().budget().total()).contains(Amount.wanYuan("5.6"));
    assertThat(SeedTables.all()).allSatisfy(t -> assertThat(t.projectCode().orElseThrow()).hasSize(21));
  }
}
