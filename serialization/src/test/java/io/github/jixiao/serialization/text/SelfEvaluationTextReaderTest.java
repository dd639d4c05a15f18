package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Qualitative;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published self-evaluation tables (项目支出绩效自评表) read from text. {@code self-evaluations-2024.txt} holds two
 * tables of our own: a county Youth League committee's in the national form written as a grid, one row a line,
 * and a school's written label by label with its indicator grid in Word's cell-a-line layout. Both carry the
 * defects real tables have, kept as written for the validator.
 */
class SelfEvaluationTextReaderTest {
  private static final String FIXTURE = "self-evaluations-2024.txt";
  private final SelfEvaluationTextReader reader = SelfEvaluationTextReader.create();

  private ReadResult<List<SelfEvaluationTable>> fixture() {
    return reader.read(TextCorpus.stream(FIXTURE), FIXTURE);
  }

  private ReadResult<List<SelfEvaluationTable>> readText(String text) {
    return reader.read(new StringReader(text), "t.txt");
  }

  @Test
  void readsTheNationalFormWrittenAsAGrid() {
    SelfEvaluationTable t = fixture().value().get(0);
    assertThat(t.fiscalYear()).contains(Year.of(2024));
    assertThat(t.projectName()).contains("青少年心理健康关爱服务");
    assertThat(t.projectCode()).isEmpty();
    assertThat(t.unit()).contains(BudgetUnit.ofName("青溪县青少年服务中心"));
    BudgetExecution line = t.budgetExecution();
    assertThat(line.initialBudget()).contains(Amount.of("48.00", AmountUnit.WAN_YUAN));
    assertThat(line.annualBudget()).contains(Amount.of("50.00", AmountUnit.WAN_YUAN));
    assertThat(line.annualSpending()).contains(Amount.of("45.00", AmountUnit.WAN_YUAN));
    assertThat(line.executionRateText()).contains("95.00%");
    assertThat(line.weightText()).contains("10");
    assertThat(line.scoreText()).contains("9.00");
    assertThat(t.goals()).containsExactly("面向全县中小学开展心理健康讲座，开通青少年心理求助热线并全年值守。");
    assertThat(t.outcome()).contains("讲座办了22场，听讲学生累计4350人次；求助热线全年开通，接听来电612个。");
    assertThat(t.indicators()).hasSize(7);
    EvaluatedIndicator first = t.indicators().get(0);
    assertThat(first.indicator().categoryLabel()).isEqualTo("产出指标");
    assertThat(first.indicator().name()).isEqualTo("心理健康讲座场次");
    assertThat(first.indicator().target().raw()).isEqualTo("≥20场");
    assertThat(first.indicator().weightText()).contains("15");
    assertThat(first.actual().raw()).isEqualTo("22场");
    assertThat(first.scoreText()).contains("15");
    assertThat(first.deviation()).isEmpty();
    EvaluatedIndicator inherited = t.indicators().get(1);
    assertThat(inherited.indicator().categoryLabel()).isEqualTo("产出指标");
    assertThat(inherited.indicator().subcategoryLabel()).contains("数量指标");
    assertThat(t.indicators().get(4).deviation()).contains("偏远村校宣传不够，明年增加送教下乡场次");
    assertThat(t.totalScoreText()).contains("92.00");
    assertThat(t.grade()).contains(Grade.EXCELLENT);
    assertThat(t.absentEvaluationCells()).isEmpty();
    assertThat(t.absentCells()).contains(TableField.PROJECT_CODE, TableField.DESCRIPTION, TableField.BASIS)
        .doesNotContain(TableField.WEIGHT, TableField.TARGET);
  }

