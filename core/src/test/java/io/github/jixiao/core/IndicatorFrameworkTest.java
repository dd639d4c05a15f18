package io.github.jixiao.core;

import static io.github.jixiao.core.IndicatorCategory.BENEFIT;
import static io.github.jixiao.core.IndicatorCategory.COST;
import static io.github.jixiao.core.IndicatorCategory.OUTPUT;
import static io.github.jixiao.core.IndicatorCategory.SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.ECONOMIC_COST;
import static io.github.jixiao.core.IndicatorSubcategory.QUANTITY;
import static io.github.jixiao.core.IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.SUSTAINABLE_IMPACT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorFrameworkTest {

  @Test
  void classicTreePutsCostUnderOutput() {
    assertThat(IndicatorFramework.CLASSIC.categories()).containsExactly(OUTPUT, BENEFIT, SATISFACTION);
    assertThat(IndicatorFramework.CLASSIC.allows(OUTPUT, IndicatorSubcategory.COST)).isTrue();
    assertThat(IndicatorFramework.CLASSIC.allows(COST, ECONOMIC_COST)).isFalse();
    assertThat(IndicatorFramework.CLASSIC.subcategoriesOf(COST)).isEmpty();
  }

  @Test
  void core2021TreeMakesCostACategory() {
    assertThat(IndicatorFramework.CORE_2021.categories()).containsExactly(COST, OUTPUT, BENEFIT, SATISFACTION);
    assertThat(IndicatorFramework.CORE_2021.allows(COST, ECONOMIC_COST)).isTrue();
    assertThat(IndicatorFramework.CORE_2021.allows(OUTPUT, IndicatorSubcategory.COST)).isFalse();
    assertThat(IndicatorFramework.CORE_2021.categoryOf(SUSTAINABLE_IMPACT)).contains(BENEFIT);
  }

  @Test
  void satisfactionSubcategoryBelongsOnlyToSatisfaction() {
    for (IndicatorFramework f : List.of(IndicatorFramework.CLASSIC, IndicatorFramework.CORE_2021)) {
      assertThat(f.categoryOf(SERVICE_RECIPIENT_SATISFACTION)).contains(SATISFACTION);
      assertThat(f.allows(BENEFIT, SERVICE_RECIPIENT_SATISFACTION)).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "产出指标, OUTPUT", "产出, OUTPUT", "效益指标, BENEFIT", "满意度指标, SATISFACTION",
      "社会公众或服务对象满意度指标, SATISFACTION", "成本指标, COST", "OUTPUT, OUTPUT", "' 产出指标 ', OUTPUT",
      "*产出指标, OUTPUT"})
  void readsCategoryLabelVariants(String label, IndicatorCategory expected) {
    assertThat(IndicatorCategory.parse(label)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "数量指标, QUANTITY", "数量, QUANTITY", "时效指标, TIMELINESS", "成本指标, COST", "成本, COST",
      "经济成本指标, ECONOMIC_COST", "生态环境成本, ENVIRONMENTAL_COST", "可持续影响, SUSTAINABLE_IMPACT",
      "服务对象满意度指标, SERVICE_RECIPIENT_SATISFACTION", "服务对象满意度, SERVICE_RECIPIENT_SATISFACTION",
      "社会公众或服务对象满意度指标, SERVICE_RECIPIENT_SATISFACTION"})
  void readsSubcategoryLabelsWithOrWithoutTrailingZhibiao(String label, IndicatorSubcategory expected) {
    assertThat(IndicatorSubcategory.parse(label)).contains(expected);
  }

  @Test
  void namesNothingForUnknownLabels() {
    assertThat(IndicatorCategory.parse("效果指标")).isEmpty();
    assertThat(IndicatorSubcategory.parse("")).isEmpty();
    assertThat(IndicatorSubcategory.parse("指标")).isEmpty();
  }

  @Test
  void readsFrameworkNames() {
    assertThat(IndicatorFramework.parse("classic")).contains(IndicatorFramework.CLASSIC);
    assertThat(IndicatorFramework.parse("core2021")).contains(IndicatorFramework.CORE_2021);
    assertThat(IndicatorFramework.parse("CORE_2021")).contains(IndicatorFramework.CORE_2021);
    assertThat(IndicatorFramework.parse("auto")).isEmpty();
  }

  @Test
  void readsDirections() {
    assertThat(Direction.parse("正向指标")).contains(Direction.POSITIVE);
    assertThat(Direction.parse("反向")).contains(Direction.NEGATIVE);
    assertThat(Direction.parse("中性")).isEmpty();
  }

  @Test
  void quantityIsAnOutputSubcategoryInBothTrees() {
    for (IndicatorFramework f : List.of(IndicatorFramework.CLASSIC, IndicatorFramework.CORE_2021)) {
      assertThat(f.allows(OUTPUT, QUANTITY)).isTrue();
    }
  }

  @Test
  void workReliefTreeHasImplementationEffectAndProcessManagement() {
    IndicatorFramework f = IndicatorFramework.WORK_RELIEF;
    assertThat(f.categories()).containsExactly(IndicatorCategory.IMPLEMENTATION_EFFECT,
        IndicatorCategory.PROCESS_MANAGEMENT);
    assertThat(f.allows(IndicatorCategory.IMPLEMENTATION_EFFECT, IndicatorSubcategory.parse("产出指标").orElseThrow()))
        .isTrue();
    assertThat(f.allows(IndicatorCategory.PROCESS_MANAGEMENT, IndicatorSubcategory.parse("资金管理").orElseThrow()))
        .isTrue();
    assertThat(f.allows(OUTPUT, QUANTITY)).isFalse();
    assertThat(IndicatorCategory.parse("实施效果指标")).contains(IndicatorCategory.IMPLEMENTATION_EFFECT);
    assertThat(IndicatorFramework.parse("workrelief")).contains(f);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "产出指标(50分)          | OUTPUT",
      "产出指标（50分）         | OUTPUT",
      "成本指标(0-20)分        | COST",
      "效益指标30分            | BENEFIT",
      "预期产出指标            | OUTPUT",
      "满意度指标（10分）       | SATISFACTION"})
  void readsDecoratedCategoryLabels(String label, IndicatorCategory category) {
    assertThat(IndicatorCategory.parse(label)).as(label).contains(category);
  }

  @Test
  void readsACategoryLabelBrokenOverTwoLines() {
    assertThat(IndicatorCategory.parse("满意度\n指标")).contains(SATISFACTION);
  }

  @Test
  void readsDecoratedSubcategoryLabelsAndKeepsTheLabel() {
    Indicator row = Indicator.builder().categoryLabel("产出指标(50分)").subcategoryLabel("数量指标（必填硬性指标）")
        .name("教师培训人次").target("≥1200人次").build();
    assertThat(row.category()).contains(OUTPUT);
    assertThat(row.subcategory()).contains(QUANTITY);
    assertThat(row.categoryLabel()).isEqualTo("产出指标(50分)");
    assertThat(IndicatorCategory.parse("产出分")).isEmpty();
    assertThat(IndicatorCategory.parse("预期")).isEmpty();
  }
}
