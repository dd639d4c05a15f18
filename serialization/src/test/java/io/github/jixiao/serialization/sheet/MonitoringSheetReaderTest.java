package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.internal.sheet.CsvRecords;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Monitoring sheets (绩效运行监控表) in the row layout: the target-table columns with the progress to date, the
 * expected year-end value, the deviation and its correction per row and the period, budget, spending to date and
 * execution rate per table, each cell kept as written, defects included, for the validator to judge.
 */
class MonitoringSheetReaderTest {
  private static final MonitoringSheetReader READER = MonitoringSheetReader.create();
  private static final String FIXTURE = "monitoring/water-and-school.csv";

  private static ReadResult<List<MonitoringTable>> fixture() {
    return READER.read(SheetCorpus.stream(FIXTURE), "water-and-school.csv");
  }

  private static ReadResult<List<MonitoringTable>> read(String csv) {
    return READER.read(new StringReader(csv), "inline.csv");
  }

  private static List<String> rows(MonitoringTable table, Function<MonitoredIndicator, Optional<String>> cell) {
    return table.indicators().stream().map(cell).map(o -> o.orElse("<blank>")).toList();
  }

  @Test
  void readsEachIndicatorRowsProgressExpectationDeviationAndCorrectionAsWritten() {
    List<MonitoringTable> tables = fixture().value();
    assertThat(tables).extracting(t -> t.projectCode().orElseThrow())
        .containsExactly("41102425P000700510042", "41102425P000300120008");
    MonitoringTable water = tables.get(0);
    assertThat(water.indicators()).extracting(m -> m.indicator().name())
        .containsExactly("维修养护工程处数", "农村自来水普及率", "受益群众满意度");
    // a blank progress stays blank; a sentence where a value belongs and a verdict are kept for the validator
    assertThat(water.indicators()).extracting(m -> m.progress().raw()).containsExactly("19处", "", "调查未开展");
    assertThat(water.indicators().get(1).progress().isBlank()).isTrue();
    assertThat(water.indicators()).extracting(m -> m.expected().raw()).containsExactly("46处", "≥92%", "完成");
    assertThat(rows(water, MonitoredIndicator::deviation)).containsExactly("汛期施工受限", "<blank>", "<blank>");
    assertThat(rows(water, MonitoredIndicator::correction)).containsExactly("汛后集中开工", "<blank>", "<blank>");
    MonitoringTable school = tables.get(1);
    assertThat(school.indicators()).extracting(m -> m.progress().raw()).containsExactly("1260人", "0起", "");
    assertThat(school.indicators().get(1).indicator().categoryLabel()).contains("产出指标");
  }