  @Test
  void keepsTheGridTablesDefectsAsWritten() {
    SelfEvaluationTable t = fixture().value().get(0);
    // 执行率 95.00% against A 50.00 and B 45.00 (90%): kept, the validator's to report.
    assertThat(t.budgetExecution().executionRate()).contains(new BigDecimal("95.00"));
    // a met target (4350 ≥ 4000) docked 3 of 15 points without a reason
    EvaluatedIndicator docked = t.indicators().get(1);
    assertThat(docked.actual().raw()).isEqualTo("4350人次");
    assertThat(docked.score()).contains(new BigDecimal("12"));
    assertThat(docked.points()).contains(new BigDecimal("15"));
    assertThat(docked.deviation()).isEmpty();
    // an actual copying the target's expression, and a verdict
    assertThat(t.indicators().get(2).actual().raw()).isEqualTo(t.indicators().get(2).indicator().target().raw())
        .isEqualTo("≥90%");
    assertThat(t.indicators().get(3).actual()).isEqualTo(Qualitative.of("完成"));
    // the scores add up to 94.00, the published total says 92.00
    BigDecimal sum = t.indicators().stream().map(i -> i.score().orElseThrow()).reduce(
        t.budgetExecution().score().orElseThrow(), BigDecimal::add);
    assertThat(sum).isEqualByComparingTo("94");
    assertThat(t.totalScore()).contains(new BigDecimal("92.00"));
  }

  @Test
  void readsATableWrittenLabelByLabelWithAWordGrid() {
    SelfEvaluationTable t = fixture().value().get(1);
    assertThat(t.fiscalYear()).contains(Year.of(2024));
    assertThat(t.projectCode()).contains("331125240000000012");
    assertThat(t.projectName()).contains("城区小学课后服务补助");
    assertThat(t.unit()).contains(BudgetUnit.ofName("青溪县实验小学"));
    BudgetExecution line = t.budgetExecution();
    assertThat(line.initialBudget()).contains(Amount.of("120.00", AmountUnit.WAN_YUAN));
    assertThat(line.annualBudget()).contains(Amount.of("126.00", AmountUnit.WAN_YUAN));
    assertThat(line.annualSpending()).contains(Amount.of("113.40", AmountUnit.WAN_YUAN));
    assertThat(line.executionRateText()).contains("90.00%");
    assertThat(line.weightText()).contains("10");
    assertThat(line.scoreText()).contains("9.00");
    assertThat(t.goals()).containsExactly("为全校1800名学生提供放学后托管服务。", "开设兴趣社团不少于30个。");
    assertThat(t.outcome()).contains("全年参加托管的学生1850名，开设兴趣社团28个。");
    assertThat(t.indicators()).extracting(i -> i.indicator().name()).containsExactly("托管服务学生人数", "开设兴趣社团数",
        "生均补助标准", "家长接送压力缓解", "学生家长满意度");
    assertThat(t.indicators()).extracting(i -> i.indicator().weightText().orElse(null))
        .containsExactly("20", "20", "10", "30", "10");
    assertThat(t.indicators()).extracting(i -> i.actual().raw())
        .containsExactly("1850人", "28个", "613元/人", "有所缓解", "");
    assertThat(t.indicators()).extracting(i -> i.scoreText().orElse(null))
        .containsExactly("20", "20", "10", "24", null);
    // a missed target (28 of ≥30 societies) with full points and no reason
    assertThat(t.indicators().get(1).deviation()).isEmpty();
    assertThat(t.indicators().get(3).deviation()).contains("部分年级托管时段偏短，下学期延长至18:00");
    assertThat(t.totalScoreText()).contains("81.00");
    // no 自评等级 row: absent; the blank 得分 of the last row is blank, its column there
    assertThat(t.gradeText()).isEmpty();
    assertThat(t.absentEvaluationCells()).containsExactly(SelfEvaluationField.GRADE);
  }

