package io.github.jixiao.core;

import static io.github.jixiao.core.Comparison.AT_LEAST;
import static io.github.jixiao.core.Comparison.AT_MOST;
import static io.github.jixiao.core.Comparison.EQUAL;
import static io.github.jixiao.core.Comparison.LESS_THAN;
import static io.github.jixiao.core.Comparison.MORE_THAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.fixtures.SeedTables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetValueGrammarTest {

  @ParameterizedTest(name = "{0} → {1} {2} {3}")
  @CsvSource(delimiter = '|', value = {
      // Every quantitative value string of the two seed documents.
      "≥22个        | AT_LEAST  | 22   | 个",
      "≥90%         | AT_LEAST  | 90   | %",
      "≤5万         | AT_MOST   | 5    | 万",
      "≤5万元       | AT_MOST   | 5    | 万元",
      "100人        | EQUAL     | 100  | 人",
      "100%         | EQUAL     | 100  | %",
      "≤100%        | AT_MOST   | 100  | %",
      "≥80认可度    | AT_LEAST  | 80   | 认可度",
      "≥78人数      | AT_LEAST  | 78   | 人数",
      "≥85满意度    | AT_LEAST  | 85   | 满意度",
      "≥80满意度    | AT_LEAST  | 80   | 满意度",
      ">80认可度    | MORE_THAN | 80   | 认可度",
      "≥80满意度调查 | AT_LEAST | 80   | 满意度调查",
      "≥78满意度调查 | AT_LEAST | 78   | 满意度调查",
  })
  void classifiesEverySeedQuantity(String text, Comparison comparison, String amount, String unit) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).isInstanceOf(Quantity.class);
    Quantity q = (Quantity) v;
    assertThat(q.raw()).isEqualTo(text);
    assertThat(q.comparison()).isEqualTo(comparison);
    assertThat(q.amount()).isEqualByComparingTo(amount);
    assertThat(q.unit()).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // Dingzhou cells that hold a name or an activity where a value belongs, and Wei's phrases.
      "组织培训班次", "组织培训活动", "组织培训活动次数", "组织宣传活动次数", "参加志愿服务活动人数", "参加志愿服务活动",
      "科普调查满意度", "组织前往宣传教育基地的参观人数", "宣传活动次数", "志愿者派遣数量", "志愿者派遣数", "志愿者数量",
      "开展志愿活动", "开展科普等相关活动", "救济物品主要是学习和生活用品", "所发物品提高儿童学习积极性"})
  void classifiesSeedNamesAndPhrasesAsQualitative(String text) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).isInstanceOf(Qualitative.class);
    assertThat(((Qualitative) v).text()).isEqualTo(text);
  }

  @Test
  void readsWeiDeadlineAsTheEndOfDecember2025() {
    TargetValue v = TargetValue.parse("2025年12月底完成");
    assertThat(v).isInstanceOf(Deadline.class);
    Deadline d = (Deadline) v;
    assertThat(d.date()).isEqualTo(PartialDate.of(2025, 12));
    assertThat(d.date().lastDay()).contains(LocalDate.of(2025, 12, 31));
    assertThat(d.format()).isEqualTo("2025年12月底前");
    assertThat(d.isEquivalentTo(TargetValue.parse("2025年12月底前"))).isTrue();
    assertThat(d).isNotEqualTo(TargetValue.parse("2025年12月底前"));
  }

  @Test
  void classifiesEveryValueOfEverySeedTable() {
    Set<TargetValue.Kind> kinds = SeedTables.all().stream().flatMap(t -> t.indicators().stream())
        .map(i -> i.target().kind()).collect(Collectors.toSet());
    assertThat(kinds).containsExactlyInAnyOrder(
        TargetValue.Kind.QUANTITY, TargetValue.Kind.QUALITATIVE, TargetValue.Kind.DEADLINE);
    SeedTables.all().forEach(t -> t.indicators().forEach(i ->
        assertThat(TargetValue.parse(i.target().raw())).isEqualTo(i.target())));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "＞＝90％          | AT_LEAST  | 90     | %",
      ">=90%            | AT_LEAST  | 90     | %",
      "<= 5 万元         | AT_MOST   | 5      | 万元",
      "=<5              | AT_MOST   | 5      | ''",
      "≧95%             | AT_LEAST  | 95     | %",
      "＜3天             | LESS_THAN | 3      | 天",
      "=100%            | EQUAL     | 100    | %",
      "不低于90%         | AT_LEAST  | 90     | %",
      "不少于 22 个      | AT_LEAST  | 22     | 个",
      "不超过5万元       | AT_MOST   | 5      | 万元",
      "5万元以内         | AT_MOST   | 5      | 万元",
      "控制在5万元以内   | AT_MOST   | 5      | 万元",
      "90%以上           | AT_LEAST  | 90     | %",
      "大于或等于90%     | AT_LEAST  | 90     | %",
      "高于80分          | MORE_THAN | 80     | 分",
      "低于5%            | LESS_THAN | 5      | %",
      "3,309,840.00元    | EQUAL     | 3309840.00 | 元",
      "44,561           | EQUAL     | 44561  | ''",
      "2                | EQUAL     | 2      | ''",
      "-5%              | EQUAL     | -5     | %",
      "　≥ 90 %　        | AT_LEAST  | 90     | %",
  })
  void readsComparisonFormsAndNumbers(String text, Comparison comparison, String amount, String unit) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).as(text).isInstanceOf(Quantity.class);
    Quantity q = (Quantity) v;
    assertThat(q.comparison()).isEqualTo(comparison);
    assertThat(q.amount()).isEqualByComparingTo(amount);
    assertThat(q.unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Spaces do not count among the first characters that must hold a digit; full-width digits do.
      "大 于 或 等 于 9 0 %         | AT_LEAST  | 90                               | 0 | %",
      "'\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000≥90%' | AT_LEAST | 90 | 0 | %",
      "不低于９０％                  | AT_LEAST  | 90                               | 0 | %",
      // Up to 18 digits and beyond, with and without thousands separators, signs and decimals.
      "999999999999999999           | EQUAL     | 999999999999999999               | 0 | ''",
      "1000000000000000000          | EQUAL     | 1000000000000000000              | 0 | ''",
      "12345678901234567890个        | EQUAL     | 12345678901234567890             | 0 | 个",
      "-1234567890123456789.5       | EQUAL     | -1234567890123456789.5           | 1 | ''",
      "1,234,567,890,123,456,789.00元 | EQUAL   | 1234567890123456789.00           | 2 | 元",
      "+5%                          | EQUAL     | 5                                | 0 | %",
      "-0.00                        | EQUAL     | 0                                | 2 | ''",
      "≥-2.50                       | AT_LEAST  | -2.5                             | 2 | ''",
      // Units beyond CJK ideographs; suffixes repeated, and one that contradicts the sign kept.
      "90km                         | EQUAL     | 90                               | 0 | km",
      "5㎡                          | EQUAL     | 5                                | 0 | ㎡",
      "5个以上以上                    | AT_LEAST  | 5                                | 0 | 个",
      "5万元及以下                    | AT_MOST   | 5                                | 0 | 万元",
      "≥90%以下                     | AT_LEAST  | 90                               | 0 | %以下",
  })
  void readsNumbersAndUnitsOfEveryShape(String text, Comparison comparison, String amount, int scale,
      String unit) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).as(text).isInstanceOf(Quantity.class);
    Quantity q = (Quantity) v;
    assertThat(q.comparison()).isEqualTo(comparison);
    assertThat(q.amount()).isEqualByComparingTo(amount);
    assertThat(q.amount().scale()).isEqualTo(scale);
    assertThat(q.unit()).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"第1名", "优良1", "一二三四五六七八9", "12,34", "3٣", "1.5e3"})
  void classifiesNumbersOutOfPlaceAsQualitative(String text) {
    assertThat(TargetValue.parse(text)).as(text).isInstanceOf(Qualitative.class);
  }

  @Test
  void keepsTheScaleOfTheNumberAsWritten() {
    Quantity q = (Quantity) TargetValue.parse("≥25.00%");
    assertThat(q.amount()).isEqualTo(new BigDecimal("25.00"));
    assertThat(q.format()).isEqualTo("≥25.00%");
  }

  @Test
  void readsMoneyUnitsAsAmounts() {
    assertThat(((Quantity) TargetValue.parse("≤5万")).asAmount()).contains(Amount.wanYuan("5"));
    assertThat(((Quantity) TargetValue.parse("≤650000元")).asAmount()).contains(Amount.yuan("650000"));
    assertThat(((Quantity) TargetValue.parse("≥90%")).asAmount()).isEmpty();
    assertThat(((Quantity) TargetValue.parse("≥90%")).isPercent()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2025年12月底前     | 2025 | 12 | 0",
      "2025年12月31日前   | 2025 | 12 | 31",
      "2025年底前         | 2025 | 0  | 0",
      "2025年12月         | 2025 | 12 | 0",
      "于2025年6月底前完成 | 2025 | 6  | 0",
      "2025.12.31前       | 2025 | 12 | 31",
      "2025-06-30        | 2025 | 6  | 30",
      "12月底前           | 0    | 12 | 0",
      "6月30日前          | 0    | 6  | 30",
      "2025年12月底发放完毕 | 2025 | 12 | 0",
  })
  void readsDeadlines(String text, int year, int month, int day) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).as(text).isInstanceOf(Deadline.class);
    PartialDate d = ((Deadline) v).date();
    assertThat(d.year().orElse(0)).isEqualTo(year);
    assertThat(d.month().orElse(0)).isEqualTo(month);
    assertThat(d.day().orElse(0)).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2023.07-2024.01      | 2023.07-2024.01",
      "2023年7月-2024年1月    | 2023.07-2024.01",
      "2023年7月至2024年1月   | 2023.07-2024.01",
      "2025年1-12月          | 2025.01-2025.12",
      "2025年1月-12月        | 2025.01-2025.12",
      "2023.07.01~2024.01.31 | 2023.07.01-2024.01.31",
      "1-12月               | 1月-12月",
      "2023-2024            | 2023年-2024年",
      "2023年10月-2024年10月  | 2023.10-2024.10",
      "2023.09.10~2023.10.09 | 2023.09.10-2023.10.09",
  })
  void readsPeriods(String text, String canonical) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).as(text).isInstanceOf(Period.class);
    assertThat(v.format()).isEqualTo(canonical);
    assertThat(TargetValue.parse(canonical).isEquivalentTo(v)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"优良", "持续改善", "效果明显", "达到预期目标", "≥良好", "1e999999", "NaN", "15-10个",
      "2025年全县特困生救济100人", "2025年13月底前", "2025年2月30日前", "一流", "一次性", "零事故", "二二个",
      "±较好", "80-100-120分"})
  void classifiesEverythingElseAsQualitative(String text) {
    assertThat(TargetValue.parse(text)).as(text).isInstanceOf(Qualitative.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "80-100分      | 80  | 100 | 分 | 80-100分",
      "10-15个       | 10  | 15  | 个 | 10-15个",
      "80%-100%     | 80  | 100 | %  | 80-100%",
      "10～15个      | 10  | 15  | 个 | 10-15个",
      "80至100分     | 80  | 100 | 分 | 80-100分",
      "±3%以内       | -3  | 3   | %  | ±3%",
      "±5%          | -5  | 5   | %  | ±5%",
      "+-2天         | -2  | 2   | 天 | ±2天"})
  void readsRangesAndTolerances(String text, String low, String high, String unit, String canonical) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).as(text).isInstanceOf(Range.class);
    Range r = (Range) v;
    assertThat(r.low()).isEqualByComparingTo(low);
    assertThat(r.high()).isEqualByComparingTo(high);
    assertThat(r.unit()).isEqualTo(unit);
    assertThat(r.raw()).isEqualTo(text);
    assertThat(r.kind()).isEqualTo(TargetValue.Kind.RANGE);
    assertThat(r.format()).isEqualTo(canonical);
    assertThat(TargetValue.parse(canonical).isEquivalentTo(r)).isTrue();
  }

  @Test
  void buildsRangesInCanonicalForm() {
    assertThat(Range.between(new BigDecimal("80"), new BigDecimal("100"), "分").raw())
        .isEqualTo("80-100分");
    assertThat(Range.tolerance(new BigDecimal("3"), "%").isTolerance()).isTrue();
    assertThat(Range.tolerance(new BigDecimal("3"), "%").raw()).isEqualTo("±3%");
    assertThatThrownBy(() -> Range.between(BigDecimal.TEN, BigDecimal.ONE, "个"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("low");
    assertThatThrownBy(() -> Range.between(BigDecimal.ONE, BigDecimal.TEN, "个1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "二十二个      | EQUAL    | 22   | 个",
      "不少于三场     | AT_LEAST | 3    | 场",
      "十二项        | EQUAL    | 12   | 项",
      "一百零五人次   | EQUAL    | 105  | 人次",
      "两千户以上     | AT_LEAST | 2000 | 户",
      "五万元        | EQUAL    | 5    | 万元"})
  void readsCountsInChineseNumerals(String text, Comparison comparison, String amount, String unit) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v).as(text).isInstanceOf(Quantity.class);
    Quantity q = (Quantity) v;
    assertThat(q.comparison()).isEqualTo(comparison);
    assertThat(q.amount()).isEqualByComparingTo(amount);
    assertThat(q.unit()).isEqualTo(unit);
    assertThat(q.raw()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000", "\u00A0\t", "\r\n", "\u2007\u3000 \u00A0"})
  void classifiesEmptyCellsAsBlankKeepingTheirSpaces(String text) {
    TargetValue v = TargetValue.parse(text);
    assertThat(v.isBlank()).isTrue();
    assertThat(v.raw()).isEqualTo(text);
    assertThat(v.format()).isEmpty();
  }

  @Test
  void takesForSpacesWhatTheJdkCallsWhitespaceOrASpaceCharacter() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      assertThat(TargetValue.parse(String.valueOf(c)).isBlank()).as("U+%04X", (int) c).isEqualTo(space);
      if (space) {
        assertThat(TargetValue.parse(c + "≥9" + c + "0%" + c)).as("U+%04X", (int) c)
            .isInstanceOfSatisfying(Quantity.class, q -> assertThat(q.unit()).isEqualTo("%"));
      }
    }
  }

  @Test
  void keepsLongTextWithoutWorkingThroughIt() {
    String hundredThousandDigits = "9".repeat(100_000);
    TargetValue v = TargetValue.parse(hundredThousandDigits);
    assertThat(v).isInstanceOf(Qualitative.class);
    assertThat(v.raw()).isSameAs(hundredThousandDigits);
  }

  @Test
  void refusesNullNamingTheBlankAlternative() {
    assertThatThrownBy(() -> TargetValue.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("TargetValue.blank()");
  }

  @Test
  void formatsExactTargetsBareUnlessTheyWouldReadAsADate() {
    assertThat(Quantity.of(EQUAL, "100", "人").format()).isEqualTo("100人");
    Quantity year = (Quantity) TargetValue.parse("=2025年");
    assertThat(year.format()).isEqualTo("=2025年");
    assertThat(TargetValue.parse(year.format()).isEquivalentTo(year)).isTrue();
  }

  @Test
  void buildsCanonicalValuesFromParts() {
    assertThat(Quantity.of(AT_LEAST, new BigDecimal("90"), "%").raw()).isEqualTo("≥90%");
    assertThat(Deadline.by(PartialDate.of(2025, 12)).raw()).isEqualTo("2025年12月底前");
    assertThat(Period.between(PartialDate.of(2023, 7), PartialDate.of(2024, 1)).raw())
        .isEqualTo("2023.07-2024.01");
    assertThat(Qualitative.of("优良").text()).isEqualTo("优良");
  }

  @Test
  void refusesPartsThatCouldNotBeReadBack() {
    assertThatThrownBy(() -> Quantity.of(Comparison.QUALITATIVE, "1", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comparison");
    assertThatThrownBy(() -> Quantity.of(AT_LEAST, "1", "个3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit");
    assertThatThrownBy(() -> Qualitative.of("≥90%")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QUANTITY");
  }

  @Test
  void comparesStrictlyByTextAndLooselyByMeaning() {
    TargetValue a = TargetValue.parse("≥22个");
    TargetValue b = TargetValue.parse("不少于22个");
    assertThat(a).isNotEqualTo(b);
    assertThat(a.isEquivalentTo(b)).isTrue();
    assertThat(a).isEqualTo(TargetValue.parse("≥22个")).hasSameHashCodeAs(TargetValue.parse("≥22个"));
    assertThat(TargetValue.parse("≥22.0个").isEquivalentTo(a)).isTrue();
    assertThat(TargetValue.parse("≤22个").isEquivalentTo(a)).isFalse();
  }

  @Test
  void readsSplitComparisonCells() {
    assertThat(Comparison.parse("≥")).contains(AT_LEAST);
    assertThat(Comparison.parse("＜＝")).contains(AT_MOST);
    assertThat(Comparison.parse("不低于")).contains(AT_LEAST);
    assertThat(Comparison.parse("定性")).contains(Comparison.QUALITATIVE);
    assertThat(Comparison.parse("LESS_THAN")).contains(LESS_THAN);
    assertThat(Comparison.parse("≥90")).isEmpty();
    assertThat(Comparison.parse("")).isEmpty();
  }
}