  @Test
  void readsThePeriodBudgetSpendingAndRateOfEachTable() {
    List<MonitoringTable> tables = fixture().value();
    MonitoringTable water = tables.get(0);
    assertThat(water.amountUnit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(water.periodText()).contains("1-7月");
    assertThat(water.monitoredThrough()).contains(Month.JULY);
    assertThat(water.initialBudget().orElseThrow().value()).isEqualByComparingTo("200");
    assertThat(water.annualBudget().orElseThrow().value()).isEqualByComparingTo("186.4");
    assertThat(water.spendingToDate().orElseThrow().value()).isEqualByComparingTo("52.19");
    // 35% contradicts its own 52.19 ÷ 186.4 (28%): kept as written for the validator
    assertThat(water.executionRateText()).contains("35%");
    assertThat(water.expectedSpendingCell()).isEmpty();
    MonitoringTable school = tables.get(1);
    assertThat(school.initialBudgetCell()).as("left blank, not absent").isEmpty();
    assertThat(school.isAbsent(MonitoringField.INITIAL_BUDGET)).isFalse();
    assertThat(school.annualBudgetCell().map(WrittenAmount::text)).contains("80");
    // a spending cell that is no amount is kept as written, without a number
    assertThat(school.spendingToDateCell().map(WrittenAmount::text)).contains("待核实");
    assertThat(school.spendingToDate()).isEmpty();
    assertThat(school.executionRateText()).contains("41.5%");
  }

  @Test
  void reportsASecondPeriodOfTheSameTableAtItsCellAndKeepsTheFirst() {
    ReadResult<List<MonitoringTable>> r = fixture();
    assertThat(r.warnings()).extracting(ReadProblem::code)
        .containsExactly("JX-SHEET-014", "JX-SHEET-015", "JX-SHEET-040", "JX-SHEET-017");
    ReadProblem period = r.warnings().get(2);
    SourceLocation at = period.location();
    assertThat(at.line()).hasValue(8);
    assertThat(at.column()).hasValue(3);
    assertThat(at.cell()).contains("监控期");
    assertThat(at.path()).contains("tables[1].period");
    assertThat(period.message()).contains("«1-6月» differs from «1-7月»");
    assertThat(r.value().get(1).periodText()).contains("1-7月");
    ReadException strict = catchThrowableOfType(ReadException.class,
        () -> MonitoringSheetReader.builder().lenient(false).build().read(SheetCorpus.stream(FIXTURE), "x.csv"));
    assertThat(strict.problem().code()).isEqualTo("JX-SHEET-040");
  }

  @Test
  void placesEveryMonitoringCellInTheSourceMap() {
    SourceMap map = fixture().sourceMap().orElseThrow();
    SourceLocation progress = map.cell(0, 0, MonitoringField.PROGRESS).orElseThrow();
    assertThat(progress.line()).hasValue(4);
    assertThat(progress.column()).hasValue(13);
    assertThat(progress.cell()).contains("1-7月执行情况");
    // a blank cell has its place too: the validator reports a missing progress there
    assertThat(map.cell(0, 1, MonitoringField.PROGRESS).orElseThrow().line()).hasValue(5);
    assertThat(map.cell(1, 2, MonitoringField.EXPECTED).orElseThrow().line()).hasValue(9);
    SourceLocation spending = map.cell(1, MonitoringField.SPENDING_TO_DATE).orElseThrow();
    assertThat(spending.line()).hasValue(7);
    assertThat(spending.column()).hasValue(6);
    assertThat(map.cell(1, MonitoringField.PERIOD).orElseThrow().line()).as("the first period counts").hasValue(7);
    assertThat(map.cell(0, MonitoringField.EXPECTED_SPENDING)).isEmpty();
    assertThat(map.cell(0, MonitoringField.INITIAL_BUDGET).orElseThrow().cell()).contains("年初预算数");
    assertThat(map.cell(1, 0, TableField.TARGET).orElseThrow().line()).hasValue(7);
  }

  /** The fixture's rows as a workbook reader hands them over: cell texts by row number, on a named sheet. */
  private static SheetReader.Sheet asWorkbookSheet(String name) throws IOException {
    String text;
    try (var in = SheetCorpus.stream(FIXTURE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<SheetReader.Row> rows = CsvRecords.split(text, ',', "book.xlsx", ReadLimits.defaults()).stream()
        .map(r -> new SheetReader.Row(r.number(), r.cells())).toList();
    return new SheetReader.Sheet(name, rows);
  }

  @Test
  void readsAWorkbooksSheetsIntoTheTablesOfTheSameCsvWithCellsPlacedOnTheSheet() throws IOException {
    ReadResult<List<MonitoringTable>> book = READER.read("监控表.xlsx", List.of(asWorkbookSheet("监控")));
    assertThat(book.value()).isEqualTo(fixture().value());
    assertThat(book.warnings()).extracting(ReadProblem::code)
        .containsExactly("JX-SHEET-014", "JX-SHEET-015", "JX-SHEET-040", "JX-SHEET-017");
    SourceMap map = book.sourceMap().orElseThrow();
    SourceLocation progress = map.cell(0, 0, MonitoringField.PROGRESS).orElseThrow();
    assertThat(progress.reference()).contains("监控!M4");
    assertThat(progress.toString()).contains("监控表.xlsx", "(1-7月执行情况)", "tables[0].indicators[0].progress");
    assertThat(map.cell(1, MonitoringField.SPENDING_TO_DATE).orElseThrow().reference()).contains("监控!F7");
    assertThat(book.warnings().get(2).location().reference()).contains("监控!C8");
  }

  @Test
  void aStrictWorkbookReadFailsOnTheFirstWarningOfItsSheets() throws IOException {
    List<SheetReader.Sheet> sheets = List.of(asWorkbookSheet("监控"));
    ReadException strict = catchThrowableOfType(ReadException.class,
        () -> MonitoringSheetReader.builder().lenient(false).build().read("监控表.xlsx", sheets));
    assertThat(strict.problem().code()).isEqualTo("JX-SHEET-040");
  }

  @Test
  void tellsAMonitoringSheetByItsHeaderNotByColumnsItSharesWithASelfEvaluation() throws IOException {
    assertThat(MonitoringSheetReader.isMonitoringSheet(asWorkbookSheet("监控"))).isTrue();
    SheetReader.Sheet selfEvaluation = new SheetReader.Sheet("自评", List.of(
        new SheetReader.Row(1, List.of("项目名称", "三级指标", "指标值", "实际完成值", "得分")),
        new SheetReader.Row(2, List.of("校舍维修", "维修面积", "≥800平方米", "820平方米", "10")),
        new SheetReader.Row(3, List.of("", "", "", "", "")),
        new SheetReader.Row(4, List.of("", "完成时限", "11月底前", "纠偏措施", "5"))));
    assertThat(MonitoringSheetReader.isMonitoringSheet(selfEvaluation))
        .as("a data row past the header's second row decides nothing").isFalse();
    SheetReader.Sheet twoRowHeader = new SheetReader.Sheet("监控", List.of(
        new SheetReader.Row(3, List.of("项目名称", "三级指标", "指标值", "绩效指标完成情况", "")),
        new SheetReader.Row(5, List.of("", "", "", "1-6月完成情况", "全年预计完成值"))));
    assertThat(MonitoringSheetReader.isMonitoringSheet(twoRowHeader)).isTrue();
  }

  @Test
  void recordsTheColumnsASheetLacksAsAbsentAndBlankCellsAsBlank() {
    ReadResult<List<MonitoringTable>> r = read("""
        项目名称,三级指标,指标值,实际完成值,全年预算数,执行数,纠偏措施
        水毁修复,修复堤段长度,≥3公里,,50,,
        ,完成时限,10月底前,未开工,,,雨季后开工
        """);
    assertThat(r.warnings()).isEmpty();
    MonitoringTable table = r.value().get(0);
    assertThat(table.absentMonitoringCells()).containsExactlyInAnyOrderElementsOf(EnumSet.of(
        MonitoringField.PERIOD, MonitoringField.INITIAL_BUDGET, MonitoringField.EXECUTION_RATE,
        MonitoringField.EXPECTED_SPENDING,
        MonitoringField.EXPECTED, MonitoringField.DEVIATION));
    assertThat(table.isAbsent(MonitoringField.SPENDING_TO_DATE)).isFalse();
    assertThat(table.spendingToDateCell()).isEmpty();
    assertThat(table.indicators().get(0).progress().isBlank()).isTrue();
    assertThat(table.indicators().get(1).progress().raw()).isEqualTo("未开工");
    assertThat(table.indicators().get(1).correction()).contains("雨季后开工");
    assertThat(table.absentCells()).contains(TableField.PROJECT_CODE).doesNotContain(TableField.TARGET);
    assertThat(fixture().value().get(0).absentMonitoringCells()).containsExactly(MonitoringField.EXPECTED_SPENDING);
  }

  @Test
  void readsATwoRowHeaderThatGroupsTheBudgetLineAndTheProgress() {
    ReadResult<List<MonitoringTable>> r = read("""
        项目名称,三级指标,指标值,绩效指标完成情况,,预算执行情况,,
        ,,,1-7月实际完成值,全年预计完成值,全年预算数,1—7月执行数,执行率
        乡镇文化站免费开放,开放天数,≥250天,146天,250天,12,6.6,55%
        """);
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-SHEET-016");
    MonitoringTable table = r.value().get(0);
    assertThat(table.indicators().get(0).progress().raw()).isEqualTo("146天");
    assertThat(table.indicators().get(0).expected().raw()).isEqualTo("250天");
    assertThat(table.annualBudgetCell().map(WrittenAmount::text)).contains("12");
    assertThat(table.spendingToDateCell().map(WrittenAmount::text)).contains("6.6");
    assertThat(table.executionRateText()).contains("55%");
  }

  @Test
  void matchesFullWidthBracketedAndMonthRangeHeaderVariants() {
    ReadResult<List<MonitoringTable>> r = read("""
        *项目名称,三级指标,指标值,监控时段,调整后预算数,执行数（B）,执行率（B/A）,预计全年执行数,１－６月完成情况,预计完成值,偏差原因,拟采取的纠偏措施
        文化下乡,演出场次,≥40场,1-6月,30,12.5,41.67%,29,18场,40场,天气影响,下半年加密
        """);
    assertThat(r.warnings()).isEmpty();
    MonitoringTable table = r.value().get(0);
    assertThat(table.absentMonitoringCells()).containsExactly(MonitoringField.INITIAL_BUDGET);
    assertThat(table.periodText()).contains("1-6月");
    assertThat(table.expectedSpending().orElseThrow().value()).isEqualByComparingTo("29");
    MonitoredIndicator row = table.indicators().get(0);
    assertThat(row.progress().raw()).isEqualTo("18场");
    assertThat(row.expected().raw()).isEqualTo("40场");
    assertThat(row.deviation()).contains("天气影响");
    assertThat(row.correction()).contains("下半年加密");
  }

  @Test
  void targetAndSelfEvaluationReadsStillReportTheMonitoringColumnsAsUnread() {
    ReadResult<?> target = SheetReader.create().read(SheetCorpus.stream(FIXTURE), "water-and-school.csv");
    assertThat(target.warnings()).filteredOn(w -> w.code().equals("JX-SHEET-012"))
        .extracting(w -> w.location().cell().orElseThrow())
        .containsExactly("监控期", "年初预算数", "全年预算数", "1-7月执行数", "执行率", "1-7月执行情况", "全年预计完成情况",
            "偏差原因分析", "纠偏措施");
    ReadResult<?> self = SelfEvaluationSheetReader.create().read(SheetCorpus.stream(FIXTURE), "water-and-school.csv");
    assertThat(self.warnings()).filteredOn(w -> w.code().equals("JX-SHEET-012"))
        .extracting(w -> w.location().cell().orElseThrow())
        .contains("监控期", "1-7月执行数", "1-7月执行情况", "纠偏措施").doesNotContain("全年预算数", "执行率");
  }

  @Test
  void theTablesReadGoThroughJsonUnchanged() {
    JsonCodec json = JsonCodec.builder().lenient(false).build();
    for (MonitoringTable t : fixture().value()) {
      MonitoringTable back = json.readMonitoring(json.write(t)).value();
      assertThat(back).isEqualTo(t);
      assertThat(back.absentMonitoringCells()).isEqualTo(t.absentMonitoringCells());
    }
  }

  @Test
  void readsAGbkTabSeparatedSheetWithItsAmountsInYuanAndAStrayCellReported() {
    String tsv = "单位：元\t\t\t\t\t\t\n监控期\t项目名称\t三级指标\t指标值\t1-7月执行情况\t全年预算数\t1-7月执行数\n"
        + "1-7月\t校园安保补助\t保安配备人数\t≥24人\t24人\t360000\t198000\t备注：已付两季度\n";
    ReadResult<List<MonitoringTable>> r = READER.read(
        new java.io.ByteArrayInputStream(tsv.getBytes(java.nio.charset.Charset.forName("GBK"))), "gbk.tsv");
    MonitoringTable table = r.value().get(0);
    assertThat(table.amountUnit()).isEqualTo(AmountUnit.YUAN);
    assertThat(table.spendingToDate().orElseThrow().value()).isEqualByComparingTo("198000");
    assertThat(table.indicators().get(0).progress().raw()).isEqualTo("24人");
    // the encoding guessed, the unit row read as the money unit, and the cell beyond the header not dropped silently
    assertThat(r.warnings()).extracting(ReadProblem::code)
        .containsExactly("JX-SHEET-009", "JX-SHEET-015", "JX-SHEET-024");
  }

  @Test
  void refusesASheetThatNamesTheProgressColumnTwiceAtTheSecond() {
    ReadException e = catchThrowableOfType(ReadException.class, () -> read("""
        项目名称,三级指标,实际完成值,指标值,1-7月执行情况
        示范项目,培训人次,40人次,≥100人次,45人次
        """));
    assertThat(e.problem().code()).isEqualTo("JX-SHEET-011");
    assertThat(e.problem().location().column()).hasValue(5);
  }
}