  @Test
  void placesEverySelfEvaluationCell() {
    SourceMap map = fixture().sourceMap().orElseThrow();
    assertThat(map.table(0).orElseThrow().toString()).isEqualTo(FIXTURE + " lines 1–20");
    assertThat(map.indicator(0, 1).orElseThrow().toString()).isEqualTo(FIXTURE + " line 13");
    assertThat(map.cell(0, SelfEvaluationField.ANNUAL_BUDGET).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":5:15 tables[0].annualBudget");
    assertThat(map.cell(0, SelfEvaluationField.EXECUTION_RATE).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":5:30 tables[0].executionRate");
    assertThat(map.cell(0, SelfEvaluationField.OUTCOME).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":10:36 tables[0].outcome");
    assertThat(map.cell(0, SelfEvaluationField.TOTAL_SCORE).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":19:8 tables[0].totalScore");
    assertThat(map.cell(0, SelfEvaluationField.GRADE).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":20:6 tables[0].grade");
    assertThat(map.cell(0, 1, SelfEvaluationField.SCORE).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":13:28 tables[0].indicators[1].score");
    assertThat(map.cell(0, 1, TableField.WEIGHT).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":13:25 tables[0].indicators[1].weight");
    // Word's layout: a cell is its own line, column 2 after the tab
    assertThat(map.indicator(1, 0).orElseThrow().toString()).isEqualTo(FIXTURE + " lines 46–53");
    assertThat(map.cell(1, 0, SelfEvaluationField.ACTUAL).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":50:2 tables[1].indicators[0].actual");
    assertThat(map.cell(1, SelfEvaluationField.EXECUTION_RATE).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":31:5 tables[1].executionRate");
    assertThat(map.cell(1, SelfEvaluationField.GRADE)).isEmpty();
    assertThat(map.locate(1, SelfEvaluationField.GRADE).orElseThrow().toString()).isEqualTo(FIXTURE + ":23");
  }

  @Test
  void reportsWhatItDoesNotKeepAndWhatItGuesses() {
    List<String> warnings = fixture().warnings().stream().map(ReadProblem::toString).toList();
    assertThat(warnings).containsExactlyInAnyOrder(
        FIXTURE + ":6:2: the budget line «其中：财政拨款» (48.00, 50.00, 45.00, —, —, —) has no cell in a self-evaluation"
            + " table, which keeps the 年初预算数, 全年预算数 and 全年执行数 of the budget block's 年度资金总额 line, and is"
            + " not kept [JX-TEXT-027]",
        FIXTURE + ":7:2: the budget line «上年结转资金» (—, —, —) has no cell in a self-evaluation table, which keeps"
            + " the 年初预算数, 全年预算数 and 全年执行数 of the budget block's 年度资金总额 line, and is not kept"
            + " [JX-TEXT-027]",
        FIXTURE + ":8:2: the budget line «其他资金» (0.00, 0.00, 0.00, —, —, —) has no cell in a self-evaluation table,"
            + " which keeps the 年初预算数, 全年预算数 and 全年执行数 of the budget block's 年度资金总额 line, and is not"
            + " kept [JX-TEXT-027]",
        FIXTURE + ":3:6: the supervising department (主管部门) «共青团青溪县委员会» has no cell in a project target table"
            + " and is not kept [JX-TEXT-027]",
        FIXTURE + ":19:4: the 分值 total «100» of table 1 is not kept: the points are each indicator's own"
            + " [JX-TEXT-027]",
        FIXTURE + ":22:1: text «附件2» is outside any table and is not read [JX-TEXT-023]",
        FIXTURE + ":24:1: table 2 states no money unit; its amounts are read in 万元 as line 24 «单位：万元» above it"
            + " says [JX-TEXT-026]");
  }

  @Test
  void recognizesSelfEvaluationTextsAndNotTargetTexts() {
    assertThat(SelfEvaluationTextReader.recognizes(TextCorpus.text(FIXTURE))).isTrue();
    assertThat(SelfEvaluationTextReader.recognizes(TextCorpus.text("wei-2025-layout.txt"))).isFalse();
    assertThat(SelfEvaluationTextReader.recognizes(TextCorpus.text("notice-funding-2025.txt"))).isFalse();
    assertThat(SelfEvaluationTextReader.recognizes(TextCorpus.text("label-column-2026.txt"))).isFalse();
    // no 自评表 in a title: the grid's header says it
    assertThat(SelfEvaluationTextReader.recognizes("项目名称\t某项目\n一级指标\t二级指标\t三级指标\t指标值\t完成值\n"))
        .isTrue();
  }

