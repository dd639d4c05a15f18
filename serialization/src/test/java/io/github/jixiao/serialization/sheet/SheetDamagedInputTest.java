package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    assertThat(p.toString()).startsWith("book.xlsx:1: ");
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
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-SHEET-025");
      assertThat(w.location().line()).hasValue(8);
      assertThat(w.message()).contains("row 8", "19 of 20 cells");
    });
  }

  @Test
  void refusesAnAmountThatIsNoNumberNamingRowAndColumn() {
    ReadProblem p = problemOf("bad-amount.csv");
    assertThat(p.code()).isEqualTo("JX-SHEET-030");
    assertThat(p.toString()).startsWith("bad-amount.csv row 2 column G (其中：财政资金) tables[0].fiscalFunds: expected an amount")
        .contains("五万");
  }

  @Test
  void refusesCellsTheModelCannotHoldNamingRowAndColumn() {
    String header = "项目名称,金额单位,年度,3月底,三级指标,指标性质,指标方向,权重\r\n";
    assertThat(problemOf(() -> reader.read(new StringReader(header + "甲,美元,2025,,a,,,\r\n"), "s.csv")).toString())
        .startsWith("s.csv row 2 column B (金额单位)").contains("JX-SHEET-032");
    assertThat(problemOf(() -> reader.read(new StringReader(header + "甲,元,今年,,a,,,\r\n"), "s.csv")).code())
        .isEqualTo("JX-SHEET-033");
    assertThat(problemOf(() -> reader.read(new StringReader(header + "甲,元,2025,三成,a,,,\r\n"), "s.csv")).toString())
        .startsWith("s.csv row 2 column D (3月底)").contains("JX-SHEET-031");
    assertThat(problemOf(() -> reader.read(new StringReader(header + "甲,元,2025,,a,大约,,\r\n"), "s.csv")).code())
        .isEqualTo("JX-SHEET-034");
    assertThat(problemOf(() -> reader.read(new StringReader(header + "甲,元,2025,,a,,向上,\r\n"), "s.csv")).code())
        .isEqualTo("JX-SHEET-035");
    assertThat(problemOf(() -> reader.read(new StringReader(header + "甲,元,2025,,a,,,十分\r\n"), "s.csv")).toString())
        .startsWith("s.csv row 2 column H (权重)").contains("JX-SHEET-030");
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
    assertThat(p.toString()).startsWith("targets.csv:1: not UTF-8 text: byte 1 (0x89)");
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
