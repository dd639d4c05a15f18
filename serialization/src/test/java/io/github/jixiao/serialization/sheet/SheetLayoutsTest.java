package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indicator sheets as real templates export them: title, unit and 填报单位 rows above the header, a two-row
 * header (merged group cells over detail cells, blank to the right or repeated), notes under the tables, a
 * filled column without a header, a table cut off where the sheet ends. Each is read as such and reported.
 */
class SheetLayoutsTest {
  private static final SheetReader READER = SheetReader.create();

  private static ReadResult<List<ProjectTargetTable>> read(String name) {
    return READER.read(SheetCorpus.stream("layouts/" + name), name);
  }

  private static ReadResult<List<ProjectTargetTable>> read(String csv, String name) {
    return READER.read(new StringReader(csv), name);
  }

  private static List<String> codes(ReadResult<?> r) {
    return r.warnings().stream().map(ReadProblem::code).toList();
  }

  @Test
  void readsATitledSheetWithATwoRowHeaderAsItsSingleHeaderVersion() {
    ReadResult<List<ProjectTargetTable>> single = read("single-header.csv");
    ReadResult<List<ProjectTargetTable>> titled = read("titled-two-row-header.csv");
    assertThat(single.warnings()).isEmpty();
    assertThat(titled.value()).hasSize(2).isEqualTo(single.value());
    ProjectTargetTable first = titled.value().get(0);
    assertThat(first.unit()).contains(BudgetUnit.of("712001", "共青团某县委员会"));
    assertThat(first.amountUnit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(first.spendingPlan().checkpoints()).hasSize(4);
    assertThat(titled.value().get(1).budget().otherFunds().orElseThrow().value()).isEqualByComparingTo("2.00");
  }

  @Test
  void reportsEachRowItRecognisedAsInfoNamingItsPlace() {
    ReadResult<List<ProjectTargetTable>> r = read("titled-two-row-header.csv");
    assertThat(r.warnings()).extracting(ReadProblem::severity).containsOnly(ReadProblem.Severity.INFO);
    assertThat(r.warnings()).extracting(ReadProblem::toString).containsExactly(
        "titled-two-row-header.csv:1: row 1 above the header, «2025年项目支出绩效目标表», is taken as a title; "
            + "it is not read as table cells [JX-SHEET-014]",
        "titled-two-row-header.csv row 3 column A: «填报单位：712001共青团某县委员会» above the header gives 单位名称 "
            + "«712001共青团某县委员会» to every table of the sheet, as a 单位名称 column would [JX-SHEET-015]",
        "titled-two-row-header.csv row 3 column M: «单位：万元» above the header gives 金额单位 «万元» to every "
            + "table of the sheet, as a 金额单位 column would [JX-SHEET-015]",
        "titled-two-row-header.csv:4: rows 4–5 are one header, a group row over a detail row: 预算数/合计 as 预算数, "
            + "预算数/财政资金 as 财政资金, 预算数/其他资金 as 其他资金, 资金支出计划（%）/3月底 as 3月底, "
            + "资金支出计划（%）/6月底 as 6月底, 资金支出计划（%）/9月底 as 9月底, 资金支出计划（%）/12月底 as 12月底 "
            + "[JX-SHEET-016]",
        "titled-two-row-header.csv:13: rows 13–15 are notes («填表说明：1.金额单位为万元；2.资金支出计划填写累计支出比例。»), "
            + "not indicators; not read [JX-SHEET-017]");
  }

  @Test
  void aTwoRowHeaderNoLongerMakesAPhantomTableNorLosesTheSpendingPlan() {
    String header = "项目名称,一级指标,二级指标,三级指标,指标值,资金支出计划（%）,,,,预算数,,\r\n"
        + ",,,,,3月底,6月底,9月底,12月底,合计,财政资金,其他资金\r\n";
    String rows = "2025年特困生救助金,产出指标,数量指标,全县特困生救助人数,100人,30%,60%,90%,100%,5.00,5.00,\r\n"
        + "2025年基层团组织经费,产出指标,时效指标,表彰活动完成时间,2025年12月底前,25%,50%,75%,100%,8.00,6.00,2.00\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(header + rows, "two-rows.csv");
    assertThat(r.value()).extracting(t -> t.projectName().orElse("(phantom)"))
        .containsExactly("2025年特困生救助金", "2025年基层团组织经费");
    assertThat(r.value()).allSatisfy(t -> assertThat(t.spendingPlan().checkpoints()).extracting(c -> c.month())
        .containsExactly(Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER));
    assertThat(r.value().get(0).budget().total().orElseThrow().value()).isEqualByComparingTo("5.00");
    assertThat(codes(r)).containsExactly("JX-SHEET-016");
  }

  @Test
  void readsAGroupRepeatedInEveryCellItCoversAsOneBlankToTheRight() {
    ReadResult<List<ProjectTargetTable>> repeated = read("repeated-two-row-header.csv");
    assertThat(repeated.value()).isEqualTo(read("single-header.csv").value());
    assertThat(codes(repeated)).containsExactly("JX-SHEET-014", "JX-SHEET-015", "JX-SHEET-015", "JX-SHEET-016");
  }

  @Test
  void placesCellsBelowTitleRowsAndATwoRowHeaderOnTheirRealRows() {
    SourceMap map = read("titled-two-row-header.csv").sourceMap().orElseThrow();
    assertThat(map.table(0).orElseThrow()).hasToString("titled-two-row-header.csv rows 6–9");
    assertThat(map.cell(0, TableField.BUDGET).orElseThrow())
        .hasToString("titled-two-row-header.csv row 6 column C (预算数/合计) tables[0].budget");
    assertThat(map.cell(1, TableField.OTHER_FUNDS).orElseThrow())
        .hasToString("titled-two-row-header.csv row 10 column E (预算数/其他资金) tables[1].otherFunds");
    assertThat(map.cell(0, 3, TableField.TARGET).orElseThrow())
        .hasToString("titled-two-row-header.csv row 9 column M (指标值) tables[0].indicators[3].target");
    assertThat(map.cell(1, TableField.AMOUNT_UNIT).orElseThrow())
        .hasToString("titled-two-row-header.csv row 3 column M tables[1].amountUnit");
    assertThat(map.cell(0, TableField.UNIT_CODE).orElseThrow().line()).hasValue(3);
  }

  @Test
  void locatesWorkbookCellsUnderTitleRowsAndATwoRowHeaderByTheirReference() throws Exception {
    List<SheetReader.Row> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SheetCorpus.stream("layouts/titled-two-row-header.csv"), StandardCharsets.UTF_8))) {
      String line;
      for (int n = 1; (line = in.readLine()) != null; n++) {
        rows.add(new SheetReader.Row(n, Arrays.asList(line.split(",", -1))));
      }
    }
    ReadResult<List<ProjectTargetTable>> r = READER.read("targets.xlsx", List.of(new SheetReader.Sheet("Sheet1", rows)));
    assertThat(r.value()).isEqualTo(read("single-header.csv").value());
    SourceMap map = r.sourceMap().orElseThrow();
    assertThat(map.cell(0, TableField.BUDGET).orElseThrow().reference()).contains("Sheet1!C6");
    assertThat(map.cell(1, 1, TableField.TARGET).orElseThrow().reference()).contains("Sheet1!M11");
    assertThat(map.cell(0, TableField.AMOUNT_UNIT).orElseThrow().reference()).contains("Sheet1!M3");
    assertThat(codes(r)).containsExactly("JX-SHEET-014", "JX-SHEET-015", "JX-SHEET-015", "JX-SHEET-016",
        "JX-SHEET-017");
  }

  @Test
  void setsTheAmountUnitFromAUnitRowAndReadsAmountsInIt() {
    String csv = "（金额单位：元）\r\n\r\n项目名称,预算数,三级指标,指标值\r\n特困生救助金,\"50,000.00\",救助人数,100人\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "yuan.csv");
    assertThat(r.value().get(0).amountUnit()).isEqualTo(AmountUnit.YUAN);
    assertThat(r.value().get(0).budget().total().orElseThrow().value()).isEqualByComparingTo("50000");
    assertThat(codes(r)).containsExactly("JX-SHEET-015");
  }

  @Test
  void takesAValueInTheCellAfterItsLabelAndAUnitNameAfter单位() {
    String csv = "填报单位：,712001共青团某县委员会,,年度：2025\r\n项目名称,三级指标,指标值\r\n特困生救助金,救助人数,100人\r\n";
    ProjectTargetTable t = read(csv, "labels.csv").value().get(0);
    assertThat(t.unit()).contains(BudgetUnit.of("712001", "共青团某县委员会"));
    assertThat(t.fiscalYear()).hasValueSatisfying(y -> assertThat(y.getValue()).isEqualTo(2025));
    ProjectTargetTable named = read("单位：共青团某县委员会\r\n项目名称,三级指标,指标值\r\n特困生救助金,救助人数,100人\r\n",
        "unit.csv").value().get(0);
    assertThat(named.unit()).contains(BudgetUnit.ofName("共青团某县委员会"));
    assertThat(named.amountUnit()).isEqualTo(AmountUnit.WAN_YUAN);
  }

  @Test
  void aStrictReadGoesPastInfosButNotWarnings() {
    SheetReader strict = SheetReader.builder().lenient(false).build();
    assertThat(strict.read(SheetCorpus.stream("layouts/titled-two-row-header.csv"), "t.csv").value()).hasSize(2);
    ReadException e = catchThrowableOfType(ReadException.class, () -> strict.read(new StringReader(
        "标题\r\n项目名称,三级指标,,指标值\r\n甲,a,多余,1\r\n"), "s.csv"));
    assertThat(e.problem().code()).isEqualTo("JX-SHEET-024");
  }

  @Test
  void readsNotesUnderTheTablesAsNotesNotIndicators() {
    String csv = "项目名称,一级指标,三级指标,指标值\r\n特困生救助金,产出指标,救助人数,100人\r\n"
        + "注：1.指标值须可衡量,注：1.指标值须可衡量,注：1.指标值须可衡量,注：1.指标值须可衡量\r\n"
        + "2.一级指标按体系填写,,,\r\n（3）满意度以问卷为准,,,\r\n,,,\r\n说明：,,,\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "notes.csv");
    assertThat(r.value()).singleElement().satisfies(t -> assertThat(t.indicators()).hasSize(1));
    assertThat(r.value().get(0).complete()).isTrue();
    assertThat(r.warnings()).extracting(ReadProblem::toString).containsExactly(
        "notes.csv:3: rows 3–7 are notes («注：1.指标值须可衡量»), not indicators; not read [JX-SHEET-017]");
  }

  @Test
  void aSheetWithOnlyNotesUnderItsHeaderHasNoTableAndSaysWhy() {
    ReadResult<List<ProjectTargetTable>> r = read("项目名称,三级指标,指标值\r\n填表说明：每行填写一个指标。,,\r\n", "empty.csv");
    assertThat(r.value()).isEmpty();
    assertThat(codes(r)).containsExactly("JX-SHEET-017");
  }

  @Test
  void aRowOfTableCellsEndsTheNotes() {
    String csv = "项目名称,三级指标,指标值\r\n特困生救助金,救助人数,100人\r\n说明：见附件,,\r\n"
        + "基层团组织经费,1.创建团组织数量,≥22个\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "n.csv");
    assertThat(r.value()).hasSize(2);
    assertThat(r.value().get(1).indicators()).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo("1.创建团组织数量"));
    assertThat(r.warnings()).extracting(ReadProblem::toString)
        .containsExactly("n.csv:3: row 3 is a note («说明：见附件»), not indicators; not read [JX-SHEET-017]");
  }

  @Test
  void aNumberedRowWithoutANoteAboveItIsAnIndicatorRow() {
    String csv = "项目名称,三级指标,指标值\r\n特困生救助金,救助人数,100人\r\n,1.发放及时率,100%\r\n";
    assertThat(read(csv, "n.csv").value().get(0).indicators()).hasSize(2);
  }

  @Test
  void reportsAFilledColumnWithABlankHeaderOnceByItsLetter() {
    StringBuilder csv = new StringBuilder("项目名称,三级指标,,指标值,\r\n");
    for (int i = 1; i <= 12; i++) {
      csv.append("特困生救助金,指标").append(i).append(",备注").append(i).append(",100人,").append(i == 5 ? "x" : "")
          .append("\r\n");
    }
    ReadResult<List<ProjectTargetTable>> r = read(csv.toString(), "blank.csv");
    assertThat(r.value().get(0).indicators()).hasSize(12);
    assertThat(r.warnings()).extracting(ReadProblem::toString).containsExactly(
        "blank.csv row 2 column C: column C has no header; 12 filled cells are not read (the first, «备注1», on row 2) "
            + "[JX-SHEET-024]",
        "blank.csv row 6 column E: column E has no header; 1 filled cell is not read (the first, «x», on row 6) "
            + "[JX-SHEET-024]");
  }

  @Test
  void marksATableCutOffAfterItsTableRowsIncompleteNamingTheRow() {
    String csv = "项目名称,预算数,其中：财政资金,一级指标,三级指标,指标值\r\n"
        + "特困生救助金,5.00,,产出指标,救助人数,100人\r\n"
        + "基层团组织经费,8.00,,,,\r\n"
        + ",,6.00,,,\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "cut.csv");
    assertThat(r.value()).extracting(ProjectTargetTable::complete).containsExactly(true, false);
    assertThat(r.value().get(1).budget().fiscalFunds().orElseThrow().value()).isEqualByComparingTo("6.00");
    assertThat(r.warnings()).extracting(ReadProblem::toString).containsExactly("cut.csv:4: the sheet ends at row 4 "
        + "in table 2, after 2 rows of its table cells and before any indicator row: the table is kept and marked "
        + "incomplete [JX-SHEET-025]");
  }

  @Test
  void marksATableCutOffInsideAnIndicatorBlockIncomplete() {
    String csv = "项目名称,一级指标,二级指标,三级指标,指标值\r\n特困生救助金,产出指标,数量指标,救助人数,100人\r\n"
        + ",效益指标,社会效益指标,,\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "cut.csv");
    assertThat(r.value().get(0).complete()).isFalse();
    assertThat(r.value().get(0).indicators()).hasSize(2);
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-SHEET-025");
      assertThat(w.location().line()).hasValue(3);
      assertThat(w.message()).contains("in table 1, inside its indicator row 2", "neither 三级指标 nor 指标值");
    });
  }

  @Test
  void aLastTableOfOneRowWithoutIndicatorsStaysCompleteAsTheWriterWritesIt() {
    String csv = "项目名称,预算数,三级指标,指标值\r\n特困生救助金,5.00,救助人数,100人\r\n基层团组织经费,8.00,,\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "w.csv");
    assertThat(r.value()).extracting(ProjectTargetTable::complete).containsExactly(true, true);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void theWriterMarksAnIndicatorWithNeitherNameNorTargetSoThatItReadsBackComplete() {
    ProjectTargetTable table = ProjectTargetTable.builder().projectName("特困生救助金")
        .addIndicators(io.github.jixiao.core.Indicator.builder().categoryLabel("效益指标").name("").target("").build())
        .build();
    String written = SheetWriter.create().write(List.of(table));
    assertThat(written).contains(",效益指标,',',");
    ReadResult<List<ProjectTargetTable>> r = read(written, "w.csv");
    assertThat(r.value()).containsExactly(table);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void takesLabelAndValueCellsAboveTheHeaderWithoutColonsAndPrefersTheRowNamingMoreColumns() {
    String csv = "单位名称,712001共青团某县委员会,年度,2025\r\n项目名称,三级指标,指标值\r\n特困生救助金,救助人数,100人\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "pairs.csv");
    ProjectTargetTable t = r.value().get(0);
    assertThat(t.unit()).contains(BudgetUnit.of("712001", "共青团某县委员会"));
    assertThat(t.fiscalYear()).hasValueSatisfying(y -> assertThat(y.getValue()).isEqualTo(2025));
    assertThat(t.indicators()).hasSize(1);
    assertThat(codes(r)).containsExactly("JX-SHEET-015", "JX-SHEET-015");
  }

  @Test
  void namesTheColumnOfABrokenCellByItsLetterWhenTheFirstRowIsATitle() {
    ReadException e = catchThrowableOfType(ReadException.class, () -> read(
        "2025年项目支出绩效目标表,,\r\n项目名称,三级指标,指标值\r\n特困生救助金,\"救助人数,100人\r\n", "q.csv"));
    assertThat(e.problem().toString()).startsWith("q.csv row 3 column B: cell has an unbalanced quote");
  }

  @Test
  void findsTheGroupRowAboveADetailRowThatNamesMoreKnownColumns() {
    String csv = "单位：元,,,,,,\r\n项目,,预算数,,,绩效指标,\r\n项目编码,项目名称,合计,财政资金,其他资金,三级指标,指标值\r\n"
        + "13043425P00437410002E,特困生救助金,50000,40000,10000,救助人数,100人\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "above.csv");
    ProjectTargetTable t = r.value().get(0);
    assertThat(t.amountUnit()).isEqualTo(AmountUnit.YUAN);
    assertThat(t.budget().total().orElseThrow().value()).isEqualByComparingTo("50000");
    assertThat(t.budget().otherFunds().orElseThrow().value()).isEqualByComparingTo("10000");
    assertThat(t.indicators()).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo("救助人数"));
    assertThat(codes(r)).containsExactly("JX-SHEET-015", "JX-SHEET-016");
  }

  @Test
  void aUnitRowRightAboveTheHeaderIsNoGroupRow() {
    String csv = "填报单位：712001共青团某县委员会,,单位：万元\r\n项目名称,三级指标,指标值\r\n特困生救助金,救助人数,100人\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "unit.csv");
    assertThat(codes(r)).containsExactly("JX-SHEET-015", "JX-SHEET-015");
    assertThat(r.sourceMap().orElseThrow().cell(0, 0, TableField.TARGET).orElseThrow())
        .hasToString("unit.csv row 3 column C (指标值) tables[0].indicators[0].target");
  }

  @Test
  void readsTheBudgetPartsUnderAGroupNamedAsAFormNamesThem() {
    String csv = "项目名称,项目资金,,,三级指标,指标值\r\n,年度资金总额,其中：财政拨款,其他资金,,\r\n"
        + "特困生救助金,5.00,4.00,1.00,救助人数,100人\r\n";
    ProjectTargetTable t = read(csv, "form.csv").value().get(0);
    assertThat(t.budget().total().orElseThrow().value()).isEqualByComparingTo("5.00");
    assertThat(t.budget().fiscalFunds().orElseThrow().value()).isEqualByComparingTo("4.00");
    assertThat(t.budget().otherFunds().orElseThrow().value()).isEqualByComparingTo("1.00");
  }

  @Test
  void reportsAnUnknownDetailUnderAGroupByItsCombinedName() {
    String csv = "项目名称,资金支出计划（%）,,三级指标,指标值\r\n,6月底,完成率,,\r\n特困生救助金,50%,40%,救助人数,100人\r\n";
    ReadResult<List<ProjectTargetTable>> r = read(csv, "u.csv");
    assertThat(r.value().get(0).spendingPlan().checkpoints()).hasSize(1);
    assertThat(r.warnings()).extracting(ReadProblem::toString).contains(
        "u.csv row 2 column C (资金支出计划（%）/完成率): unknown column «资金支出计划（%）/完成率»: its cells are not read; "
            + "see docs/formats-sheet-text.md for the known headers [JX-SHEET-012]");
  }

  @Test
  void looksForTheHeaderAmongTheFirstTwentyFilledRowsOnly() {
    String header = "项目名称,三级指标,指标值\r\n甲,救助人数,100人\r\n";
    assertThat(read("标题\r\n\r\n".repeat(19) + header, "19.csv").value()).hasSize(1);
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> read("\r\n标题\r\n".repeat(20) + header, "20.csv"));
    assertThat(e.problem().code()).isEqualTo("JX-SHEET-010");
    assertThat(e.problem().location().line()).hasValue(2);
    assertThat(e.problem().message()).startsWith("not an indicator sheet: none of the first 20 filled rows");
  }

  @Test
  void takesARowNamingOneKnownColumnOnlyWhenNoRowNamesTwo() {
    ReadResult<List<ProjectTargetTable>> r = read("项目名称：特困生救助金\r\n指标值\r\n100人\r\n", "one.csv");
    assertThat(r.value().get(0).indicators()).singleElement()
        .satisfies(i -> assertThat(i.target().raw()).isEqualTo("100人"));
    assertThat(codes(r)).containsExactly("JX-SHEET-014");
  }
}
