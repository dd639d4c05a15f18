package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.WriteException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Self-evaluation tables written as a sheet in the row layout and read back: every cell as it was written (a
 * copied {@code ≥95%}, a verdict {@code 完成}, a score {@code 7分}, blank against absent), the columns a table
 * lacks left out.
 */
class SelfEvaluationSheetWriterTest {
  private static final String FIXTURE = "self-evaluation/water-and-school.csv";
  private static final SelfEvaluationSheetReader READER = SelfEvaluationSheetReader.create();
  private static final SelfEvaluationSheetWriter WRITER = SelfEvaluationSheetWriter.builder()
      .byteOrderMark(false).build();

  private static String fixtureText() throws IOException {
    try (InputStream in = SheetCorpus.stream(FIXTURE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<SelfEvaluationTable> read(String csv) {
    ReadResult<List<SelfEvaluationTable>> r = READER.read(new StringReader(csv), "written.csv");
    assertThat(r.warnings()).isEmpty();
    return r.value();
  }

  @Test
  void writesTheWaterBureauAndSchoolSheetBackCellForCell() throws IOException {
    String csv = fixtureText();
    List<SelfEvaluationTable> tables = read(csv);
    assertThat(WRITER.write(tables)).isEqualTo(csv);
  }

  @Test
  void readsBackTheFixtureWithItsDefectsAsWritten() throws IOException {
    List<SelfEvaluationTable> tables = read(fixtureText());
    List<SelfEvaluationTable> back = read(WRITER.write(tables));
    assertThat(back).isEqualTo(tables);
    SelfEvaluationTable water = back.get(0);
    assertThat(water.indicators()).extracting(e -> e.actual().raw())
        .containsExactly("41公里", "≥95%", "完成", "1.1万人", "92%");
    assertThat(water.indicators()).extracting(e -> e.scoreText().orElse("<blank>"))
        .containsExactly("17", "20", "10", "30", "7分");
    assertThat(water.budgetExecution().executionRateText()).contains("95%");
    assertThat(water.totalScoreText()).contains("90");
    SelfEvaluationTable school = back.get(1);
    assertThat(school.budgetExecution().annualSpendingCell()).isEmpty();
    assertThat(school.totalScoreText()).isEmpty();
    assertThat(school.indicators().get(1).deviation()).contains("食堂改造推迟，体检安排在下学期");
    assertThat(school.indicators().get(2).actual().raw()).isEmpty();
  }

  @Test
  void leavesOutTheColumnsEveryTableLacksAndKeepsThemAbsent() throws IOException {
    List<SelfEvaluationTable> tables = read(fixtureText());
    assertThat(tables.get(0).absentCells()).contains(TableField.BASIS, TableField.DESCRIPTION);
    List<String> header = WRITER.rows(tables).get(0);
    assertThat(header).doesNotContain("指标值确定依据", "绩效指标描述", "预算数", "资金用途")
        .contains("分值", "实际完成值", "执行率得分");
    List<SelfEvaluationTable> withoutGrade = tables.stream()
        .map(t -> t.toBuilder().gradeText(Optional.empty())
            .absentEvaluationCells(EnumSet.of(SelfEvaluationField.GRADE, SelfEvaluationField.INITIAL_BUDGET))
            .budgetExecution(t.budgetExecution().toBuilder().initialBudgetCell(Optional.empty()).build())
            .build())
        .toList();
    String csv = WRITER.write(withoutGrade);
    assertThat(csv.lines().findFirst().orElseThrow()).doesNotContain("自评等级", "年初预算数");
    List<SelfEvaluationTable> back = read(csv);
    assertThat(back).isEqualTo(withoutGrade);
    assertThat(back.get(0).absentEvaluationCells())
        .containsExactlyInAnyOrder(SelfEvaluationField.GRADE, SelfEvaluationField.INITIAL_BUDGET);
    assertThat(back.get(0).absentCells()).isEqualTo(tables.get(0).absentCells());
  }

  @Test
  void anAbsentColumnThatATableFillsIsWrittenAndReadBack() {
    SelfEvaluationTable t = table().toBuilder().outcome("全部完成")
        .absentEvaluationCells(EnumSet.of(SelfEvaluationField.OUTCOME)).build();
    List<SelfEvaluationTable> back = read(WRITER.write(List.of(t)));
    assertThat(back).containsExactly(t);
  }

  @Test
  void keepsBlankApartFromAbsentAndTextThatLooksLikeAFormula() {
    SelfEvaluationTable t = table().toBuilder()
        .indicators(List.of(
            EvaluatedIndicator.builder().indicator(row("产出指标", "数量指标", "巡查次数", "≥12次"))
                .actual("").scoreText("").deviation(" 前后有空格 ").build(),
            EvaluatedIndicator.builder().indicator(row("效益指标", "社会效益指标", "河道整洁", "明显改善"))
                .actual("=1+1").scoreText("-3").build(),
            EvaluatedIndicator.builder().indicator(row("", "", "", "")).actual("只有实际值").build()))
        .totalScoreText("").gradeText("'优").build();
    String csv = WRITER.write(List.of(t));
    List<SelfEvaluationTable> back = read(csv);
    assertThat(back).containsExactly(t);
    assertThat(back.get(0).indicators().get(0).scoreText()).contains("");
    assertThat(back.get(0).indicators().get(1).actual().raw()).isEqualTo("=1+1");
  }

  @Test
  void writesATableWithoutIndicatorsOnARowOfItsOwn() {
    SelfEvaluationTable t = table().toBuilder().indicators(List.of()).build();
    List<List<String>> rows = WRITER.rows(List.of(t, table().toBuilder().projectCode("P2").build()));
    assertThat(rows).hasSize(1 + 1 + 1);
    assertThat(read(WRITER.write(List.of(t)))).containsExactly(t);
  }

  @Test
  void refusesAnAmountInAnotherMoneyUnitNamingItsPath() {
    SelfEvaluationTable t = table().toBuilder().budgetExecution(BudgetExecution.builder()
        .annualBudget(Amount.of(new BigDecimal("765000"), AmountUnit.YUAN)).build()).build();
    WriteException e = catchThrowableOfType(() -> WRITER.write(List.of(t)), WriteException.class);
    assertThat(e.path()).isEqualTo("tables[0].budgetExecution.annualBudget");
  }

  @Test
  void refusesATableTheReaderWouldMergeIntoTheOneBefore() {
    WriteException e = catchThrowableOfType(() -> WRITER.write(List.of(table(), table())), WriteException.class);
    assertThat(e.path()).isEqualTo("tables[1]");
  }

  @Test
  void writesBytesWithAByteOrderMarkAndTabsWhenAsked() {
    SelfEvaluationSheetWriter tsv = SelfEvaluationSheetWriter.builder().tabSeparated().build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tsv.write(List.of(table()), out);
    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("项目编码\t项目名称");
    assertThat(READER.read(new ByteArrayInputStream(bytes), "t.tsv").value()).containsExactly(table());
  }

  @Test
  void readsAWorkbooksSheetsWrittenAsRowsAsOneListLocatedOnEachSheet() throws IOException {
    List<SelfEvaluationTable> tables = read(fixtureText());
    List<List<String>> rows = WRITER.rows(tables);
    // the water bureau's rows on one sheet, the school's on another, each under the header row
    List<SheetReader.Sheet> sheets = List.of(sheet("水利局", rows.subList(0, 6)),
        sheet("二中", List.of(rows.get(0), rows.get(6), rows.get(7), rows.get(8))));
    ReadResult<List<SelfEvaluationTable>> r = READER.read("自评.xlsx", sheets);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.value()).isEqualTo(tables);
    assertThat(r.sourceMap().orElseThrow().table(1).orElseThrow().toString()).contains("二中");
  }

  @Test
  void namesTheSelfEvaluationCellOfAHeaderInAnyOfItsVariants() {
    assertThat(SelfEvaluationSheetReader.field("执行率（B/A）")).contains(SelfEvaluationField.EXECUTION_RATE);
    assertThat(SelfEvaluationSheetReader.field("全年实际值")).contains(SelfEvaluationField.ACTUAL);
    assertThat(SelfEvaluationSheetReader.field(" 总 分 ")).contains(SelfEvaluationField.TOTAL_SCORE);
    assertThat(SelfEvaluationSheetReader.field("分值")).isEmpty();   // an indicator's points: its target table's
    assertThat(SelfEvaluationSheetReader.field("指标值")).isEmpty();
  }

  private static SheetReader.Sheet sheet(String name, List<List<String>> rows) {
    List<SheetReader.Row> numbered = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      numbered.add(new SheetReader.Row(i + 1, rows.get(i)));
    }
    return new SheetReader.Sheet(name, numbered);
  }

  private static Indicator row(String category, String subcategory, String name, String target) {
    return Indicator.builder().categoryLabel(category).subcategoryLabel(subcategory).name(name).target(target)
        .build();
  }

  private static SelfEvaluationTable table() {
    return SelfEvaluationTable.builder().fiscalYear(2025).projectCode("13053425P00310020033").projectName("河道保洁")
        .addGoals("保持主要河道整洁").outcome("全年保洁").totalScoreText("95").gradeText("优")
        .budgetExecution(BudgetExecution.builder().initialBudgetCell(WrittenAmount.parse("12.00", AmountUnit.WAN_YUAN))
            .annualBudgetCell(WrittenAmount.parse("约12万", AmountUnit.WAN_YUAN)).executionRateText("100%")
            .weightText("10").scoreText("10").build())
        .addIndicators(EvaluatedIndicator.builder()
            .indicator(Indicator.builder().categoryLabel("产出指标").subcategoryLabel("数量指标").name("保洁河道长度")
                .target("≥30公里").weightText("20").build())
            .actual("≥30公里").scoreText("20").build())
        .build();
  }
}