  @Test
  void readsHeaderVariantsUnderALabelColumn() {
    ReadResult<List<SelfEvaluationTable>> r = readText(String.join("\n",
        "青溪县水利局2024年度项目支出绩效自评表",
        "项目名称\t小型水库除险加固",
        "实施单位\t青溪县水利局",
        "项目资金（元）\t全年预算数\t全年执行数\t执行率",
        "年度资金总额\t800000\t800000\t1",
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t全年实际值\t权重\t得分\t未完成原因分析",
        "绩效指标\t产出指标\t数量指标\t除险加固水库座数\t3座\t3座\t50\t50\t",
        "\t效益指标\t社会效益指标\t下游受益人口\t≥1.2万人\t1.2万人\t40\t40\t",
        "总分\t90"));
    SelfEvaluationTable t = r.value().get(0);
    assertThat(t.amountUnit()).isEqualTo(AmountUnit.YUAN);
    assertThat(t.budgetExecution().annualSpending()).contains(Amount.of("800000", AmountUnit.YUAN));
    assertThat(t.budgetExecution().executionRateText()).contains("1");
    assertThat(t.indicators()).extracting(i -> i.actual().raw()).containsExactly("3座", "1.2万人");
    assertThat(t.indicators()).extracting(i -> i.indicator().weightText().orElseThrow()).containsExactly("50", "40");
    assertThat(t.indicators().get(1).indicator().categoryLabel()).isEqualTo("效益指标");
    assertThat(t.totalScoreText()).contains("90");
    assertThat(t.absentEvaluationCells()).containsExactlyInAnyOrder(SelfEvaluationField.INITIAL_BUDGET,
        SelfEvaluationField.EXECUTION_WEIGHT, SelfEvaluationField.EXECUTION_SCORE, SelfEvaluationField.OUTCOME,
        SelfEvaluationField.GRADE);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void aGridWithoutEvaluationColumnsMakesThemAbsent() {
    SelfEvaluationTable t = readText(String.join("\n",
        "2024年度项目支出绩效自评表",
        "项目名称\t村级河道保洁",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t保洁河道长度\t≥40公里")).value().get(0);
    assertThat(t.indicators()).hasSize(1);
    assertThat(t.absentEvaluationCells()).containsExactlyInAnyOrder(SelfEvaluationField.values());
    assertThat(t.absentCells()).contains(TableField.WEIGHT);
  }

  @Test
  void warnsWhereTheTextEndsInsideTheGrid() {
    ReadResult<List<SelfEvaluationTable>> r = readText(String.join("\n",
        "2024年度项目支出绩效自评表",
        "项目名称\t村级河道保洁",
        "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t保洁河道长度\t≥40公里\t41公里\t20\t20",
        "\t\t保洁频次\t每周2次\t每周2次"));
    assertThat(r.value().get(0).indicators()).hasSize(2);
    assertThat(r.value().get(0).indicators().get(1).scoreText()).isEmpty();
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-020");
      assertThat(w.message()).contains("in indicator row 2 (5 of 7 cells)");
    });
  }

  @Test
  void aStrictReaderRefusesTheFirstWarning() {
    SelfEvaluationTextReader strict = SelfEvaluationTextReader.builder().lenient(false).build();
    assertThatThrownBy(() -> strict.read(TextCorpus.stream(FIXTURE), FIXTURE)).isInstanceOf(ReadException.class)
        .extracting(e -> ((ReadException) e).problem().code()).isEqualTo("JX-TEXT-023");
  }

  @Test
  void refusesTextWithoutATable() {
    assertThatThrownBy(() -> readText("2024年度项目支出绩效自评表\n没有表格的一段话。\n"))
        .isInstanceOf(ReadException.class).extracting(e -> ((ReadException) e).problem().code())
        .isEqualTo("JX-TEXT-010");
    assertThatThrownBy(() -> readText(" \n\n")).isInstanceOf(ReadException.class)
        .extracting(e -> ((ReadException) e).problem().code()).isEqualTo("JX-TEXT-003");
  }

  @Test
  void reportsACellGivenTwiceABudgetTotalWithoutItsColumnAndAnUnknownBudgetColumn() {
    ReadResult<List<SelfEvaluationTable>> r = readText(String.join("\n",
        "2024年度项目支出绩效自评表",
        "项目名称\t村级河道保洁",
        "年度资金总额\t30.00",
        "项目资金\t全年预算数\t全年执行数\t备注",
        "年度资金总额\t30.00\t27.00\t含追加",
        "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t保洁河道长度\t≥40公里\t41公里\t90\t90",
        "总分\t99",
        "总分\t98"));
    SelfEvaluationTable t = r.value().get(0);
    assertThat(t.budgetExecution().annualSpending()).contains(Amount.of("27.00", AmountUnit.WAN_YUAN));
    assertThat(t.totalScoreText()).contains("99");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.location())
        .containsExactly("JX-TEXT-027 t.txt:3:1", "JX-TEXT-024 t.txt:4:18", "JX-TEXT-028 t.txt:9:4");
  }

