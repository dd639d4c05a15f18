package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Self-evaluation sheets (绩效自评表) in the row layout: the target-table columns with the actual, points, score
 * and deviation per row and the budget line, total, grade and outcome per table, each cell kept as written,
 * defects included, for the scoring engine and the validator to judge.
 */
class SelfEvaluationSheetReaderTest {
  private static final SelfEvaluationSheetReader READER = SelfEvaluationSheetReader.create();
  private static final String FIXTURE = "self-evaluation/two-tables.csv";

  private static ReadResult<List<SelfEvaluationTable>> fixture() {
    return READER.read(SheetCorpus.stream(FIXTURE), "two-tables.csv");
  }

  private static ReadResult<List<SelfEvaluationTable>> read(String csv) {
    return READER.read(new StringReader(csv), "inline.csv");
  }

  private static List<String> rows(SelfEvaluationTable table, java.util.function.Function<EvaluatedIndicator,
      Optional<String>> cell) {
    return table.indicators().stream().map(cell).map(o -> o.orElse("<blank>")).toList();
  }

  @Test
  void readsEachIndicatorRowsActualScoreAndDeviationAsWritten() {
    List<SelfEvaluationTable> tables = fixture().value();
    assertThat(tables).extracting(t -> t.projectCode().orElseThrow()).containsExactly("2025-T-001", "2025-T-002");
    SelfEvaluationTable first = tables.get(0);
    assertThat(first.indicators()).extracting(e -> e.indicator().name())
        .containsExactly("托管服务人次", "活动出勤率", "家长知晓程度", "学生满意度");
    // the target's expression copied as the actual (row 2) and a verdict (table 2) are kept as written
    assertThat(first.indicators()).extracting(e -> e.actual().raw())
        .containsExactly("320人次", "≥95%", "有所提升", "93%");
    assertThat(rows(first, EvaluatedIndicator::scoreText)).containsExactly("17", "20", "25", "10");
    assertThat(first.indicators()).extracting(e -> e.indicator().weightText().orElseThrow())
        .containsExactly("20", "20", "30", "10");
    assertThat(rows(first, EvaluatedIndicator::deviation))
        .containsExactly("<blank>", "<blank>", "宣传覆盖不足，下一年度增加入户走访", "<blank>");
    SelfEvaluationTable second = tables.get(1);
    assertThat(second.indicators()).extracting(e -> e.actual().raw()).containsExactly("完成", "2025年10月", "8%");
    assertThat(rows(second, EvaluatedIndicator::scoreText)).containsOnly("<blank>");
    assertThat(second.indicators().get(1).indicator().categoryLabel()).contains("产出指标");
  }

