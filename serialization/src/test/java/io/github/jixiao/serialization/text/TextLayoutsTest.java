package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceSpan;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published tables in layouts other than the seeds' county: a funding notice with the table attached, rows
 * written one a line with tab-separated cells, a 绩效指标 label column, four-column grids, decorated labels, and
 * several tables without Part headings. Our own documents, under {@code src/test/resources/text/}.
 */
class TextLayoutsTest {
  private final TextDocumentReader reader = TextDocumentReader.create();

  private ReadResult<PerformanceTargetDocument> read(String name) {
    return reader.read(TextCorpus.stream(name), name);
  }

  private ReadResult<PerformanceTargetDocument> readText(String text) {
    return reader.read(new StringReader(text), "t.txt");
  }

  private static List<String> codes(ReadResult<?> r) {
    return r.warnings().stream().map(ReadProblem::code).toList();
  }

  @Test
  void readsTheTableAttachedToAFundingNotice() {
    ReadResult<PerformanceTargetDocument> r = read("notice-funding-2025.txt");
    ProjectTargetTable t = r.value().tables().get(0);
    assertThat(r.value().tables()).hasSize(1);
    assertThat(t.projectName()).contains("农村饮水安全工程维修养护");
    assertThat(t.unit()).contains(BudgetUnit.ofName("青溪县农村供水管理站"));
    assertThat(t.fiscalYear()).contains(Year.of(2025));
    assertThat(t.budget().total()).contains(Amount.of("86.50", AmountUnit.WAN_YUAN));
    assertThat(t.budget().fiscalFunds()).contains(Amount.of("86.50", AmountUnit.WAN_YUAN));
    assertThat(t.budget().otherFunds()).contains(Amount.of("0.00", AmountUnit.WAN_YUAN));
    assertThat(t.goals()).hasSize(2).first().asString().startsWith("完成全县32处");
    assertThat(t.indicators()).hasSize(8);
    assertThat(t.indicators().get(1).categoryLabel()).isEqualTo("产出指标");
    assertThat(t.indicators().get(1).subcategoryLabel()).isEqualTo("数量指标");
    assertThat(t.indicators().get(4).target().raw()).isEqualTo("≤2.7万元");
    assertThat(t.indicators()).allSatisfy(i -> assertThat(i.description()).isEmpty());
    assertThat(t.complete()).isTrue();
  }

  @Test
  void reportsTheNoticeAroundTheTableLineByLine() {
    ReadResult<PerformanceTargetDocument> r = read("notice-funding-2025.txt");
    assertThat(r.warnings()).filteredOn(w -> w.code().equals("JX-TEXT-023"))
        .extracting(w -> w.location().line().orElseThrow()).containsExactly(1, 3, 4, 5, 6, 8, 9, 11, 32);
    assertThat(r.value().overview().isEmpty()).isTrue();
  }

  @Test
  void takesTheMoneyUnitFromTheLineAboveTheTableAndSaysSo() {
    ReadResult<PerformanceTargetDocument> r = read("notice-funding-2025.txt");
    assertThat(r.warnings()).filteredOn(w -> w.code().equals("JX-TEXT-026")).singleElement().satisfies(w -> {
      assertThat(w.location().line()).hasValue(14);
      assertThat(w.message()).contains("万元", "line 14");
    });
    assertThat(r.sourceMap().orElseThrow().cell(0, TableField.AMOUNT_UNIT).orElseThrow().line()).hasValue(14);
  }

  @Test
  void reportsTheSupervisingDepartmentItCannotKeep() {
    ReadResult<PerformanceTargetDocument> r = read("notice-funding-2025.txt");
    assertThat(r.warnings()).filteredOn(w -> w.code().equals("JX-TEXT-027")).singleElement().satisfies(w -> {
      assertThat(w.location().line()).hasValue(15);
      assertThat(w.location().column()).hasValue(24);
      assertThat(w.message()).contains("青溪县水利局");
    });
  }

  @Test
  void readsTheSupervisingDepartmentAsTheUnitWhenNoImplementingUnitIsGiven() {
    ReadResult<PerformanceTargetDocument> r = read("two-tables-no-parts-2025.txt");
    assertThat(r.value().tables().get(1).unit()).contains(BudgetUnit.ofName("青溪县文化和旅游局"));
    assertThat(r.warnings()).filteredOn(w -> w.code().equals("JX-TEXT-026")).singleElement()
        .satisfies(w -> assertThat(w.location().line()).hasValue(24));
  }

