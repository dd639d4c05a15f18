package io.github.jixiao.serialization.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The front door tells a self-evaluation (绩效自评表) or a monitoring table (运行监控表) from a target table by its
 * content — JSON properties, the XML root, a sheet's header — and hands it out as such.
 */
class TableFilesFollowUpTest {
  private static final TableFiles FILES = TableFiles.create();

  private static Indicator indicator(IndicatorCategory c, IndicatorSubcategory s, String name, String target,
      String points) {
    return Indicator.builder().category(c).subcategory(s).name(name).target(target).weightText(points).build();
  }

  /** A water bureau's well-repair project at year end, its second row's actual a verdict. */
  private static SelfEvaluationTable wells() {
    return SelfEvaluationTable.builder()
        .fiscalYear(2025)
        .unit(BudgetUnit.of("418002", "某县水利局本级"))
        .projectCode("41-2025-SL-007")
        .projectName("农村机井维修补助")
        .budgetExecution(BudgetExecution.builder()
            .annualBudget(Amount.of(new BigDecimal("60"), AmountUnit.WAN_YUAN))
            .annualSpendingCell(WrittenAmount.parse("57", AmountUnit.WAN_YUAN))
            .executionRateText("95%").weightText("10").scoreText("9.5").build())
        .addGoals("维修损坏机井，保障春灌用水")
        .addIndicators(
            EvaluatedIndicator.of(indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "维修机井数量",
                "≥120眼", "50"), "126眼", "50"),
            EvaluatedIndicator.builder().indicator(indicator(IndicatorCategory.BENEFIT,
                IndicatorSubcategory.SOCIAL_BENEFIT, "春灌保障程度", "有效保障", "40")).actual("完成").scoreText("38")
                .build())
        .totalScoreText("97.5")
        .build();
  }

  private static MonitoringTable wellsMidYear() {
    return MonitoringTable.builder()
        .fiscalYear(2025)
        .projectCode("41-2025-SL-007")
        .projectName("农村机井维修补助")
        .periodText("1-7月")
        .annualBudgetCell(WrittenAmount.parse("60", AmountUnit.WAN_YUAN))
        .spendingToDateCell(WrittenAmount.parse("18", AmountUnit.WAN_YUAN))
        .addIndicators(MonitoredIndicator.builder().indicator(indicator(IndicatorCategory.OUTPUT,
            IndicatorSubcategory.QUANTITY, "维修机井数量", "≥120眼", "50")).progress("47眼").expected("120眼").build())
        .build();
  }

  private static TableInput open(String text, String source) {
    return FILES.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
  }

  @Test
  void readsASelfEvaluationJsonAsOneSelfEvaluationTableNotAsATargetTable() {
    TableFile read = FILES.read(new ByteArrayInputStream(
        JsonCodec.create().write(wells()).getBytes(StandardCharsets.UTF_8)), "wells.json");
    assertThat(read.format()).isEqualTo("json");
    assertThat(read.tables()).isEmpty();
    assertThat(read.monitoringTables()).isEmpty();
    assertThat(read.selfEvaluationTables()).singleElement().satisfies(t -> {
      assertThat(t.projectName()).contains("农村机井维修补助");
      assertThat(t.indicators().get(1).actual().raw()).isEqualTo("完成");
      assertThat(t.totalScoreText()).contains("97.5");
    });
  }

  @Test
  void tellsASelfEvaluationJsonByATopLevelPropertyAfterItsIndicatorsWithoutAnExtension() {
    // rows without actual or score: only totalScore, after the rows, says what the table is
    TableFile read = FILES.read(new ByteArrayInputStream("""
        {"projectName": "农村机井维修补助", "indicators": [{"name": "维修机井数量", "target": "≥120眼"}],
         "totalScore": "88"}""".getBytes(StandardCharsets.UTF_8)), "-");
    assertThat(read.selfEvaluationTables()).singleElement()
        .satisfies(t -> assertThat(t.totalScoreText()).contains("88"));
    // a target table with the same rows stays a target table
    TableFile target = FILES.read(new ByteArrayInputStream("""
        {"projectName": "农村机井维修补助", "indicators": [{"name": "维修机井数量", "target": "≥120眼"}]}"""
        .getBytes(StandardCharsets.UTF_8)), "-");
    assertThat(target.tables()).hasSize(1);
    assertThat(target.selfEvaluationTables()).isEmpty();
  }

  @Test
  void readsAMonitoringJsonByItsPeriodAndRows() {
    try (TableInput input = open(JsonCodec.create().write(wellsMidYear()), "midyear.json")) {
      assertThat(input.tables().hasNext()).isFalse();
      assertThat(input.monitoringTables()).singleElement().satisfies(t -> {
        assertThat(t.periodText()).contains("1-7月");
        assertThat(t.indicators().get(0).progress().raw()).isEqualTo("47眼");
      });
    }
  }

  @Test
  void readsSelfEvaluationAndMonitoringXmlByTheirRootElements() {
    TableFile evaluation = FILES.read(new ByteArrayInputStream(
        XmlCodec.create().write(wells()).getBytes(StandardCharsets.UTF_8)), "wells");
    assertThat(evaluation.format()).isEqualTo("xml");
    assertThat(evaluation.selfEvaluationTables()).extracting(t -> t.projectCode().orElseThrow())
        .containsExactly("41-2025-SL-007");
    TableFile monitoring = FILES.read(new ByteArrayInputStream(
        XmlCodec.create().write(wellsMidYear()).getBytes(StandardCharsets.UTF_8)), "midyear.xml");
    assertThat(monitoring.monitoringTables()).hasSize(1);
    assertThat(monitoring.tables()).isEmpty();
  }

  private static final String SHEET = """
      2025年度项目支出绩效自评表
      单位：万元
      项目名称,全年预算数,全年执行数,执行率,三级指标,指标值,分值,全年实际值,得分,偏差原因,总分
      农村机井维修补助,60,57,95%,维修机井数量,≥120眼,50,126眼,47,,96
      ,,,,春灌保障程度,有效保障,40,有效保障,40,,
      """;

  @Test
  void sendsASheetWhoseHeaderNamesSelfEvaluationColumnsToTheSelfEvaluationReaderWithItsPlaces() {
    TableFile read = FILES.read(new ByteArrayInputStream(SHEET.getBytes(StandardCharsets.UTF_8)), "wells.csv");
    assertThat(read.format()).isEqualTo("sheet");
    assertThat(read.tables()).isEmpty();
    SelfEvaluationTable table = read.selfEvaluationTables().get(0);
    assertThat(table.indicators().get(0).scoreText()).contains("47");
    assertThat(table.budgetExecution().executionRateText()).contains("95%");
    SourceLocation score = read.sourceMap().cell(0, 0, SelfEvaluationField.SCORE).orElseThrow();
    assertThat(score.line()).hasValue(4);
    assertThat(score.column()).hasValue(9);
    assertThat(score.cell()).contains("得分");
    assertThat(score.toString()).startsWith("wells.csv row 4 column I (得分)");
    assertThat(read.sourceMap().cell(0, SelfEvaluationField.TOTAL_SCORE).orElseThrow().line()).hasValue(4);
  }

  @Test
  void findsTheSelfEvaluationColumnsInTheSecondRowOfATwoRowHeader() {
    TableFile read = FILES.read(new ByteArrayInputStream("""
        项目名称,三级指标,指标值,评分,
        ,,,分值,完成值
        示范项目,培训人次,≥100人次,50,96人次
        """.getBytes(StandardCharsets.UTF_8)), "-");
    assertThat(read.selfEvaluationTables()).singleElement()
        .satisfies(t -> assertThat(t.indicators().get(0).actual().raw()).isEqualTo("96人次"));
  }

  @Test
  void keepsATargetSheetATargetSheetThoughAnIndicatorIsNamedLikeAColumn() {
    TableFile read = FILES.read(new ByteArrayInputStream("""
        项目名称,三级指标,指标值,分值
        示范项目,培训人次,≥100人次,50
        示范项目,得分,≥90分,50
        """.getBytes(StandardCharsets.UTF_8)), "targets.csv");
    assertThat(read.tables()).hasSize(1);
    assertThat(read.selfEvaluationTables()).isEmpty();
  }

  @Test
  void readsSelfEvaluationSheetsWithTheReaderTheBuilderWasGiven() {
    String conflicting = SHEET + ",,,,,,,,,,90\n";
    TableFiles strict = TableFiles.builder()
        .selfEvaluationSheet(SelfEvaluationSheetReader.builder().lenient(false).build()).build();
    ReadException e = catchThrowableOfType(ReadException.class, () -> strict.read(
        new ByteArrayInputStream(conflicting.getBytes(StandardCharsets.UTF_8)), "wells.csv"));
    assertThat(e.problem().code()).isEqualTo("JX-SHEET-040");
    assertThat(FILES.read(new ByteArrayInputStream(conflicting.getBytes(StandardCharsets.UTF_8)), "wells.csv")
        .warnings()).extracting(w -> w.code()).contains("JX-SHEET-040");
  }

  private static String jsonSelfEvaluations(JsonLayout layout, SelfEvaluationTable... tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sequence.Writer<SelfEvaluationTable> w = JsonCodec.create().writeSelfEvaluationTables(out, layout)) {
      for (SelfEvaluationTable t : tables) {
        w.write(t);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void readsAJsonArrayOfSelfEvaluationTablesAsSelfEvaluationTables() {
    SelfEvaluationTable second = wells().withProjectName("农村机井新建补助").withTotalScoreText("88");
    TableFile file = open(jsonSelfEvaluations(JsonLayout.ARRAY, wells(), second), "-").readAll();
    assertThat(file.selfEvaluationTables()).containsExactly(wells(), second);
    assertThat(file.tables()).isEmpty();
    assertThat(file.format()).isEqualTo("json");
  }

  @Test
  void readsJsonLinesOfMonitoringTablesAsMonitoringTables() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MonitoringTable june = wellsMidYear().withPeriodText("1-6月");
    try (Sequence.Writer<MonitoringTable> w = JsonCodec.create().writeMonitoringTables(out, JsonLayout.LINES)) {
      w.write(wellsMidYear());
      w.write(june);
    }
    TableFile file = open(out.toString(StandardCharsets.UTF_8), "wells.jsonl").readAll();
    assertThat(file.monitoringTables()).containsExactly(wellsMidYear(), june);
    assertThat(file.selfEvaluationTables()).isEmpty();
  }

  @Test
  void readsAnXmlRootOfSeveralSelfEvaluationTables() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sequence.Writer<SelfEvaluationTable> w = XmlCodec.create().writeSelfEvaluationTables(out)) {
      w.write(wells());
      w.write(wells().withTotalScoreText("90"));
    }
    TableFile file = open(out.toString(StandardCharsets.UTF_8), "-").readAll();
    assertThat(file.format()).isEqualTo("xml");
    assertThat(file.selfEvaluationTables()).containsExactly(wells(), wells().withTotalScoreText("90"));
  }

  @Test
  void readsAMonitoringSheetAsMonitoringTablesWithItsCellsPlaced() {
    String sheet = "项目编码,项目名称,监控期,全年预算数,1-7月执行数,一级指标,二级指标,三级指标,指标值,1-7月执行情况,"
        + "全年预计完成情况\n"
        + "41-2025-SL-007,农村机井维修补助,1-7月,60,18,产出指标,数量指标,维修机井数量,≥120眼,47眼,120眼\n";
    TableFile file = open(sheet, "wells-july.csv").readAll();
    assertThat(file.tables()).isEmpty();
    assertThat(file.selfEvaluationTables()).isEmpty();
    assertThat(file.monitoringTables()).singleElement().satisfies(t -> {
      assertThat(t.periodText()).hasValue("1-7月");
      assertThat(t.indicators().get(0).progress().raw()).isEqualTo("47眼");
    });
    assertThat(file.sourceMap().cell(0, 0, MonitoringField.PROGRESS).orElseThrow().toString())
        .startsWith("wells-july.csv row 2 column J");
  }

  @Test
  void keepsASelfEvaluationSheetWhoseDeviationColumnAMonitoringTableAlsoHasASelfEvaluation() {
    String sheet = "项目名称,一级指标,二级指标,三级指标,指标值,实际完成值,分值,得分,偏差原因\n"
        + "农村机井维修补助,产出指标,数量指标,维修机井数量,≥120眼,126眼,50,50,\n";
    TableFile file = open(sheet, "wells.csv").readAll();
    assertThat(file.selfEvaluationTables()).hasSize(1);
    assertThat(file.monitoringTables()).isEmpty();
  }

  @Test
  void tellsASheetOnStandardInputBelowItsTitleAndUnitRows() {
    String sheet = "2025年度项目支出绩效自评表\n单位：万元\n"
        + "项目名称,一级指标,二级指标,三级指标,指标值,实际完成值,分值,得分\n"
        + "农村机井维修补助,产出指标,数量指标,维修机井数量,≥120眼,126眼,50,50\n";
    TableFile file = open(sheet, "-").readAll();
    assertThat(file.format()).isEqualTo("sheet");
    assertThat(file.selfEvaluationTables()).singleElement()
        .satisfies(t -> assertThat(t.indicators().get(0).actual().raw()).isEqualTo("126眼"));
  }

  @Test
  void leavesATextWhoseTabSeparatedGridNamesTheColumnsToThePublishedTextReader() {
    String text = "2025年度项目支出绩效目标表\n项目名称\t农村机井维修补助\n"
        + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维修机井数量\t≥120眼\n";
    assertThat(open(text, "-").format()).isEqualTo("text");
  }
}
