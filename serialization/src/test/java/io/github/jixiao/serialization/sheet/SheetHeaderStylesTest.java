package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One sheet per published header style, each read cell by cell. */
class SheetHeaderStylesTest {
  private final SheetReader reader = SheetReader.create();

  private ReadResult<List<ProjectTargetTable>> read(String name) {
    return reader.read(SheetCorpus.stream(name), name);
  }

  @Test
  void readsStandardHeadersWithTableCellsRepeatedAndTheUnitCodeInsideTheName() {
    ReadResult<List<ProjectTargetTable>> r = read("wei-2025-standard-headers.csv");
    assertThat(r.value()).containsExactlyElementsOf(SeedTables.wei2025());
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-SHEET-007");  // its byte-order mark
  }

  @Test
  void readsVariantHeadersFromTsvWithTableCellsOnTheFirstRowAndCategoriesInherited() {
    ReadResult<List<ProjectTargetTable>> r = read("dingzhou-2021-variant-headers.tsv");
    List<ProjectTargetTable> expected = SeedTables.dingzhou2021().stream()
        .map(t -> t.withComplete(true)).collect(Collectors.toList());
    assertThat(r.value()).containsExactlyElementsOf(expected);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void readsStarredHeadersSplitColumnsAndAmountsInYuanWithThousandsSeparators() {
    ReadResult<List<ProjectTargetTable>> r = read("jingyan-2024-starred-headers-split-columns.csv");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.value()).hasSize(2);
    ProjectTargetTable grants = r.value().get(0);
    assertThat(grants.unit()).contains(BudgetUnit.of("820001", "井研县教育局"));
    assertThat(grants.fiscalYear()).contains(Year.of(2024));
    assertThat(grants.amountUnit()).isEqualTo(AmountUnit.YUAN);
    assertThat(grants.budget().total()).contains(Amount.yuan("3309840.00"));
    assertThat(grants.budget().fiscalFunds()).contains(Amount.yuan("3000000"));
    assertThat(grants.budget().otherFunds()).contains(Amount.yuan("309840"));
    assertThat(grants.goals()).containsExactly("资助困难学生1200人次", "资助资金按时足额发放");
    assertThat(grants.spendingPlan().isEmpty()).isTrue();
    assertThat(grants.indicators()).containsExactly(
        split(IndicatorCategory.COST, IndicatorSubcategory.ECONOMIC_COST, "生均补助标准", "2758", Comparison.AT_MOST,
            "元", "反向指标", "10", "计划标准").description("每生每年补助金额").build(),
        split(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "资助学生人次", "1200", Comparison.AT_LEAST,
            "人次", "正向指标", "20", "计划标准").build(),
        split(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "资助对象认定准确率", "100", Comparison.EQUAL,
            "%", "正向指标", "20", "行业标准").build(),
        split(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL_BENEFIT, "困难学生辍学情况", "有效减少",
            Comparison.QUALITATIVE, null, "正向指标", "30", "历史标准").build(),
        split(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION, "受助学生满意度", "90",
            Comparison.AT_LEAST, "%", "正向", "20", "其他标准").build());
    assertThat(grants.indicators()).extracting(i -> i.direction().orElseThrow()).containsExactly(Direction.NEGATIVE,
        Direction.POSITIVE, Direction.POSITIVE, Direction.POSITIVE, Direction.POSITIVE);
    assertThat(grants.budget().totalCell().map(WrittenAmount::text)).contains("3,309,840.00");
    ProjectTargetTable repairs = r.value().get(1);
    assertThat(repairs.projectCode()).contains("51112424A00000000002Y");
    assertThat(repairs.budget().total()).contains(Amount.yuan("1250000"));
    assertThat(repairs.budget().otherFunds()).isEmpty();
    assertThat(repairs.indicators()).singleElement().satisfies(i -> {
      assertThat(i.target().raw()).isEqualTo("2024年10月底前");
      assertThat(i.comparison()).isEmpty();
      assertThat(i.basis()).isEmpty();
    });
  }

  @Test
  void readsBracketedUnitCodesAnAmountUnitCalled单位AndReportsTheUnknownColumnByName() {
    ReadResult<List<ProjectTargetTable>> r = read("bracket-codes-unknown-column.csv");
    assertThat(r.warnings()).filteredOn(w -> w.severity() == ReadProblem.Severity.WARNING).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-SHEET-012");
      assertThat(w.toString()).startsWith("bracket-codes-unknown-column.csv row 3 column R (备注): unknown column «备注»");
    });
    List<ProjectTargetTable> tables = r.value();
    assertThat(tables).extracting(t -> t.unit().orElseThrow()).containsExactly(
        BudgetUnit.of("015001", "武汉市青山区青少年宫"), BudgetUnit.of("433001", "乌海市海勃湾区团委"));
    assertThat(tables.get(0).goals()).containsExactly("开展科普活动20场");
    assertThat(tables.get(0).budget().otherFunds()).isEmpty();
    assertThat(tables.get(0).indicators()).extracting(Indicator::categoryLabel, Indicator::subcategoryLabel)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标"),
            org.assertj.core.groups.Tuple.tuple("产出指标", "质量指标"),
            org.assertj.core.groups.Tuple.tuple("社会公众或服务对象满意度指标", "社会公众满意度指标"));
    assertThat(tables.get(0).indicators().get(2).category()).contains(IndicatorCategory.SATISFACTION);
    assertThat(tables.get(0).indicators().get(0).weight()).contains(new BigDecimal("40"));
    assertThat(tables.get(1).budget().otherFunds()).contains(Amount.wanYuan("2"));
    assertThat(tables.get(1).goals()).containsExactly("组建志愿服务队3支", "开展志愿服务12次");
  }

  @Test
  void knowsTheRowAndColumnOfEveryTableIndicatorAndCell() {
    SourceMap map = read("bracket-codes-unknown-column.csv").sourceMap().orElseThrow();
    assertThat(map.table(0).orElseThrow().toString()).isEqualTo("bracket-codes-unknown-column.csv rows 4–6");
    assertThat(map.indicator(0, 2).orElseThrow().toString()).isEqualTo("bracket-codes-unknown-column.csv row 6");
    assertThat(map.cell(0, 2, TableField.TARGET).orElseThrow().toString())
        .isEqualTo("bracket-codes-unknown-column.csv row 6 column L (指标值及单位) tables[0].indicators[2].target");
    assertThat(map.cell(1, TableField.OTHER_FUNDS).orElseThrow().line()).hasValue(7);
    assertThat(map.cell(0, TableField.UNIT_CODE).orElseThrow().cell()).contains("单位名称");
    // the category of a row that left it blank is where it was written, on the row above
    assertThat(map.cell(0, 1, TableField.CATEGORY).orElseThrow().line()).hasValue(4);
    assertThat(map.locate(CellAddress.of(1, 0, TableField.COMPARISON)).orElseThrow().toString())
        .isEqualTo("bracket-codes-unknown-column.csv row 7 column N (计算符号) tables[1].indicators[0].comparison");
  }

  private static Indicator.Builder split(IndicatorCategory category, IndicatorSubcategory subcategory, String name,
      String target, Comparison comparison, String unit, String direction, String weight, String basis) {
    Indicator.Builder b = Indicator.builder().category(category).subcategory(subcategory).name(name).target(target)
        .comparison(comparison).directionText(direction).weight(new BigDecimal(weight)).basis(basis);
    return unit == null ? b : b.unitOfMeasure(unit);
  }
}