  @Test
  void namesTheLineAndColumnOfEveryCellOfARowWrittenOnOneLine() {
    ReadResult<PerformanceTargetDocument> r = read("notice-funding-2025.txt");
    var map = r.sourceMap().orElseThrow();
    assertThat(map.table(0)).contains(SourceSpan.lines("notice-funding-2025.txt", 13, 30));
    assertThat(map.cell(0, TableField.PROJECT_NAME).orElseThrow().line()).hasValue(15);
    assertThat(map.cell(0, TableField.PROJECT_NAME).orElseThrow().column()).hasValue(6);
    assertThat(map.cell(0, TableField.UNIT_NAME).orElseThrow().line()).hasValue(16);
    assertThat(map.cell(0, TableField.FISCAL_FUNDS).orElseThrow().line()).hasValue(18);
    assertThat(map.cell(0, TableField.GOALS).orElseThrow().line()).hasValue(20);
    assertThat(map.indicator(0, 0)).contains(SourceSpan.lines("notice-funding-2025.txt", 23, 23));
    SourceLocation target = map.cell(0, 7, TableField.TARGET).orElseThrow();
    assertThat(target.line()).hasValue(30);
    assertThat(target.column()).hasValue("满意度指标\t服务对象满意度指标\t受益群众满意度\t".length() + 1);
    assertThat(target.path()).contains(CellAddress.of(0, 7, TableField.TARGET).toString());
  }

  @Test
  void readsAGridWhoseRowsRepeatTheSpanningLabelAndDecoratedCategories() {
    ReadResult<PerformanceTargetDocument> r = read("label-column-2026.txt");
    ProjectTargetTable t = r.value().tables().get(0);
    assertThat(t.unit()).contains(BudgetUnit.of("305002", "青溪县第二实验小学"));
    assertThat(t.budget().otherFunds()).isEmpty();
    assertThat(t.indicators()).extracting(Indicator::name)
        .containsExactly("参加课后服务学生人数", "课后服务安全事故发生次数", "学生课后服务参与率", "家长满意度");
    assertThat(t.indicators()).extracting(Indicator::basis).extracting(o -> o.orElse(""))
        .containsExactly("计划标准", "行业标准", "历史标准", "计划标准");
    Indicator first = t.indicators().get(0);
    assertThat(first.categoryLabel()).isEqualTo("产出指标\n（50分）");
    assertThat(first.category()).contains(IndicatorCategory.OUTPUT);
    assertThat(first.subcategory()).contains(IndicatorSubcategory.QUANTITY);
    assertThat(t.indicators().get(1).category()).contains(IndicatorCategory.OUTPUT);
    assertThat(t.indicators().get(1).subcategory()).contains(IndicatorSubcategory.QUALITY);
    assertThat(t.indicators().get(3).category()).contains(IndicatorCategory.SATISFACTION);
    assertThat(r.warnings()).noneMatch(w -> w.location().line().orElse(0) < 56);
  }

