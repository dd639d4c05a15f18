package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.Qualitative;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published monitoring tables (项目支出绩效运行监控表) read from text. {@code monitoring-2025.txt} holds two tables of
 * our own: a county water bureau's in the national form written as a grid, one row a line, and a Youth League
 * committee's written label by label with its indicator grid in Word's cell-a-line layout. Both carry the defects
 * real tables have, kept as written for the validator.
 */
class MonitoringTextReaderTest {
  private static final String FIXTURE = "monitoring-2025.txt";
  private final MonitoringTextReader reader = MonitoringTextReader.create();

  private ReadResult<List<MonitoringTable>> fixture() {
    return reader.read(TextCorpus.stream(FIXTURE), FIXTURE);
  }

  private ReadResult<List<MonitoringTable>> readText(String text) {
    return reader.read(new StringReader(text), "t.txt");
  }

  @Test
  void readsTheNationalFormWrittenAsAGrid() {
    MonitoringTable t = fixture().value().get(0);
    assertThat(t.fiscalYear()).contains(Year.of(2025));
    assertThat(t.projectName()).contains("农村饮水安全工程维修养护");
    assertThat(t.projectCode()).isEmpty();
    assertThat(t.unit()).contains(BudgetUnit.ofName("青溪县农村供水管理站"));
    assertThat(t.periodText()).contains("1-7月");
    assertThat(t.monitoredThrough()).contains(Month.JULY);
    assertThat(t.initialBudget()).contains(Amount.of("80.00", AmountUnit.WAN_YUAN));
    assertThat(t.annualBudget()).contains(Amount.of("86.00", AmountUnit.WAN_YUAN));
    assertThat(t.spendingToDate()).contains(Amount.of("38.70", AmountUnit.WAN_YUAN));
    assertThat(t.expectedSpending()).contains(Amount.of("86.00", AmountUnit.WAN_YUAN));
    assertThat(t.goals()).containsExactly("完成全县42处集中供水工程的维修养护，保障12万农村人口饮水安全。");
    assertThat(t.indicators()).hasSize(6);
    MonitoredIndicator first = t.indicators().get(0);
    assertThat(first.indicator().categoryLabel()).isEqualTo("产出指标");
    assertThat(first.indicator().name()).isEqualTo("维修养护供水工程数");
    assertThat(first.indicator().target().raw()).isEqualTo("42处");
    assertThat(first.progress().raw()).isEqualTo("19处");
    assertThat(first.expected().raw()).isEqualTo("42处");
    assertThat(first.deviation()).isEmpty();
    assertThat(first.correction()).isEmpty();
    MonitoredIndicator inherited = t.indicators().get(1);
    assertThat(inherited.indicator().categoryLabel()).isEqualTo("产出指标");
    assertThat(inherited.indicator().subcategoryLabel()).contains("数量指标");
    MonitoredIndicator behind = t.indicators().get(4);
    assertThat(behind.progress().raw()).isEqualTo("7.5万人");
    assertThat(behind.deviation()).contains("雨季施工受阻，部分工程推迟开工");
    assertThat(behind.correction()).contains("8月起增加施工班组，9月底前完成剩余工程");
    assertThat(t.absentMonitoringCells()).isEmpty();
    assertThat(t.absentCells()).contains(TableField.PROJECT_CODE, TableField.DESCRIPTION, TableField.BASIS,
        TableField.WEIGHT).doesNotContain(TableField.TARGET, TableField.GOALS);
  }

  @Test
  void keepsTheGridTablesDefectsAsWritten() {
    MonitoringTable t = fixture().value().get(0);
    // 执行率 55.00% against 38.70 of 86.00 (45%): kept, the validator's to report.
    assertThat(t.executionRateText()).contains("55.00%");
    assertThat(t.executionRate()).contains(new BigDecimal("55.00"));
    // a progress copying the target's expression, a verdict, and a blank progress
    assertThat(t.indicators().get(1).progress().raw()).isEqualTo(t.indicators().get(1).indicator().target().raw())
        .isEqualTo("≥24次");
    assertThat(t.indicators().get(3).progress()).isEqualTo(Qualitative.of("完成"));
    assertThat(t.indicators().get(5).progress().raw()).isEmpty();
    assertThat(t.indicators().get(5).expected().raw()).isEqualTo("≥90%");
  }

