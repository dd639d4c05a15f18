package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.Qualitative;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Self-evaluation tables (项目支出绩效自评表) written as Word documents in the national form and read back with
 * {@link DocumentReader#readSelfEvaluation}: equal tables with their defects as written, the cells a table lacks
 * still lacking, and what the form cannot carry refused with its path before a byte is written.
 */
class SelfEvaluationDocumentWriterTest {
  private static final DocumentWriter WRITER = DocumentWriter.create();

  static byte[] written(List<SelfEvaluationTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.writeSelfEvaluation(tables, out);
    return out.toByteArray();
  }

  static ReadResult<List<SelfEvaluationTable>> read(byte[] docx) {
    return DocumentReader.create().readSelfEvaluation(new ByteArrayInputStream(docx), "自评.docx");
  }

  /** A county Youth League committee's table: a copied target, a verdict, scores in 分, 执行率 against A and B. */
  static SelfEvaluationTable youthLeague() {
    return SelfEvaluationTable.builder().fiscalYear(2024).projectCode("13043424P00450110058B")
        .projectName("基层团组织建设经费").unit(BudgetUnit.of("712001", "共青团青溪县委员会"))
        .amountUnit(AmountUnit.YUAN)
        .budgetExecution(BudgetExecution.builder()
            .initialBudgetCell(WrittenAmount.parse("50000.00", AmountUnit.YUAN))
            .annualBudget(Amount.yuan("56000.00")).annualSpending(Amount.yuan("50400.00"))
            // 50400 ÷ 56000 is 90%: the published 95% contradicts its own A and B
            .executionRateText("95%").weightText("10").scoreText("9.5").build())
        .addGoals("组建基层团组织22个，覆盖全县乡镇和村（社区）。", "开展青年志愿服务活动，服务对象满意度不低于90%。")
        .outcome("新建基层团组织23个；志愿服务活动12场。\n满意度调查回收问卷310份。")
        .addIndicator(EvaluatedIndicator.of(Indicator.of(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY,
            "新建基层团组织数量", "≥22个").withWeightText("20"), "23个", "20"))
        .addIndicator(EvaluatedIndicator.builder().indicator(Indicator.of(IndicatorCategory.OUTPUT,
            IndicatorSubcategory.QUANTITY, "志愿服务活动场次", "≥10场").withWeightText("15"))
            .actual("12场").scoreText("12").build())
        .addIndicator(EvaluatedIndicator.of(Indicator.of(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY,
            "团干部培训合格率", "≥95%").withWeightText("15"), "≥95%", "15"))
        .addIndicator(EvaluatedIndicator.of(Indicator.of(IndicatorCategory.OUTPUT, IndicatorSubcategory.TIMELINESS,
            "活动完成时间", "2024年11月底前").withWeightText("10"), "完成", "7分"))
        .addIndicator(EvaluatedIndicator.builder().indicator(Indicator.of(IndicatorCategory.SATISFACTION,
            IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION, "服务对象满意度", "≥90%").withWeightText("10"))
            .actual("88%").scoreText("9").deviation("部分村（社区）活动场地偏远；\n明年增设流动服务点").build())
        // 20 + 12 + 15 + 7 + 9 for the indicators and 9.5 for the budget line is 72.5: the total does not add up
        .totalScoreText("82.5")
        .absentEvaluationCells(EnumSet.of(SelfEvaluationField.GRADE))
        .build();
  }

  @Test
  void theYouthLeagueTableReadsBackEqualWithItsDefectsAsWritten() {
    SelfEvaluationTable t = youthLeague();
    ReadResult<List<SelfEvaluationTable>> back = read(written(List.of(t)));
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).containsExactly(t);
    SelfEvaluationTable read = back.value().get(0);
    assertThat(read.amountUnit()).isEqualTo(AmountUnit.YUAN);
    assertThat(read.goals()).hasSize(2);
    assertThat(read.indicators().get(2).actual().raw()).isEqualTo("≥95%");
    assertThat(read.indicators().get(3).actual()).isEqualTo(Qualitative.of("完成"));
    assertThat(read.indicators().get(3).scoreText()).contains("7分");
    assertThat(read.budgetExecution().executionRateText()).contains("95%");
    assertThat(read.gradeText()).isEmpty();
    assertThat(read.absentEvaluationCells()).containsExactly(SelfEvaluationField.GRADE);
  }

  @Test
  void placesTheWrittenCellsWhereTheNationalFormHasThem() {
    ReadResult<List<SelfEvaluationTable>> back = read(written(List.of(youthLeague())));
    SourceMap map = back.sourceMap().orElseThrow();
    // rows: 项目名称, 实施单位, the budget header and its line, 年度总体目标 and its values, the grid header
    assertThat(map.cell(0, SelfEvaluationField.EXECUTION_RATE).orElseThrow().toString())
        .isEqualTo("自评.docx table 1 row 4 cell 7 tables[0].executionRate");
    assertThat(map.cell(0, 0, SelfEvaluationField.ACTUAL).orElseThrow().toString())
        .isEqualTo("自评.docx table 1 row 8 cell 5 tables[0].indicators[0].actual");
    assertThat(map.cell(0, SelfEvaluationField.TOTAL_SCORE).orElseThrow().toString())
        .isEqualTo("自评.docx table 1 row 13 cell 7 tables[0].totalScore");
  }

  @Test
  void writesTheFormOnAnEightColumnGridWithMergedLabels() throws Exception {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(written(List.of(youthLeague()))))) {
      assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("2024年度项目支出绩效自评表");
      XWPFTable table = docx.getTables().get(0);
      assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(8);
      assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("项目资金（元）");
      assertThat(table.getRow(3).getCell(0).getCTTc().getTcPr().isSetVMerge()).isTrue();
      assertThat(table.getRow(6).getTableCells()).extracting(c -> c.getText()).containsExactly("一级指标", "二级指标",
          "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
      // 产出指标 over the four output rows: written once, merged down
      assertThat(table.getRow(8).getCell(0).getText()).isEmpty();
      assertThat(table.getRow(8).getCell(1).getText()).isEmpty();
      assertThat(table.getRow(9).getCell(1).getText()).isEqualTo("质量指标");
    }
  }

  @Test
  void theWaterBureauDocumentReadsBackEqualAndKeepsItsAbsentCells() throws Exception {
    ReadResult<List<SelfEvaluationTable>> original;
    try (InputStream in = getClass().getResourceAsStream("word/qingxi-water-self-evaluation-2024.docx")) {
      original = DocumentReader.create().readSelfEvaluation(in, "qingxi.docx");
    }
    ReadResult<List<SelfEvaluationTable>> back = read(written(original.value()));
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).isEqualTo(original.value());
    SelfEvaluationTable t = back.value().get(0);
    assertThat(t.absentEvaluationCells()).isEqualTo(original.value().get(0).absentEvaluationCells());
    assertThat(t.absentCells()).isEqualTo(original.value().get(0).absentCells());
    // the defects as published: a verdict for an actual, a met target docked a point, a total of 93
    assertThat(t.indicators().get(2).actual().raw()).isEqualTo("完成");
    assertThat(t.indicators().get(5).scoreText()).contains("9");
    assertThat(t.totalScoreText()).contains("93");
  }

  @Test
  void theSheetFixturesReadBackEqual() {
    List<SelfEvaluationTable> tables =
        SelfEvaluationSheetReader.create().read(Path.of("src/test/fixtures/self-evaluation.csv")).value();
    ReadResult<List<SelfEvaluationTable>> back = read(written(tables));
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).isEqualTo(tables).hasSize(tables.size());
  }

  @Test
  void tablesWithoutBudgetBlockOrOutcomeReadBackWithThoseCellsAbsent() {
    SelfEvaluationTable t = youthLeague().toBuilder().budgetExecution(BudgetExecution.builder()
        .executionRateText("90.00%").build()).outcome(java.util.Optional.empty())
        .absentEvaluationCells(EnumSet.of(SelfEvaluationField.INITIAL_BUDGET, SelfEvaluationField.ANNUAL_BUDGET,
            SelfEvaluationField.ANNUAL_SPENDING, SelfEvaluationField.EXECUTION_WEIGHT,
            SelfEvaluationField.EXECUTION_SCORE, SelfEvaluationField.OUTCOME, SelfEvaluationField.DEVIATION,
            SelfEvaluationField.GRADE))
        .indicators(youthLeague().indicators().stream().map(e -> e.withDeviation(java.util.Optional.empty()))
            .toList())
        .build();
    ReadResult<List<SelfEvaluationTable>> back = read(written(List.of(t)));
    assertThat(back.value()).containsExactly(t);
    assertThat(back.value().get(0).absentEvaluationCells()).isEqualTo(t.absentEvaluationCells());
    // no 项目资金（元） label: the 单位：元 paragraph above the table states the money unit, and the reader says so
    assertThat(back.value().get(0).amountUnit()).isEqualTo(AmountUnit.YUAN);
    assertThat(back.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("单位：元"));
  }

  @Test
  void severalTablesEachUnderItsTitleReadBackInOrder() {
    SelfEvaluationTable second = youthLeague().toBuilder().fiscalYear(2025).projectCode("13043425P00450110058B")
        .projectName("青年就业见习补贴").amountUnit(AmountUnit.WAN_YUAN)
        .budgetExecution(BudgetExecution.builder().annualBudget(Amount.wanYuan("12.00"))
            .annualSpending(Amount.wanYuan("12.00")).executionRateText("100%").weightText("10").scoreText("10")
            .build())
        .gradeText("良").build();
    List<SelfEvaluationTable> tables = List.of(youthLeague(), second);
    assertThat(read(written(tables)).value()).isEqualTo(tables);
  }

  @Test
  void refusesAnAmountInAnotherMoneyUnitNamingItsPathBeforeWritingAByte() {
    SelfEvaluationTable t = youthLeague().toBuilder().budgetExecution(BudgetExecution.builder()
        .annualBudget(Amount.wanYuan("5.60")).build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> WRITER.writeSelfEvaluation(List.of(t), out)).isInstanceOf(WriteException.class)
        .hasMessageContaining("tables[0].budgetExecution.annualBudget").hasMessageContaining("元");
    assertThat(out.size()).isZero();
  }

  @Test
  void refusesACellTheReaderWouldReadOtherwiseNamingItsPath(@TempDir Path dir) {
    SelfEvaluationTable givenEmpty = youthLeague().withIndicators(youthLeague().indicators().get(0)
        .withScoreText(""));
    assertThatThrownBy(() -> written(List.of(givenEmpty))).isInstanceOf(WriteException.class)
        .hasMessageContaining("tables[0].indicators[0].score");
    SelfEvaluationTable padded = youthLeague().withProjectName(" 基层团组织建设经费");
    Path file = dir.resolve("自评.docx");
    assertThatThrownBy(() -> WRITER.writeSelfEvaluation(List.of(padded), file)).isInstanceOf(WriteException.class)
        .hasMessageContaining("tables[0].projectName");
    assertThat(file).doesNotExist();
    EvaluatedIndicator first = youthLeague().indicators().get(0);
    SelfEvaluationTable split = youthLeague().withIndicators(first.withIndicator(first.indicator()
        .withComparisonText("≥")));
    assertThatThrownBy(() -> written(List.of(split))).isInstanceOf(WriteException.class)
        .hasMessageContaining("tables[0].indicators[0].comparison");
    SelfEvaluationTable uncategorised = youthLeague().withIndicators(first, first.withIndicator(first.indicator()
        .withCategoryLabel("")));
    assertThatThrownBy(() -> written(List.of(uncategorised))).isInstanceOf(WriteException.class)
        .hasMessageContaining("tables[0].indicators[1].category");
    SelfEvaluationTable labelAsValue = youthLeague().withProjectName("项目编码");
    assertThatThrownBy(() -> written(List.of(labelAsValue))).isInstanceOf(WriteException.class)
        .hasMessageContaining("tables[0].projectName");
    SelfEvaluationTable yearFromCode = youthLeague().withFiscalYear(java.util.Optional.empty());
    assertThatThrownBy(() -> written(List.of(yearFromCode))).isInstanceOf(WriteException.class)
        .hasMessageContaining("tables[0].fiscalYear").hasMessageContaining("project code");
  }

  @Test
  void refusesToWriteNoTableSinceNoReaderWouldTakeTheDocumentForOne() {
    assertThatThrownBy(() -> written(List.of())).isInstanceOf(WriteException.class).hasMessageStartingWith("tables");
  }

  @Test
  void writesAFileTheFrontDoorReadsAsSelfEvaluationTables(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("自评.docx");
    WRITER.writeSelfEvaluation(List.of(youthLeague()), file);
    TableFile read = TableFiles.create().read(file);
    assertThat(read.format()).isEqualTo("word");
    assertThat(read.selfEvaluationTables()).containsExactly(youthLeague());
    assertThat(Files.size(file)).isPositive();
  }
}
