package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.evaluation.RandomEvaluationTables;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.sheet.MonitoringSheetReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monitoring tables (绩效运行监控表) written as a workbook in the row layout and read back equal: the Youth League
 * committee's and the water bureau's tables with their defects (a 执行率 contradicting its own spending, a progress
 * copying its target, a verdict {@code 完成}) as written, generated tables, and the form layout refused.
 */
class MonitoringWorkbookWriterTest {
  private static final Path FIXTURE = Path.of("src/test/fixtures/monitoring.csv");
  private static final int RUNS = 60;

  @TempDir
  Path dir;

  private static List<MonitoringTable> fixture() {
    return MonitoringSheetReader.create().read(FIXTURE).value();
  }

  @Test
  void writesTheFixturesTablesAsAWorkbookThatReadsBackEqual() throws IOException {
    List<MonitoringTable> tables = fixture();
    Path file = dir.resolve("监控表.xlsx");
    WorkbookWriter.create().writeMonitoring(tables, file);
    ReadResult<List<MonitoringTable>> back = WorkbookReader.create().readMonitoring(file);
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).isEqualTo(tables);
    MonitoringTable league = back.value().get(0);
    assertThat(league.executionRateText()).contains("45%");
    assertThat(league.indicators()).extracting(m -> m.progress().raw()).containsExactly("11场", "≥90%", "", "完成");
    MonitoringTable water = back.value().get(1);
    assertThat(water.executionRateText()).contains("25.36%");
    assertThat(water.annualBudgetCell().map(WrittenAmount::text)).contains("48.5");
    assertThat(water.indicators().get(1).correction()).contains("抽调乡镇水利站技术人员组成排查组");
  }

  @Test
  void writesEveryCellAsTextOnASheetNamedForMonitoring() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.create().writeMonitoring(fixture(), out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("绩效运行监控表");
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).contains("监控期", "执行数", "实际完成值", "全年预计完成值", "纠偏措施")
          .doesNotContain("年度", "指标值确定依据");
      sheet.forEach(row -> row.forEach(c -> assertThat(c.getCellType()).isEqualTo(CellType.STRING)));
    }
    TableFile read = TableFiles.create().read(new ByteArrayInputStream(out.toByteArray()), "监控表.xlsx");
    assertThat(read.monitoringTables()).isEqualTo(fixture());
  }

  @Test
  void refusesTheFormLayoutForMonitoringBeforeTouchingTheFile() {
    WorkbookWriter form = WorkbookWriter.builder().layout(WorkbookLayout.FORM).build();
    Path file = dir.resolve("form.xlsx");
    IllegalStateException e = catchThrowableOfType(() -> form.writeMonitoring(fixture(), file),
        IllegalStateException.class);
    assertThat(e.getMessage()).contains("row layout only");
    assertThat(Files.exists(file)).isFalse();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(catchThrowableOfType(() -> form.writeMonitoring(fixture(), out), IllegalStateException.class))
        .isNotNull();
    assertThat(out.size()).isZero();
  }

  @Test
  void refusesWhatNoCellCanCarryNamingItsPathBeforeTouchingTheFile() {
    MonitoringTable yuan = fixture().get(0).toBuilder()
        .expectedSpendingCell(WrittenAmount.of(Amount.of(new BigDecimal("580000"), AmountUnit.YUAN))).build();
    Path file = dir.resolve("bad.xlsx");
    WriteException e = catchThrowableOfType(() -> WorkbookWriter.create().writeMonitoring(List.of(yuan), file),
        WriteException.class);
    assertThat(e.path()).isEqualTo("tables[0].expectedSpending");
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void generatedTablesReadBackEqual() {
    WorkbookWriter writer = WorkbookWriter.create();
    WorkbookReader reader = WorkbookReader.create();
    int written = 0;
    for (long seed = 1; seed <= RUNS; seed++) {
      List<MonitoringTable> tables = new ArrayList<>();
      for (int i = 0; i < 1 + seed % 3; i++) {
        MonitoringTable t = RandomEvaluationTables.withSeed(seed * 7 + i, true).monitoring();
        tables.add(inItsOwnUnit(t).toBuilder().projectCode("M" + seed + "-" + i).build());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        writer.writeMonitoring(tables, out);
      } catch (WriteException e) {
        assertThat(e.getMessage()).as("seed %d", seed).containsAnyOf("control character", "surrogate",
            "plain decimal", "negative scale", "among others");
        continue;
      }
      List<MonitoringTable> back =
          reader.readMonitoring(new ByteArrayInputStream(out.toByteArray()), "seed.xlsx").value();
      assertThat(back).as("seed %d", seed).isEqualTo(tables);
      written++;
    }
    assertThat(written).isGreaterThan(RUNS / 2);
  }

  /** The generator puts amounts in 元 into tables in 万元; a sheet holds one money unit a table. */
  private static MonitoringTable inItsOwnUnit(MonitoringTable t) {
    AmountUnit unit = t.amountUnit();
    return t.toBuilder().initialBudgetCell(own(t.initialBudgetCell(), unit))
        .annualBudgetCell(own(t.annualBudgetCell(), unit)).spendingToDateCell(own(t.spendingToDateCell(), unit))
        .expectedSpendingCell(own(t.expectedSpendingCell(), unit)).build();
  }

  private static Optional<WrittenAmount> own(Optional<WrittenAmount> cell, AmountUnit unit) {
    return cell.map(c -> c.amount().filter(a -> c.isDigitsOfAmount() && a.unit() != unit)
        .map(a -> WrittenAmount.of(Amount.of(a.value(), unit))).orElse(c));
  }
}