  @Test
  void readsRowsWithoutTheSpanningLabelShiftedAndReportsThemOnce() {
    ReadResult<PerformanceTargetDocument> r = read("label-column-2026.txt");
    ProjectTargetTable t = r.value().tables().get(1);
    assertThat(t.indicators()).extracting(i -> i.category().orElseThrow()).containsExactly(IndicatorCategory.OUTPUT,
        IndicatorCategory.OUTPUT, IndicatorCategory.OUTPUT, IndicatorCategory.BENEFIT, IndicatorCategory.SATISFACTION);
    assertThat(t.indicators()).extracting(i -> i.target().raw())
        .containsExactly("12台（套）", "100%", "2026年8月底前", "≥8年", "≥90%");
    assertThat(t.goals()).containsExactly("更新食堂蒸饭柜、消毒柜和冷藏设备共12台（套）。", "食堂设备故障停用天数明显减少。");
    assertThat(r.warnings()).filteredOn(w -> w.message().contains("shifted")).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-026");
      assertThat(w.location().line()).hasValue(65);
      assertThat(w.message()).startsWith("5 indicator row(s) of table 2");
    });
    assertThat(r.sourceMap().orElseThrow().cell(1, 0, TableField.NAME).orElseThrow().column())
        .hasValue("产出指标(50分)\t数量指标\t".length() + 1);
  }

  @Test
  void readsTwoTablesWithoutPartHeadingsAndReportsTheTextBetweenThem() {
    ReadResult<PerformanceTargetDocument> r = read("two-tables-no-parts-2025.txt");
    List<ProjectTargetTable> tables = r.value().tables();
    assertThat(tables).extracting(t -> t.projectName().orElseThrow()).containsExactly("乡村文化活动补助", "公共图书馆免费开放");
    assertThat(tables).extracting(t -> t.indicators().size()).containsExactly(5, 4);
    assertThat(r.value().fiscalYear()).contains(Year.of(2025));
    assertThat(r.warnings()).filteredOn(w -> w.code().equals("JX-TEXT-023"))
        .extracting(w -> w.location().line().orElseThrow()).containsExactly(1, 3, 21, 36);
    assertThat(r.sourceMap().orElseThrow().table(1)).contains(SourceSpan.lines("two-tables-no-parts-2025.txt", 23, 34));
  }

  @Test
  void readsBudgetLabelsOverARowOfValuesAndTheUnitInTheirLabel() {
    ProjectTargetTable t = read("two-tables-no-parts-2025.txt").value().tables().get(0);
    assertThat(t.unit()).contains(BudgetUnit.of("808001", "青溪县文化馆"));
    assertThat(t.projectCode()).contains("34180525W00300120001A");
    assertThat(t.budget().total()).contains(Amount.of("35.00", AmountUnit.WAN_YUAN));
    assertThat(t.budget().fiscalFunds()).contains(Amount.of("30.00", AmountUnit.WAN_YUAN));
    assertThat(t.budget().otherFunds()).contains(Amount.of("5.00", AmountUnit.WAN_YUAN));
    assertThat(t.spendingPlan().checkpoints()).extracting(c -> c.percent().orElseThrow())
        .containsExactly(new BigDecimal("20"), new BigDecimal("50"), new BigDecimal("80"), new BigDecimal("100"));
    assertThat(t.goals()).containsExactly("组织送戏下乡和乡村文艺汇演不少于60场。", "培训乡村文艺骨干，丰富农村群众文化生活。");
    assertThat(t.indicators().get(0).description()).contains("全年送戏下乡和文艺汇演场次");
  }

  @Test
  void takesTheMoneyUnitFromABudgetLabelInYuan() {
    ReadResult<PerformanceTargetDocument> r = readText("项目表\n项目名称\t某项目\n项目资金（元）\t年度资金总额\t12000\n"
        + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t次数\t2次\n");
    assertThat(r.value().tables().get(0).budget().total()).contains(Amount.of("12000", AmountUnit.YUAN));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void keepsABudgetWrittenInWordsOnARowOfLabelsAsWritten() {
    ReadResult<PerformanceTargetDocument> r = readText("项目表\n项目名称\t某项目\t年度资金总额\t十二万元\n"
        + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t次数\t2次\n");
    ProjectTargetTable t = r.value().tables().get(0);
    assertThat(t.budget().totalCell().orElseThrow().text()).isEqualTo("十二万元");
    assertThat(t.budget().total()).isEmpty();
    assertThat(t.indicators()).hasSize(1);
    assertThat(r.sourceMap().orElseThrow().cell(0, TableField.BUDGET).orElseThrow().line()).hasValue(2);
  }

  @Test
  void keepsTheTablesOwnMoneyUnitOverADifferentLineAboveIt() {
    ReadResult<PerformanceTargetDocument> r = readText("项目表\n单位：元\n项目名称\t某项目\t单位：万元\n"
        + "年度资金总额\t3\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t次数\t2次\n");
    assertThat(r.value().tables().get(0).budget().total()).contains(Amount.of("3", AmountUnit.WAN_YUAN));
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-021");
      assertThat(w.location().line()).hasValue(2);
    });
    assertThat(r.sourceMap().orElseThrow().cell(0, TableField.AMOUNT_UNIT).orElseThrow().line()).hasValue(3);
  }

  @Test
  void readsAHeaderThatRepeatsTheSpanningLabelOnlyOnItsFirstRow() {
    String text = "项目表\n项目名称\t某项目\n一级指标\t二级指标\t三级指标\t指标值\n"
        + "绩效指标\t产出指标\t数量指标\t次数\t2次\n\t\t时效指标\t完成时间\t2025年底\n";
    ReadResult<PerformanceTargetDocument> r = readText(text);
    List<Indicator> rows = r.value().tables().get(0).indicators();
    assertThat(rows).extracting(i -> i.categoryLabel() + "/" + i.subcategoryLabel() + "/" + i.name() + "/"
        + i.target().raw()).containsExactly("产出指标/数量指标/次数/2次", "产出指标/时效指标/完成时间/2025年底");
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-026");
      assertThat(w.location().line()).hasValue(5);
      assertThat(w.message()).startsWith("1 indicator row(s) of table 1, the first at line 5");
    });
  }

  @Test
  void endsATableAtTheNextAttachmentHeadingEvenWithoutABlankLine() {
    String table = "项目名称\t%s\n年度总体目标\t按附件所列要求完成。\n附件所列要求见下。\n"
        + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t次数\t2次\n";
    ReadResult<PerformanceTargetDocument> r = readText("附件1\n甲项目绩效目标表\n" + table.formatted("甲项目")
        + "附件2\n乙项目绩效目标表\n" + table.formatted("乙项目"));
    assertThat(r.value().tables()).extracting(t -> t.projectName().orElseThrow()).containsExactly("甲项目", "乙项目");
    assertThat(r.value().tables().get(0).goals()).containsExactly("按附件所列要求完成。\n附件所列要求见下。");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.location().line().orElseThrow())
        .containsExactly("JX-TEXT-023 1", "JX-TEXT-023 8");
  }

  @Test
  void readsALabelBrokenOverTwoRowsAsTheLabelAbove() {
    ReadResult<PerformanceTargetDocument> r = readText("项目表\n项目名称\t某项目\n一级指标\t二级指标\t三级指标\t指标值\n"
        + "产出指标(50\t数量指标\t次数\t2次\n分)\t\t人数\t5人\n效益指标\t社会效益指标\t覆盖面\t≥80%\n");
    List<Indicator> rows = r.value().tables().get(0).indicators();
    assertThat(rows).extracting(i -> i.category().orElseThrow()).containsExactly(IndicatorCategory.OUTPUT,
        IndicatorCategory.OUTPUT, IndicatorCategory.BENEFIT);
    assertThat(rows.get(1).categoryLabel()).isEqualTo("产出指标(50");
    assertThat(rows.get(1).subcategory()).contains(IndicatorSubcategory.QUANTITY);
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-026");
      assertThat(w.location().line()).hasValue(5);
    });
  }

  @Test
  void keepsANumberedParagraphWithATabAsText() {
    ReadResult<PerformanceTargetDocument> r = readText("一、总体绩效目标\n1.\t做好服务。\n2.\t完成任务。\n");
    assertThat(r.value().overview().overallGoals().statements()).hasSize(2);
    assertThat(r.value().tables()).isEmpty();
  }

  @Test
  void readsARowOfBlankCellsAfterARowOnOneLineAsARow() {
    ReadResult<PerformanceTargetDocument> r = readText("项目表\n项目名称\t某项目\t年度资金总额\t10.00\n"
        + "\t其他资金\t\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t次数\t2次\n");
    assertThat(r.value().tables().get(0).budget().otherFunds()).isEmpty();
    assertThat(r.value().tables().get(0).indicators()).hasSize(1);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void warnsOfAFilledCellBeyondTheHeaderButNotOfBlankOnes() {
    ReadResult<PerformanceTargetDocument> r = readText("项目表\n项目名称\t某项目\n一级指标\t二级指标\t三级指标\t指标值\n"
        + "产出指标\t数量指标\t次数\t2次\t\t\n产出指标\t数量指标\t人数\t5人\t备注\n");
    assertThat(codes(r)).containsExactly("JX-TEXT-022");
    assertThat(r.warnings().get(0).location().line()).hasValue(5);
  }

  @Test
  void reportsAnUnknownLabelAndItsValueBesideKnownOnes() {
    ReadResult<PerformanceTargetDocument> r = readText("项目表\n项目名称\t某项目\t项目属性\t经常性项目\t项目期限\t\t年度资金总额\t3\n"
        + "一级指标\t二级指标\t三级指标\t指标值（含数字及文字描述）\n产出指标\t数量指标\t次数\t2次\n");
    assertThat(r.value().tables().get(0).budget().total()).contains(Amount.of("3", AmountUnit.WAN_YUAN));
    assertThat(r.value().tables().get(0).indicators().get(0).target().raw()).isEqualTo("2次");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.location().column().orElseThrow())
        .containsExactly("JX-TEXT-021 " + ("项目名称\t某项目\t".length() + 1),
            "JX-TEXT-021 " + ("项目名称\t某项目\t项目属性\t经常性项目\t".length() + 1));
  }

  @Test
  void failsStrictReadsOnWhatItGuessed() {
    TextDocumentReader strict = TextDocumentReader.builder().lenient(false).build();
    assertThatThrownBy(() -> strict.read(TextCorpus.stream("label-column-2026.txt"), "label-column-2026.txt"))
        .isInstanceOf(ReadException.class).hasMessageContaining("JX-TEXT-026");
  }

  @Test
  void readsAHundredThousandSpanningLabelLinesInLinearTime() {
    StringBuilder rows = new StringBuilder("项目表\n项目名称\t某项目\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n");
    StringBuilder plain = new StringBuilder("项目表\n项目名称\t某项目\n\n");
    for (int i = 0; i < 100_000; i++) {
      rows.append("绩效指标\t产出指标\t数量指标\t次数\t2次\n");
      plain.append("绩效指标\n");
    }
    long start = System.nanoTime();
    assertThat(readText(rows.toString()).value().tables().get(0).indicators()).hasSize(100_000);
    assertThat(readText(plain.toString()).warnings()).hasSizeGreaterThanOrEqualTo(100_000);
    assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
  }
}
