package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.core.fixtures.RandomTables;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.math.BigDecimal;
import java.time.Month;
import org.junit.jupiter.api.Test;

/** JSON → model → XML → model → JSON gives equal models and identical JSON. */
class LosslessRoundTripTest {
  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();
  private static final int RUNS = 400;

  static void assertLossless(ProjectTargetTable table, String seed) {
    String json = JSON.write(table);
    ProjectTargetTable fromJson = JSON.readTable(json).value();
    assertThat(fromJson).as("JSON → model, %s", seed).isEqualTo(table);
    String xml = XML.write(fromJson);
    ProjectTargetTable fromXml = XML.readTable(xml).value();
    assertThat(fromXml).as("XML → model, %s\n%s", seed, xml).isEqualTo(table);
    assertThat(JSON.write(fromXml)).as("JSON again, %s", seed).isEqualTo(json);
  }

  @Test
  void everySeedTableSurvivesJsonThenXmlThenJson() {
    for (ProjectTargetTable t : SeedTables.all()) {
      assertLossless(t, t.projectName().orElseThrow());
    }
  }

  @Test
  void seedDocumentsSurviveJsonThenXmlThenJson() {
    for (PerformanceTargetDocument d : new PerformanceTargetDocument[] {Documents.wei2025(), Documents.dingzhou2021()}) {
      String json = JSON.write(d);
      PerformanceTargetDocument back = XML.readDocument(XML.write(JSON.readDocument(json).value())).value();
      assertThat(back).isEqualTo(d);
      assertThat(JSON.write(back)).isEqualTo(json);
    }
  }

  @Test
  void generatedTablesSurviveJsonThenXmlThenJson() {
    for (long seed = 1; seed <= RUNS; seed++) {
      assertLossless(RandomTables.withSeed(seed).xmlSafe().table(), "seed " + seed);
    }
  }

  @Test
  void generatedDocumentsSurviveJsonThenXmlThenJson() {
    for (long seed = 1; seed <= RUNS / 4; seed++) {
      PerformanceTargetDocument d = RandomTables.withSeed(seed).xmlSafe().document();
      String json = JSON.write(d);
      PerformanceTargetDocument back = XML.readDocument(XML.write(JSON.readDocument(json).value())).value();
      assertThat(back).as("seed %d", seed).isEqualTo(d);
      assertThat(JSON.write(back)).as("seed %d", seed).isEqualTo(json);
    }
  }

  @Test
  void jsonHoldsAnyUnicodeIncludingControlCharacters() {
    for (long seed = 1; seed <= RUNS; seed++) {
      ProjectTargetTable t = RandomTables.withSeed(seed).table();
      String json = JSON.write(t);
      assertThat(JSON.readTable(json).value()).as("seed %d", seed).isEqualTo(t);
    }
  }

  @Test
  void keepsTheScaleOfEveryDecimal() {
    ProjectTargetTable t = SeedTables.dingzhouYouthDevelopment().withBudget(
        Budget.of(Amount.wanYuan("5.60"), Amount.wanYuan("5.600"), Amount.of(new BigDecimal("1E+3"), io.github.jixiao.core.AmountUnit.YUAN)));
    String json = JSON.write(t);
    assertThat(json).contains("\"total\":\"5.60\"", "\"fiscalFunds\":\"5.600\"",
        "\"otherFunds\":{\"value\":\"1E+3\",\"unit\":\"YUAN\"}", "\"percent\":\"25.00\"");
    ProjectTargetTable back = XML.readTable(XML.write(JSON.readTable(json).value())).value();
    assertThat(back.budget().total().orElseThrow().value()).isEqualTo(new BigDecimal("5.60"));
    assertThat(back.budget().otherFunds().orElseThrow().value().scale()).isEqualTo(-3);
    assertThat(JSON.write(back)).isEqualTo(json);
  }

  @Test
  void keepsABlankCheckpointAndABlankOtherFundsCell() {
    ProjectTargetTable wei = SeedTables.weiGrassrootsOrganisations();
    String json = JSON.write(wei);
    assertThat(json).contains("{\"month\":12}").doesNotContain("otherFunds");
    ProjectTargetTable back = XML.readTable(XML.write(wei)).value();
    assertThat(back.spendingPlan().at(Month.DECEMBER)).contains(Checkpoint.blank(Month.DECEMBER));
    assertThat(back.budget().otherFunds()).isEmpty();
  }

  @Test
  void keepsAVariantOrGarbageCategoryLabelBesideItsCode() {
    Indicator variant = Indicator.builder().categoryLabel("产出").subcategoryLabel("数量").name("n").target("≥1个").build();
    Indicator garbage = Indicator.builder().categoryLabel("一级").subcategoryLabel("").name("n").target("").build();
    ProjectTargetTable t = ProjectTargetTable.builder().addIndicator(variant).addIndicator(garbage).build();
    String json = JSON.write(t);
    assertThat(json).contains("\"category\":\"OUTPUT\",\"categoryLabel\":\"产出\",\"subcategory\":\"QUANTITY\","
        + "\"subcategoryLabel\":\"数量\"", "{\"categoryLabel\":\"一级\",\"name\":\"n\"");
    assertLossless(t, "labels");
  }