  @Test
  void readsATableWrittenLabelByLabelWithAWordGrid() {
    MonitoringTable t = fixture().value().get(1);
    assertThat(t.fiscalYear()).contains(Year.of(2025));
    assertThat(t.projectCode()).contains("331125250000000031");
    assertThat(t.projectName()).contains("青少年志愿服务阵地建设");
    assertThat(t.unit()).contains(BudgetUnit.ofName("青溪县青少年宫"));
    assertThat(t.periodText()).contains("1-6月");
    assertThat(t.initialBudget()).contains(Amount.of("30.00", AmountUnit.WAN_YUAN));
    assertThat(t.annualBudget()).contains(Amount.of("30.00", AmountUnit.WAN_YUAN));
    assertThat(t.spendingToDate()).contains(Amount.of("12.00", AmountUnit.WAN_YUAN));
    assertThat(t.executionRateText()).contains("40.00%");
    assertThat(t.expectedSpending()).contains(Amount.of("28.50", AmountUnit.WAN_YUAN));
    assertThat(t.goals()).containsExactly("在全县建成8个青少年志愿服务站点。", "全年组织志愿服务活动不少于60场。");
    assertThat(t.indicators()).extracting(i -> i.indicator().name())
        .containsExactly("志愿服务站点数", "志愿服务活动场次", "单个站点建设成本", "参与活动青少年人次");
    assertThat(t.indicators().get(1).progress().raw()).isEqualTo("21场");
    assertThat(t.indicators().get(1).expected().raw()).isEqualTo("55场");
    assertThat(t.indicators().get(1).deviation()).contains("暑期活动集中在下半年，部分站点尚未启用");
    assertThat(t.indicators().get(3).progress()).isEqualTo(Qualitative.of("完成"));
    // the grid has no 纠偏措施 column: absent, not blank
    assertThat(t.absentMonitoringCells()).containsExactly(MonitoringField.CORRECTION);
    assertThat(t.indicators()).allSatisfy(i -> assertThat(i.correction()).isEmpty());
  }

  @Test
  void placesEveryMonitoringCell() {
    SourceMap map = fixture().sourceMap().orElseThrow();
    assertThat(map.table(0).orElseThrow().toString()).isEqualTo(FIXTURE + " lines 1–17");
    assertThat(map.cell(0, MonitoringField.PERIOD).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":4:5 tables[0].period");
    assertThat(map.cell(0, MonitoringField.SPENDING_TO_DATE).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":6:21 tables[0].spendingToDate");
    assertThat(map.cell(0, MonitoringField.EXECUTION_RATE).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":6:27 tables[0].executionRate");
    assertThat(map.cell(0, MonitoringField.EXPECTED_SPENDING).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":6:34 tables[0].expectedSpending");
    assertThat(map.cell(0, 1, MonitoringField.PROGRESS).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":13:15 tables[0].indicators[1].progress");
    // a blank cell is placed as well
    assertThat(map.cell(0, 0, MonitoringField.CORRECTION).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":12:34 tables[0].indicators[0].correction");
    // Word's layout: a cell is its own line, column 2 after the tab
    assertThat(map.cell(1, 0, MonitoringField.PROGRESS).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":46:2 tables[1].indicators[0].progress");
    assertThat(map.cell(1, 1, MonitoringField.DEVIATION).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":56:2 tables[1].indicators[1].deviation");
    assertThat(map.cell(1, MonitoringField.SPENDING_TO_DATE).orElseThrow().toString())
        .isEqualTo(FIXTURE + ":29:9 tables[1].spendingToDate");
    assertThat(map.cell(1, 0, MonitoringField.CORRECTION)).isEmpty();
  }

  @Test
  void reportsWhatItDoesNotKeepAndWhatItGuesses() {
    List<String> warnings = fixture().warnings().stream().map(ReadProblem::toString).toList();
    assertThat(warnings).containsExactlyInAnyOrder(
        FIXTURE + ":7:2: the budget line «其中：财政拨款» (80.00, 86.00, 38.70, —, 86.00) has no cell in a monitoring"
            + " table, which keeps the amounts of the budget block's 年度资金总额 line, and is not kept [JX-TEXT-027]",
        FIXTURE + ":8:2: the budget line «其他资金» (0.00, 0.00, 0.00, —, 0.00) has no cell in a monitoring table,"
            + " which keeps the amounts of the budget block's 年度资金总额 line, and is not kept [JX-TEXT-027]",
        FIXTURE + ":10:36: «已维修19处工程，水质抽检全部达标。» under «1-7月实际完成情况» has no cell in a monitoring"
            + " table, which keeps each indicator's progress, and is not kept [JX-TEXT-027]",
        FIXTURE + ":3:6: the supervising department (主管部门) «青溪县水利局» has no cell in a project target table"
            + " and is not kept [JX-TEXT-027]",
        FIXTURE + ":19:1: text «附件2» is outside any table and is not read [JX-TEXT-023]",
        FIXTURE + ":21:1: table 2 states no money unit; its amounts are read in 万元 as line 21 «单位：万元» above it"
            + " says [JX-TEXT-026]",
        FIXTURE + ":24:6: the supervising department (主管部门) «共青团青溪县委员会» has no cell in a project target"
            + " table and is not kept [JX-TEXT-027]");
  }

