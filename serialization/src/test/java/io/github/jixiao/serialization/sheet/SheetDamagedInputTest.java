package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Input that is not an indicator sheet, or is a damaged one, gets one clear error naming the file and place. */
class SheetDamagedInputTest {
  private final SheetReader reader = SheetReader.create();

  private ReadProblem problemOf(String name) {
    return problemOf(() -> reader.read(SheetCorpus.stream(name), name));
  }

  private static ReadProblem problemOf(Runnable read) {
    try {
      read.run();
    } catch (ReadException e) {
      return e.problem();
    }
    throw new AssertionError("expected a ReadException");
  }

  @Test
  void refusesAnEmptyFileNamingIt(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.csv"), SheetCorpus.bytes("empty.csv"));
    ReadProblem p = problemOf(() -> reader.read(empty));
    assertThat(p.code()).isEqualTo("JX-SHEET-003");
    assertThat(p.toString()).startsWith("empty.csv: empty sheet");
  }

  @Test
  void refusesASheetOfBlankLines() {
    assertThat(problemOf(() -> reader.read(new StringReader("\r\n ,\t\r\n\r\n"), "blank.csv")).code())
        .isEqualTo("JX-SHEET-003");
  }

  @Test
  void refusesAHeaderWithNoKnownColumnNamingItsRow() {
    ReadProblem p = problemOf("no-known-column.csv");
    assertThat(p.code()).isEqualTo("JX-SHEET-010");
    assertThat(p.location().line()).hasValue(2);
    assertThat(p.message()).startsWith("not an indicator sheet");
  }