  @Test
  void keepsTheTextOfATargetValueExactlyAsTyped() {
    ProjectTargetTable t = ProjectTargetTable.builder()
        .addIndicator(Indicator.builder().name("a").target(" ≥ 22 个 ").build())
        .addIndicator(Indicator.builder().name("b").target(TargetValue.parse("  ")).build())
        .addIndicator(Indicator.builder().name("c").target("2023.07-2024.01").build())
        .addIndicator(Indicator.builder().name("d").target("2025年12月底完成").build())
        .build();
    assertLossless(t, "targets");
    String json = JSON.write(t);
    assertThat(json).contains("\"text\":\" ≥ 22 个 \",\"kind\":\"QUANTITY\",\"comparison\":\"AT_LEAST\",\"amount\":\"22\"",
        "\"text\":\"  \",\"kind\":\"BLANK\"", "\"kind\":\"PERIOD\",\"start\":\"2023-07\",\"end\":\"2024-01\"",
        "\"kind\":\"DEADLINE\",\"date\":\"2025-12\"");
  }

  @Test
  void carriesRangesAndWorkReliefLabelsByTheirCodes() {
    ProjectTargetTable t = ProjectTargetTable.builder()
        .addIndicator(Indicator.builder().categoryLabel("实施效果指标").subcategoryLabel("产出指标").name("务工人数")
            .target("80-100人").build())
        .addIndicator(Indicator.builder().categoryLabel("过程管理指标").subcategoryLabel("资金管理指标")
            .name("资金偏差率").target("±3%以内").build())
        .addIndicator(Indicator.builder().categoryLabel("产出指标(50分)").name("培训班").target("二十二个").build())
        .build();
    assertLossless(t, "ranges");
    assertThat(JSON.write(t)).contains("\"category\":\"IMPLEMENTATION_EFFECT\",\"subcategory\":\"OUTPUT\"",
        "\"text\":\"80-100人\",\"kind\":\"RANGE\"}", "\"text\":\"±3%以内\",\"kind\":\"RANGE\"}",
        "\"categoryLabel\":\"产出指标(50分)\"", "\"text\":\"二十二个\",\"kind\":\"QUANTITY\",\"comparison\":\"EQUAL\"");
  }

  @Test
  void anEmptyTableRoundTrips() {
    ProjectTargetTable empty = ProjectTargetTable.builder().spendingPlan(SpendingPlan.empty()).build();
    assertLossless(empty, "empty");
    assertThat(XML.write(empty)).contains("<goals/>", "<indicators/>", "<budget/>");
  }

  @Test
  void xmlRefusesAControlCharacterItCannotHoldNamingThePath() {
    ProjectTargetTable t = SeedTables.weiHardshipGrants();
    Indicator bad = t.indicators().get(3).withName("资金\u0001金额");
    ProjectTargetTable withBad = t.withIndicators(t.indicators().subList(0, 3)).toBuilder().addIndicator(bad).build();
    assertThatThrownBy(() -> XML.write(withBad))
        .isInstanceOf(WriteException.class)
        .hasMessage("indicators[3].name: U+0001 is a character that XML 1.0 cannot hold");
    assertThat(JSON.readTable(JSON.write(withBad)).value()).isEqualTo(withBad);
  }

  @Test
  void neitherFormatWritesALoneSurrogate() {
    ProjectTargetTable t = ProjectTargetTable.builder().addGoal("ok").addGoal("bad\uD800").build();
    assertThatThrownBy(() -> JSON.write(t)).isInstanceOf(WriteException.class)
        .hasMessage("goals[1]: U+D800 is an unpaired surrogate, which is no Unicode character");
    assertThatThrownBy(() -> XML.write(t)).isInstanceOf(WriteException.class);
  }

  @Test
  void prettyPrintedOutputReadsBackEqual() {
    JsonCodec prettyJson = JsonCodec.builder().prettyPrint(true).build();
    XmlCodec prettyXml = XmlCodec.builder().prettyPrint(true).build();
    for (long seed = 1; seed <= RUNS / 4; seed++) {
      ProjectTargetTable t = RandomTables.withSeed(seed).xmlSafe().table();
      assertThat(prettyJson.readTable(prettyJson.write(t)).value()).as("seed %d", seed).isEqualTo(t);
      assertThat(prettyXml.readTable(prettyXml.write(t)).value()).as("seed %d", seed).isEqualTo(t);
    }
  }

  @Test
  void codecsAreSafeToShareBetweenThreads() {
    java.util.stream.LongStream.rangeClosed(1, RUNS).parallel().forEach(seed -> {
      ProjectTargetTable t = RandomTables.withSeed(seed).xmlSafe().table();
      assertThat(XML.readTable(XML.write(JSON.readTable(JSON.write(t)).value())).value()).isEqualTo(t);
    });
  }
}
