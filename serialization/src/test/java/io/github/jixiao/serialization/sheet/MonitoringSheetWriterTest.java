package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.WriteException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monitoring tables written as a sheet in the row layout and read back: every cell as it was written (a
 * progress copying its target, a verdict {@code 完成}, a spending cell {@code 待核实}, blank against absent), the
 * columns every table lacks left out, what no cell can carry refused with its path.
 */
class MonitoringSheetWriterTest {
  private static final String FIXTURE = "monitoring/water-and-school.csv";
  /** The fixture's tables as the writer writes them: no title, 单位 or note rows, one period a table. */
  private static final String WRITTEN = "monitoring/water-and-school-written.csv";
  private static final MonitoringSheetReader READER = MonitoringSheetReader.create();
  private static final MonitoringSheetWriter WRITER = MonitoringSheetWriter.builder().byteOrderMark(false).build();

  private static String text(String name) throws IOException {
    try (InputStream in = SheetCorpus.stream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<MonitoringTable> fixture() {
    return READER.read(SheetCorpus.stream(FIXTURE), "water-and-school.csv").value();
  }

  private static List<MonitoringTable> read(String csv) {
    ReadResult<List<MonitoringTable>> r = READER.read(new StringReader(csv), "written.csv");
    assertThat(r.warnings()).isEmpty();
    return r.value();
  }

  @Test
  void writesTheWaterAndSchoolTablesAsTheirCleanSheetByteForByte() throws IOException {
    String written = text(WRITTEN);
    assertThat(WRITER.write(fixture())).isEqualTo(written);
    assertThat(WRITER.write(read(written))).isEqualTo(written);
  }

  @Test
  void readsBackTheFixtureWithItsDefectsAsWritten() {
    List<MonitoringTable> tables = fixture();
    List<MonitoringTable> back = read(WRITER.write(tables));
    assertThat(back).isEqualTo(tables);
    MonitoringTable water = back.get(0);
    assertThat(water.indicators()).extracting(m -> m.progress().raw()).containsExactly("19处", "", "调查未开展");
    assertThat(water.indicators()).extracting(m -> m.expected().raw()).containsExactly("46处", "≥92%", "完成");
    assertThat(water.executionRateText()).contains("35%");
    assertThat(water.indicators().get(0).correction()).contains("汛后集中开工");
    MonitoringTable school = back.get(1);
    assertThat(school.spendingToDateCell().map(WrittenAmount::text)).contains("待核实");
    assertThat(school.initialBudgetCell()).isEmpty();
    assertThat(school.isAbsent(MonitoringField.INITIAL_BUDGET)).isFalse();
    assertThat(school.periodText()).contains("1-7月");
  }

  @Test
  void leavesOutTheColumnsEveryTableLacksAndKeepsThemAbsent() {
    List<MonitoringTable> tables = fixture();
    assertThat(tables.get(0).isAbsent(MonitoringField.EXPECTED_SPENDING)).isTrue();
    assertThat(WRITER.rows(tables).get(0)).doesNotContain("全年预计执行数", "单位名称", "指标值确定依据")
        .contains("监控期", "执行数", "实际完成值", "全年预计完成值", "纠偏措施");
    List<MonitoringTable> withoutCorrection = tables.stream()
        .map(t -> t.toBuilder().indicators(t.indicators().stream()
                .map(m -> m.toBuilder().correction(Optional.empty()).build()).toList())
            .absentMonitoringCells(EnumSet.of(MonitoringField.CORRECTION, MonitoringField.EXPECTED_SPENDING))
            .build())
        .toList();
    String csv = WRITER.write(withoutCorrection);
    assertThat(csv.lines().findFirst().orElseThrow()).doesNotContain("纠偏措施");
    List<MonitoringTable> back = read(csv);
    assertThat(back).isEqualTo(withoutCorrection);
    assertThat(back.get(0).absentMonitoringCells())
        .containsExactlyInAnyOrder(MonitoringField.CORRECTION, MonitoringField.EXPECTED_SPENDING);
    assertThat(back.get(0).absentCells()).isEqualTo(tables.get(0).absentCells());
  }

  @Test
  void anAbsentColumnThatATableFillsIsWrittenAndReadBack() {
    MonitoringTable t = table().toBuilder().expectedSpendingCell(WrittenAmount.parse("18", AmountUnit.WAN_YUAN))
        .absentMonitoringCells(EnumSet.of(MonitoringField.EXPECTED_SPENDING)).build();
    assertThat(read(WRITER.write(List.of(t)))).containsExactly(t.toBuilder()
        .absentMonitoringCells(EnumSet.noneOf(MonitoringField.class)).build());
  }

  @Test
  void keepsBlankApartFromAbsentAndTextThatLooksLikeAFormula() {
    MonitoringTable t = table().toBuilder()
        .indicators(List.of(
            MonitoredIndicator.builder().indicator(row("产出指标", "数量指标", "培训场次", "≥8场"))
                .progress("").expected("=8场").deviation(" 前后有空格 ").build(),
            MonitoredIndicator.builder().indicator(row("满意度指标", "服务对象满意度指标", "学员满意度", "≥85%"))
                .progress("≥85%").expected("完成").correction("-").build()))
        .periodText("").executionRateText("'40%").spendingToDateCell(WrittenAmount.parse("", AmountUnit.WAN_YUAN))
        .build();
    List<MonitoringTable> back = read(WRITER.write(List.of(t)));
    assertThat(back).containsExactly(t);
    assertThat(back.get(0).periodText()).contains("");
    assertThat(back.get(0).indicators().get(0).expected().raw()).isEqualTo("=8场");
    assertThat(back.get(0).indicators().get(1).correction()).contains("-");
  }

  @Test
  void writesATableWithoutIndicatorsOnARowOfItsOwn() {
    MonitoringTable t = table().toBuilder().indicators(List.of()).build();
    assertThat(WRITER.rows(List.of(t, table().toBuilder().projectCode("P2").build()))).hasSize(1 + 1 + 1);
    assertThat(read(WRITER.write(List.of(t)))).containsExactly(t);
  }

  @Test
  void refusesAnAmountInAnotherMoneyUnitNamingItsPath() {
    MonitoringTable t = table().toBuilder()
        .spendingToDateCell(WrittenAmount.of(Amount.of(new BigDecimal("215000"), AmountUnit.YUAN))).build();
    WriteException e = catchThrowableOfType(() -> WRITER.write(List.of(t)), WriteException.class);
    assertThat(e.path()).isEqualTo("tables[0].spendingToDate");
  }

  @Test
  void refusesAControlCharacterAndATableTheReaderWouldMergeIntoTheOneBefore() {
    MonitoringTable bell = table().toBuilder().indicators(List.of(table().indicators().get(0).toBuilder()
        .deviation("推迟\u0007").build())).build();
    assertThat(catchThrowableOfType(() -> WRITER.write(List.of(bell)), WriteException.class).path())
        .isEqualTo("tables[0].indicators[0].deviation");
    WriteException e = catchThrowableOfType(() -> WRITER.write(List.of(table(), table())), WriteException.class);
    assertThat(e.path()).isEqualTo("tables[1]");
  }

  @Test
  void writesFilesBytesAndCharactersWithAByteOrderMarkAndTabsWhenAsked(@TempDir Path dir) throws IOException {
    MonitoringSheetWriter tsv = MonitoringSheetWriter.builder().tabSeparated().build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tsv.write(List.of(table()), out);
    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("项目编码\t项目名称");
    assertThat(READER.read(new ByteArrayInputStream(bytes), "t.tsv").value()).containsExactly(table());
    Path file = dir.resolve("监控表.csv");
    MonitoringSheetWriter.create().write(List.of(table()), file);
    assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(READER.read(file).value()).containsExactly(table());
    StringWriter chars = new StringWriter();
    WRITER.write(List.of(table()), chars);
    assertThat(chars.toString()).isEqualTo(WRITER.write(List.of(table())));
  }

  @Test
  void readsAWorkbooksSheetsWrittenAsRowsAsOneList() {
    List<MonitoringTable> tables = fixture();
    List<List<String>> rows = WRITER.rows(tables);
    List<SheetReader.Sheet> sheets = List.of(sheet("水利局", rows.subList(0, 4)),
        sheet("实验小学", List.of(rows.get(0), rows.get(4), rows.get(5), rows.get(6))));
    assertThat(sheets).allMatch(MonitoringSheetReader::isMonitoringSheet);
    ReadResult<List<MonitoringTable>> r = READER.read("监控.xlsx", sheets);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.value()).isEqualTo(tables);
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

  /** A Youth League committee's volunteer training, half a year in: spending behind, one row copying its target. */
  private static MonitoringTable table() {
    return MonitoringTable.builder().fiscalYear(2025).projectCode("52082125P000400310027").projectName("青年志愿者培训")
        .addGoals("全年培训青年志愿者400人次").periodText("1-6月")
        .annualBudgetCell(WrittenAmount.parse("36", AmountUnit.WAN_YUAN))
        .spendingToDateCell(WrittenAmount.parse("9.5", AmountUnit.WAN_YUAN)).executionRateText("26.39%")
        .addIndicators(MonitoredIndicator.builder().indicator(row("产出指标", "数量指标", "培训人次", "≥400人次"))
            .progress("≥400人次").expected("400人次").build())
        .build();
  }
}