  @Test
  void readsAHundredThousandIndicatorRowsAndRowsUnderTheTotalInLinearTime() {
    StringBuilder text = new StringBuilder("2024年度项目支出绩效自评表\n项目名称\t大表\n"
        + "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n");
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      text.append("产出指标\t数量指标\t指标").append(i).append("\t≥1个\t1个\t1\t1\n");
    }
    text.append("总分\t100\n");
    for (int i = 0; i < n; i++) {
      text.append("总分\t100\n");
    }
    ReadResult<List<SelfEvaluationTable>> r = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> SelfEvaluationTextReader.builder().limits(ReadLimits.builder().maxLines(1_000_000).build()).build()
            .read(new StringReader(text.toString()), "big.txt"));
    assertThat(r.value().get(0).indicators()).hasSize(n);
    assertThat(r.value().get(0).totalScoreText()).contains("100");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void readsGoalsAndOutcomeFromTheRightWhenTheSpanningLabelIsNotRepeatedAndSaysSo() {
    ReadResult<List<SelfEvaluationTable>> r = readText(String.join("\n",
        "2024年度项目支出绩效自评表",
        "项目名称\t村级河道保洁",
        "年度总体目标\t预期目标\t实际完成情况",
        "保持40公里河道常年清洁\t全年保洁41公里，未出现成片漂浮物",
        "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t保洁河道长度\t≥40公里\t41公里\t90\t90"));
    SelfEvaluationTable t = r.value().get(0);
    assertThat(t.goals()).containsExactly("保持40公里河道常年清洁");
    assertThat(t.outcome()).contains("全年保洁41公里，未出现成片漂浮物");
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.location()).containsExactly("JX-TEXT-026 t.txt:4:1");
  }

  @Test
  void reportsAGradeWrittenInTheTotalLinesLastCell() {
    ReadResult<List<SelfEvaluationTable>> r = readText(String.join("\n",
        "2024年度项目支出绩效自评表",
        "项目名称\t村级河道保洁",
        "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "产出指标\t数量指标\t保洁河道长度\t≥40公里\t41公里\t90\t90\t",
        "总分\t90\t90\t优"));
    SelfEvaluationTable t = r.value().get(0);
    assertThat(t.totalScoreText()).contains("90");
    assertThat(t.gradeText()).isEmpty();
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.location())
        .containsExactly("JX-TEXT-027 t.txt:5:4", "JX-TEXT-021 t.txt:5:10");
  }
}