  @Test
  void readsTheBudgetLineTotalGradeAndOutcomeOfEachTable() {
    List<SelfEvaluationTable> tables = fixture().value();
    SelfEvaluationTable first = tables.get(0);
    BudgetExecution line = first.budgetExecution();
    assertThat(first.amountUnit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(line.initialBudgetCell().map(WrittenAmount::text)).contains("50");
    assertThat(line.annualBudget().orElseThrow().value()).isEqualByComparingTo("50");
    assertThat(line.annualSpending().orElseThrow().value()).isEqualByComparingTo("40");
    // 95% contradicts its own 40 ÷ 50: kept for the validator
    assertThat(line.executionRateText()).contains("95%");
    assertThat(line.weightText()).contains("10");
    assertThat(line.scoreText()).contains("9.5");
    assertThat(first.totalScoreText()).contains("91");
    assertThat(first.gradeText()).contains("良");
    assertThat(first.outcome()).contains("1.开展课后托管服务；2.提升学生满意度");
    assertThat(first.goals()).containsExactly("开展课后托管服务；2.提升学生满意度");

    SelfEvaluationTable second = tables.get(1);
    BudgetExecution unread = second.budgetExecution();
    assertThat(unread.annualBudgetCell().map(WrittenAmount::text)).contains("118.5");
    assertThat(unread.annualSpendingCell().map(WrittenAmount::text)).contains("待核实");
    assertThat(unread.annualSpending()).isEmpty();
    assertThat(unread.executionRateText()).contains("0.98");
    assertThat(unread.scoreText()).isEmpty();
    assertThat(second.outcome()).isEmpty();
    assertThat(second.totalScoreText()).contains("88");
    assertThat(second.gradeText()).contains("优");
  }

  @Test
  void reportsASecondTotalOfTheSameTableAtItsCellAndKeepsTheFirst() {
    ReadResult<List<SelfEvaluationTable>> r = fixture();
    assertThat(r.warnings()).extracting(ReadProblem::code)
        .containsExactly("JX-SHEET-014", "JX-SHEET-015", "JX-SHEET-040", "JX-SHEET-017");
    ReadProblem conflict = r.warnings().get(2);
    SourceLocation at = conflict.location();
    assertThat(at.line()).hasValue(10);
    assertThat(at.column()).hasValue(20);
    assertThat(at.cell()).contains("总分");
    assertThat(at.path()).contains("tables[1].totalScore");
    assertThat(conflict.message()).contains("«86» differs from «88»");
    ReadException strict = catchThrowableOfType(ReadException.class,
        () -> SelfEvaluationSheetReader.builder().lenient(false).build().read(SheetCorpus.stream(FIXTURE), "x.csv"));
    assertThat(strict.problem().code()).isEqualTo("JX-SHEET-040");
  }

  @Test
  void locatesTablesIndicatorRowsAndTargetCellsInTheSourceMap() {
    var map = fixture().sourceMap().orElseThrow();
    assertThat(map.table(1).orElseThrow().toString()).contains("8").contains("10");
    assertThat(map.indicator(0, 2).orElseThrow().start().line()).hasValue(6);
    SourceLocation target = map.cell(1, 0, TableField.TARGET).orElseThrow();
    assertThat(target.line()).hasValue(8);
    assertThat(target.column()).hasValue(15);
    assertThat(map.cell(0, 3, TableField.WEIGHT).orElseThrow().line()).hasValue(7);
  }

  @Test
  void locatesEachSelfEvaluationCellInTheSourceMapBlankOnesIncluded() {
    var map = fixture().sourceMap().orElseThrow();
    // row 7 is the first table's fourth indicator row; 得分 is the 18th column (R)
    SourceLocation score = map.cell(0, 3, SelfEvaluationField.SCORE).orElseThrow();
    assertThat(score.line()).hasValue(7);
    assertThat(score.column()).hasValue(18);
    assertThat(score.cell()).contains("得分");
    // a blank deviation cell is placed where it stands, so a finding about it names the cell to fill
    SourceLocation deviation = map.cell(0, 0, SelfEvaluationField.DEVIATION).orElseThrow();
    assertThat(deviation.line()).hasValue(4);
    assertThat(deviation.cell()).contains("偏差原因");
    assertThat(map.cell(1, 2, SelfEvaluationField.ACTUAL).orElseThrow().line()).hasValue(10);
    // a table cell where its value was read: the first 总分 of table 2, not the conflicting one below it
    SourceLocation total = map.cell(1, SelfEvaluationField.TOTAL_SCORE).orElseThrow();
    assertThat(total.line()).hasValue(8);
    assertThat(total.column()).hasValue(20);
    // a table cell left blank on every row: where its column was first met in the table's rows
    SourceLocation executionScore = map.cell(1, SelfEvaluationField.EXECUTION_SCORE).orElseThrow();
    assertThat(executionScore.line()).hasValue(8);
    assertThat(executionScore.cell()).contains("执行率得分");
    assertThat(map.locate(0, 1, SelfEvaluationField.ACTUAL).orElseThrow().line()).hasValue(5);
  }

  @Test
  void recordsTheColumnsASheetLacksAsAbsentAndBlankCellsAsBlank() {
    ReadResult<List<SelfEvaluationTable>> r = read("""
        项目名称,三级指标,指标值,权重,实际值,得分,全年预算数,全年执行数,执行率,总分
        示范项目,培训人次,≥100人次,50,,40,10,9,90%,
        ,完成时限,12月底前,50,11月底,50,,,,
        """);
    assertThat(r.warnings()).isEmpty();
    SelfEvaluationTable table = r.value().get(0);
    assertThat(table.absentEvaluationCells()).containsExactlyInAnyOrderElementsOf(EnumSet.of(
        SelfEvaluationField.DEVIATION, SelfEvaluationField.INITIAL_BUDGET, SelfEvaluationField.EXECUTION_WEIGHT,
        SelfEvaluationField.EXECUTION_SCORE, SelfEvaluationField.OUTCOME, SelfEvaluationField.GRADE));
    assertThat(table.isAbsent(SelfEvaluationField.TOTAL_SCORE)).isFalse();
    assertThat(table.totalScoreText()).isEmpty();
    assertThat(table.indicators().get(0).actual().isBlank()).isTrue();
    assertThat(table.indicators().get(1).actual().raw()).isEqualTo("11月底");
    assertThat(table.absentCells()).contains(TableField.PROJECT_CODE).doesNotContain(TableField.WEIGHT);
    assertThat(fixture().value().get(0).absentEvaluationCells()).isEmpty();
  }

  @Test
  void readsATwoRowHeaderThatGroupsThePointsAndTheBudgetLine() {
    ReadResult<List<SelfEvaluationTable>> r = read("""
        项目名称,三级指标,指标值,实际完成值,评分,,预算执行情况,,
        ,,,,分值,得分,全年预算数,全年执行数,执行率
        示范项目,培训人次,≥100人次,96人次,50,48,10,9,90%
        """);
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-SHEET-016");
    SelfEvaluationTable table = r.value().get(0);
    assertThat(table.indicators().get(0).scoreText()).contains("48");
    assertThat(table.indicators().get(0).points()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("50"));
    assertThat(table.budgetExecution().executionRateText()).contains("90%");
    assertThat(table.budgetExecution().annualSpendingCell().map(WrittenAmount::text)).contains("9");
  }

  @Test
  void aTargetTableReadStillReportsTheSelfEvaluationColumnsAsUnread() {
    ReadResult<?> r = SheetReader.create().read(SheetCorpus.stream(FIXTURE), "two-tables.csv");
    assertThat(r.warnings()).filteredOn(w -> w.code().equals("JX-SHEET-012"))
        .extracting(w -> w.location().cell().orElseThrow())
        .containsExactly("年初预算数", "调整后预算数", "全年执行数", "执行率", "执行率分值", "执行率得分", "实际完成情况",
            "完成值", "得分", "偏差原因", "总分", "自评等级");
  }

  @Test
  void matchesStarredBracketedAndFullWidthHeaderVariants() {
    ReadResult<List<SelfEvaluationTable>> r = read("""
        *项目名称,三级指标,指标值,（全年实际值）,得 分,未完成原因分析,调整后预算数,全年执行数(B),执行率（B/A）,自评等级
        示范项目,培训人次,≥100人次,96人次,48,报名人数不足,10,9.6,96%,良好
        """);
    assertThat(r.warnings()).isEmpty();
    SelfEvaluationTable table = r.value().get(0);
    assertThat(table.indicators().get(0).actual().raw()).isEqualTo("96人次");
    assertThat(table.indicators().get(0).scoreText()).contains("48");
    assertThat(table.indicators().get(0).deviation()).contains("报名人数不足");
    assertThat(table.budgetExecution().annualBudgetCell().map(WrittenAmount::text)).contains("10");
    assertThat(table.budgetExecution().annualSpendingCell().map(WrittenAmount::text)).contains("9.6");
    assertThat(table.budgetExecution().executionRateText()).contains("96%");
    assertThat(table.gradeText()).contains("良好");
  }

  @Test
  void refusesASheetThatNamesTheScoreColumnTwiceAtTheSecond() {
    ReadException e = catchThrowableOfType(ReadException.class, () -> read("""
        项目名称,三级指标,得分,实际完成值,得分
        示范项目,培训人次,40,96人次,45
        """));
    assertThat(e.problem().code()).isEqualTo("JX-SHEET-011");
    assertThat(e.problem().location().column()).hasValue(5);
  }

  @Test
  void readsAGbkTabSeparatedSheetWithItsAmountsInYuan() {
    // a spreadsheet exports the unit row with the tabs of its empty cells: the first line tells the separator
    String tsv = "单位：元\t\t\t\t\t\t\n项目名称\t三级指标\t指标值\t实际完成值\t全年预算数\t全年执行数\t执行率\n"
        + "示范项目\t培训人次\t≥100人次\t96人次\t80000\t72000\t90%\n";
    ReadResult<List<SelfEvaluationTable>> r = READER.read(
        new java.io.ByteArrayInputStream(tsv.getBytes(java.nio.charset.Charset.forName("GBK"))), "gbk.tsv");
    SelfEvaluationTable table = r.value().get(0);
    assertThat(table.amountUnit()).isEqualTo(AmountUnit.YUAN);
    assertThat(table.budgetExecution().annualSpending().orElseThrow().value()).isEqualByComparingTo("72000");
    assertThat(table.indicators().get(0).actual().raw()).isEqualTo("96人次");
    // the encoding guessed from the bytes and the unit row read as the sheet's money unit
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-SHEET-009", "JX-SHEET-015");
  }
}