  @Test
  void refusesBinaryData() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, (byte) 0xC8, (byte) 0xFF};
    ReadProblem p = problemOf(() -> reader.read(new ByteArrayInputStream(zip), "book.xlsx"));
    assertThat(p.code()).isEqualTo("JX-SHEET-002");
    assertThat(p.toString()).startsWith("book.xlsx:1:11: not text in a supported encoding: byte 11 (0xC8)");
  }

  @Test
  void reportsAnUnbalancedQuoteAtTheRowAndColumnWhereTheCellOpened() {
    ReadProblem p = problemOf("unbalanced-quote.csv");
    assertThat(p.code()).isEqualTo("JX-SHEET-020");
    assertThat(p.toString()).startsWith("unbalanced-quote.csv row 4 column 指标值: cell has an unbalanced quote");
  }

  @Test
  void reportsAQuoteLeftOpenAtTheEndOfTheFile() {
    ReadProblem p = problemOf(() -> reader.read(new StringReader("项目名称,指标值\r\n甲,\"≥90%\r\n乙,1"), "open.csv"));
    assertThat(p.code()).isEqualTo("JX-SHEET-020");
    assertThat(p.toString()).startsWith("open.csv row 2 column 指标值: cell has an unbalanced quote");
  }

  @Test
  void keepsASheetCutOffInsideARowAndMarksItsLastTableIncomplete() {
    ReadResult<List<ProjectTargetTable>> r = reader.read(SheetCorpus.stream("cut-off.csv"), "cut-off.csv");
    ProjectTargetTable cut = r.value().get(0);
    assertThat(r.value()).hasSize(1);
    assertThat(cut.complete()).isFalse();
    assertThat(cut.indicators()).hasSize(7);
    assertThat(cut.indicators().subList(0, 6)).isEqualTo(SeedTables.weiGrassrootsOrganisations().indicators().subList(0, 6));
    assertThat(cut.indicators().get(6).target().isBlank()).isTrue();
    assertThat(r.warnings()).filteredOn(w -> w.severity() == ReadProblem.Severity.WARNING).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-SHEET-025");
      assertThat(w.location().line()).hasValue(8);
      assertThat(w.message()).contains("row 8", "19 of 20 cells");
    });
  }

  @Test
  void keepsAnAmountThatIsNoNumberAsWrittenAndReadsTheFile() {
    ReadResult<List<ProjectTargetTable>> r = reader.read(SheetCorpus.stream("bad-amount.csv"), "bad-amount.csv");
    ProjectTargetTable t = r.value().get(0);
    assertThat(t.budget().fiscalFundsCell().map(WrittenAmount::text)).contains("五万");
    assertThat(t.budget().fiscalFunds()).isEmpty();
    assertThat(t.budget().total()).contains(Amount.wanYuan("5.00"));
    assertThat(r.value()).hasSize(2);
    assertThat(r.sourceMap().orElseThrow().cell(0, TableField.FISCAL_FUNDS).orElseThrow().toString())
        .startsWith("bad-amount.csv row 2 column G (其中：财政资金)");
  }

  @Test
  void keepsCellsThatNameNoUnitYearPercentageComparisonDirectionOrWeight() {
    String header = "项目名称,金额单位,年度,3月底,三级指标,指标性质,指标方向,权重\r\n";
    ReadResult<List<ProjectTargetTable>> r =
        reader.read(new StringReader(header + "甲,美元,今年,三成,a,正向,≥,十分\r\n"), "s.csv");
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-SHEET-032");
      assertThat(w.toString()).startsWith("s.csv row 2 column B (金额单位)").contains("美元", "万元");
    });
    ProjectTargetTable t = r.value().get(0);
    assertThat(t.amountUnitText()).contains("美元");
    assertThat(t.amountUnit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(t.fiscalYearText()).contains("今年");
    assertThat(t.fiscalYear()).isEmpty();
    assertThat(t.spendingPlan().checkpoints()).singleElement()
        .satisfies(c -> assertThat(c.unparsedText()).contains("三成"));
    Indicator row = t.indicators().get(0);
    assertThat(row.comparisonText()).contains("正向");
    assertThat(row.comparison()).isEmpty();
    assertThat(row.directionText()).contains("≥");
    assertThat(row.direction()).isEmpty();
    assertThat(row.weightText()).contains("十分");
    assertThat(row.weight()).isEmpty();
  }

  /**
   * Amounts that once had to be refused before any number was built from them (they were in the hostile
   * corpus) are now kept as written: the reader builds no number from more than 64 characters, so none of them
   * costs more than its length.
   */
  @ParameterizedTest
  @ValueSource(strings = {"1e999999",
      "9999999999999999999999999999999999999999999999999999999999999999e99999",
      "1234567890123456789012345678901234567890123456789012345678901234.50", "NaN"})
  void keepsAnAmountNoTableHoldsAsWrittenWithoutBuildingANumber(String amount) {
    String sheet = "项目名称,预算数,一级指标,二级指标,三级指标,指标值\r\n特困生救助金," + amount + ",产出指标,数量指标,救助人数,100人\r\n";
    ProjectTargetTable t = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> reader.read(new StringReader(sheet), "amount.csv").value().get(0));
    assertThat(t.budget().totalCell()).hasValueSatisfying(cell -> {
      assertThat(cell.text()).isEqualTo(amount);
      assertThat(cell.amount()).isEmpty();
      assertThat(cell.flaw()).contains(WrittenAmount.Flaw.NOT_AN_AMOUNT);
    });
  }

  @Test
  void tellsAnAbsentColumnFromABlankCell() {
    String header = "项目名称,预算数,其中：财政资金,三级指标,指标值\r\n";
    ProjectTargetTable noColumn = reader.read(new StringReader(header + "甲,5,5,a,1\r\n"), "s.csv").value().get(0);
    assertThat(noColumn.isAbsent(TableField.OTHER_FUNDS)).isTrue();
    assertThat(noColumn.isAbsent(TableField.BASIS)).isTrue();
    assertThat(noColumn.isAbsent(TableField.SPENDING_PLAN)).isTrue();
    assertThat(noColumn.isAbsent(TableField.FISCAL_FUNDS)).isFalse();
    String withColumn = "项目名称,预算数,其中：财政资金,其他资金,三级指标,指标值\r\n甲,5,5,,a,1\r\n";
    ProjectTargetTable blank = reader.read(new StringReader(withColumn), "s.csv").value().get(0);
    assertThat(blank.isAbsent(TableField.OTHER_FUNDS)).isFalse();
    assertThat(blank.budget().otherFundsCell()).isEmpty();
  }

  @Test
  void refusesAColumnGivenTwice() {
    ReadProblem p = problemOf(() -> reader.read(new StringReader("指标值,三级指标,目标值\r\n"), "dup.csv"));
    assertThat(p.code()).isEqualTo("JX-SHEET-011");
    assertThat(p.toString()).startsWith("dup.csv row 1 column C (目标值): column «目标值» repeats column «指标值»");
  }

  @Test
  void reportsACellBeyondTheHeaderAndConflictingTableCells() {
    String sheet = "项目名称,预算数,三级指标\r\n甲,5,a,多余\r\n甲,6,b\r\n";
    ReadResult<List<ProjectTargetTable>> r = reader.read(new StringReader(sheet), "s.csv");
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-SHEET-024", "JX-SHEET-040");
    assertThat(r.warnings().get(0).toString())
        .startsWith("s.csv row 2 column D: column D has no header; 1 filled cell is not read (the first, «多余», on row 2)");
    assertThat(r.warnings().get(1).toString()).startsWith("s.csv row 3 column B (预算数)").contains("«6» differs from «5»");
    assertThat(r.value().get(0).budget().total().orElseThrow().value()).isEqualByComparingTo("5");
  }

  @Test
  void failsInStrictModeOnTheFirstWarning() {
    assertThatThrownBy(() -> SheetReader.builder().lenient(false).build()
        .read(SheetCorpus.stream("bracket-codes-unknown-column.csv"), "b.csv"))
        .isInstanceOf(ReadException.class).hasMessageStartingWith("b.csv row 3 column R (备注): unknown column");
  }

  @Test
  void failsFastWhenALimitIsPassed(@TempDir Path dir) throws Exception {
    Path sheet = Files.write(dir.resolve("wei.csv"), SheetCorpus.bytes("wei-2025-standard-headers.csv"));
    assertThat(problemOf(() -> SheetReader.builder().limits(ReadLimits.builder().maxDocumentLength(100).build()).build().read(sheet)).code()).isEqualTo("JX-SHEET-001");
    assertThat(problemOf(() -> SheetReader.builder().limits(ReadLimits.builder().maxRows(5).build()).build().read(sheet)).toString())
        .startsWith("wei.csv:7: too many rows");
    assertThat(problemOf(() -> SheetReader.builder().limits(ReadLimits.builder().maxColumns(10).build()).build().read(sheet)).code())
        .isEqualTo("JX-SHEET-022");
    assertThat(problemOf(() -> SheetReader.builder().limits(ReadLimits.builder().maxStringLength(20).build()).build().read(sheet)).toString())
        .startsWith("wei.csv row 2 column 单位名称: cell too long");
  }

  @Test
  void callsALargeBinaryFileNotTextRatherThanTooLarge(@TempDir Path dir) throws Exception {
    byte[] png = new byte[4096];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    System.arraycopy(signature, 0, png, 0, signature.length);
    Path image = Files.write(dir.resolve("targets.csv"), png);
    ReadProblem p = problemOf(() -> SheetReader.builder().limits(ReadLimits.builder().maxDocumentLength(1000).build()).build().read(image));
    assertThat(p.code()).isEqualTo("JX-SHEET-002");
    // Not UTF-8; GB18030 decodes the signature's first bytes, and the control character after them is binary.
    assertThat(p.toString()).startsWith("targets.csv:2:1: control character U+001A: expected text, found binary data");
  }

  @Test
  void aLargeSheetCutInsideAChineseCharacterIsStillJustTooLarge() throws Exception {
    // 项 is three bytes in UTF-8: the bytes read up to the limit end inside one, which is not binary data.
    String sheet = "项目名称\n" + "项".repeat(2000) + "\n";
    ReadProblem p = problemOf(() -> SheetReader.builder().limits(ReadLimits.builder().maxDocumentLength(3 * 100 + 1).build()).build()
        .read(new java.io.ByteArrayInputStream(sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "wei.csv"));
    assertThat(p.code()).isEqualTo("JX-SHEET-001");
  }

  @Test
  void namesAFileThatCannotBeRead(@TempDir Path dir) {
    ReadProblem p = problemOf(() -> reader.read(dir.resolve("missing.csv")));
    assertThat(p.code()).isEqualTo("JX-SHEET-004");
    assertThat(p.toString()).isEqualTo("missing.csv: no such file [JX-SHEET-004]");
  }
}