  @Test
  void recognizesMonitoringTextsAndNotTargetOrSelfEvaluationTexts() {
    assertThat(MonitoringTextReader.recognizes(TextCorpus.text(FIXTURE))).isTrue();
    assertThat(MonitoringTextReader.recognizes(TextCorpus.text("self-evaluations-2024.txt"))).isFalse();
    assertThat(MonitoringTextReader.recognizes(TextCorpus.text("wei-2025-layout.txt"))).isFalse();
    assertThat(MonitoringTextReader.recognizes(TextCorpus.text("notice-funding-2025.txt"))).isFalse();
    // no 监控表 in a title: the grid's header says it
    assertThat(MonitoringTextReader.recognizes("项目名称\t某项目\n一级指标\t二级指标\t三级指标\t指标值\t纠偏措施\n"))
        .isTrue();
    assertThat(MonitoringTextReader.recognizes(
        "项目名称\t某项目\n一级指标\t二级指标\t三级指标\t指标值\t1-7月完成值\t预计全年完成值\n")).isTrue();
    // a self-evaluation's title outweighs a correction column
    assertThat(MonitoringTextReader.recognizes(
        "2024年度项目支出绩效自评表\n项目名称\t某项目\n一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t偏差原因及纠偏措施\n"))
        .isFalse();
  }

  @Test
  void readsMonthHeadedColumnsAndVariantsUnderALabelColumn() {
    MonitoringTable t = readText("""
        2025年项目支出绩效运行监控表
        项目名称\t校园安全设施改造
        监控期间\t1至8月
        全年预算数\t60.00\t1-8月执行数\t45.00
        执行率\t75%
        绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t1-8月执行情况\t预计全年完成值\t原因分析\t拟采取的纠偏措施
        绩效指标\t产出指标\t数量指标\t改造教学楼栋数\t4栋\t3栋\t4栋\t\t
        """).value().get(0);
    assertThat(t.periodText()).contains("1至8月");
    assertThat(t.annualBudget()).contains(Amount.of("60.00", AmountUnit.WAN_YUAN));
    assertThat(t.spendingToDate()).contains(Amount.of("45.00", AmountUnit.WAN_YUAN));
    assertThat(t.executionRateText()).contains("75%");
    assertThat(t.indicators()).singleElement().satisfies(i -> {
      assertThat(i.progress().raw()).isEqualTo("3栋");
      assertThat(i.expected().raw()).isEqualTo("4栋");
      assertThat(i.deviation()).isEmpty();
    });
    // no budget block and no 年初预算数 or 全年预计执行数 label: absent
    assertThat(t.absentMonitoringCells())
        .containsExactlyInAnyOrder(MonitoringField.INITIAL_BUDGET, MonitoringField.EXPECTED_SPENDING);
    assertThat(t.isAbsent(MonitoringField.CORRECTION)).isFalse();
  }

  @Test
  void aGridWithoutMonitoringColumnsMakesThemAbsentAndTheCellsEmpty() {
    MonitoringTable t = readText("""
        2025年项目支出绩效运行监控表
        项目名称\t某项目
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t培训人数\t≥100人
        """).value().get(0);
    assertThat(t.absentMonitoringCells()).containsExactlyInAnyOrder(MonitoringField.values());
    assertThat(t.indicators().get(0).progress().raw()).isEmpty();
  }

  @Test
  void aStrictReaderRefusesTheFirstWarning() {
    MonitoringTextReader strict = MonitoringTextReader.builder().lenient(false).build();
    assertThatThrownBy(() -> strict.read(TextCorpus.stream(FIXTURE), FIXTURE)).isInstanceOf(ReadException.class)
        .extracting(e -> ((ReadException) e).problem().code()).isEqualTo("JX-TEXT-023");
  }

  @Test
  void refusesTextWithoutATable() {
    assertThatThrownBy(() -> readText("2025年项目支出绩效运行监控表\n没有表格的一段话。\n"))
        .isInstanceOf(ReadException.class).extracting(e -> ((ReadException) e).problem().code())
        .isEqualTo("JX-TEXT-010");
    assertThatThrownBy(() -> readText(" \n\n")).isInstanceOf(ReadException.class)
        .hasMessageContaining("运行监控表").extracting(e -> ((ReadException) e).problem().code())
        .isEqualTo("JX-TEXT-003");
  }
}
