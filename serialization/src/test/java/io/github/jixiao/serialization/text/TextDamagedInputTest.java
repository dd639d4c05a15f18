package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that is not a published document gets one clear error naming the file and the place. */
class TextDamagedInputTest {
  private final TextDocumentReader reader = TextDocumentReader.create();

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
    Path empty = Files.write(dir.resolve("empty.txt"), TextCorpus.bytes("empty.txt"));
    ReadProblem p = problemOf(() -> reader.read(empty));
    assertThat(p.code()).isEqualTo("JX-TEXT-003");
    assertThat(p.toString()).startsWith("empty.txt: empty document");
  }

  @Test
  void refusesBinaryDataNamingTheLine() {
    // Not UTF-8, but GB18030 decodes the signature's first bytes: the control character after them is binary.
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    ReadProblem p = problemOf(() -> reader.read(new ByteArrayInputStream(png), "logo.txt"));
    assertThat(p.code()).isEqualTo("JX-TEXT-002");
    assertThat(p.location().line()).hasValue(2);
    assertThat(p.message()).isEqualTo("control character U+001A: expected text, found binary data");
  }

  @Test
  void refusesControlCharactersAsBinaryData() {
    ReadProblem p = problemOf(() -> reader.read(new StringReader("第一部分\n\u0000\u0001"), "nul.txt"));
    assertThat(p.code()).isEqualTo("JX-TEXT-002");
    assertThat(p.toString()).startsWith("nul.txt:2:1");
  }

  @Test
  void refusesBytesInNoSupportedEncodingNamingTheLineOfTheFirstBadByte() {
    byte[] gbk = "第一部分\n预算\u0000".getBytes(java.nio.charset.Charset.forName("GBK"));
    gbk[gbk.length - 1] = (byte) 0xFF;   // in neither GBK nor UTF-8
    ReadProblem p = problemOf(() -> reader.read(new ByteArrayInputStream(gbk), "gbk.txt"));
    assertThat(p.code()).isEqualTo("JX-TEXT-002");
    assertThat(p.location().line()).hasValue(2);
    assertThat(p.message()).contains("byte " + gbk.length + " (0xFF) on line 2, column 3 is not GB18030");
  }

  @Test
  void refusesProseThatIsNoTargetDocument() {
    ReadProblem p = problemOf(() -> reader.read(TextCorpus.stream("not-a-document.txt"), "minutes.txt"));
    assertThat(p.code()).isEqualTo("JX-TEXT-010");
    assertThat(p.toString()).startsWith("minutes.txt:1: not a published performance-target document");
  }

  @Test
  void refusesAFileLargerThanTheLimitNamingTheLineWhereItPassedIt(@TempDir Path dir) throws Exception {
    Path big = Files.write(dir.resolve("big.txt"), TextCorpus.bytes("wei-2025-layout.txt"));
    ReadProblem p = problemOf(() -> TextDocumentReader.builder().limits(ReadLimits.builder().maxDocumentLength(1000).build()).build().read(big));
    assertThat(p.code()).isEqualTo("JX-TEXT-001");
    assertThat(p.toString()).startsWith("big.txt:28: input too large: more than 1000 bytes");
  }

  @Test
  void callsALargeFileOfControlBytesNotTextRatherThanTooLarge(@TempDir Path dir) throws Exception {
    byte[] bytes = "第一部分\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path archive = Files.write(dir.resolve("wei.txt"), java.util.Arrays.copyOf(bytes, 5000));  // then NULs
    ReadProblem p = problemOf(() -> TextDocumentReader.builder().limits(ReadLimits.builder().maxDocumentLength(1000).build()).build().read(archive));
    assertThat(p.code()).isEqualTo("JX-TEXT-002");
    assertThat(p.toString()).startsWith("wei.txt:2:1: control character U+0000");
  }

  @Test
  void refusesALineLongerThanTheLimit() {
    String text = "第一部分\n" + "长".repeat(50);
    ReadProblem p = problemOf(() -> TextDocumentReader.builder().limits(ReadLimits.builder().maxStringLength(40).build()).build()
        .read(new StringReader(text), "long.txt"));
    assertThat(p.code()).isEqualTo("JX-TEXT-005");
    assertThat(p.location().line()).hasValue(2);
  }

  @Test
  void refusesMoreLinesThanTheLimit() {
    ReadProblem p = problemOf(() -> TextDocumentReader.builder().limits(ReadLimits.builder().maxLines(100).build()).build()
        .read(TextCorpus.stream("wei-2025-layout.txt"), "wei.txt"));
    assertThat(p.code()).isEqualTo("JX-TEXT-006");
    assertThat(p.location().line()).hasValue(101);
  }

  @Test
  void countsLineEndsAsTheLinesAreSplitLfCrLfOrALoneCr() {
    TextDocumentReader three = TextDocumentReader.builder().limits(ReadLimits.builder().maxLines(3).build()).build();
    for (String fits : new String[] {"a\nb\nc\n", "a\r\nb\r\nc\r\n", "a\rb\rc", "a\nb\nc"}) {
      assertThat(problemOf(() -> three.read(new StringReader(fits), "fits.txt")).code()).as(fits)
          .isNotEqualTo("JX-TEXT-006");
    }
    for (String over : new String[] {"a\nb\nc\nd", "a\r\nb\r\nc\r\nd\r\n", "a\rb\rc\rd", "\n\n\n\n"}) {
      ReadProblem p = problemOf(() -> three.read(new StringReader(over), "over.txt"));
      assertThat(p.code()).as(over).isEqualTo("JX-TEXT-006");
      assertThat(p.location().line()).as(over).hasValue(4);
    }
  }

  @Test
  void keepsAnAmountThatIsNoNumberAndLocatesItsLine() {
    String text = TextCorpus.text("wei-2025-layout.txt").replaceFirst("\t5\\.00\n", "\t五万元\n");
    ReadResult<PerformanceTargetDocument> r = reader.read(new StringReader(text), "wei.txt");
    ProjectTargetTable t = r.value().tables().get(0);
    assertThat(t.budget().totalCell().map(WrittenAmount::text)).contains("五万元");
    assertThat(t.budget().total()).isEmpty();
    int line = r.sourceMap().orElseThrow().cell(0, TableField.BUDGET).orElseThrow().line().getAsInt();
    assertThat(text.split("\n")[line - 1]).isEqualTo("\t五万元");
  }

  @Test
  void keepsAPercentageAndAMoneyUnitThatAreNoneAndTellsAbsentRows() {
    String text = TextCorpus.text("wei-2025-layout.txt").replaceFirst("\t30%\n", "\t三成\n")
        .replaceFirst("单位：万元", "单位：千元");
    ReadResult<PerformanceTargetDocument> r = reader.read(new StringReader(text), "wei.txt");
    assertThat(r.warnings()).extracting(ReadProblem::code).contains("JX-TEXT-032");
    ProjectTargetTable t = r.value().tables().get(0);
    assertThat(t.spendingPlan().checkpoints().get(0).unparsedText()).contains("三成");
    assertThat(t.amountUnitText()).contains("单位：千元");
    assertThat(t.isAbsent(TableField.SPENDING_PLAN)).isFalse();
    assertThat(t.isAbsent(TableField.OTHER_FUNDS)).isFalse();
    assertThat(t.isAbsent(TableField.WEIGHT)).isTrue();
  }

  @Test
  void failsInStrictModeOnTheCutOffWarning() {
    assertThatThrownBy(() -> TextDocumentReader.builder().lenient(false).build()
        .read(TextCorpus.stream("dingzhou-2021-layout.txt"), "dz.txt"))
        .isInstanceOf(ReadException.class).hasMessageContaining("JX-TEXT-020").hasMessageStartingWith("dz.txt:387");
  }

  @Test
  void reportsTextOutsideAnyTableInsteadOfDroppingIt() {
    String text = TextCorpus.text("wei-2025-layout.txt") + "\n附件：联系人名单\n";
    var r = reader.read(new StringReader(text), "wei.txt");
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-023");
      assertThat(w.message()).contains("附件：联系人名单");
    });
    assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void reportsATableThatEndsBeforeItsIndicatorRowsWhenAnotherTableFollows() {
    String text = "1.甲项目绩效目标表\n\t项目编码\n\t13043425P00000000001A\n\n"
        + TextCorpus.text("tables-only-quoted-field-code.txt");
    var r = reader.read(new StringReader(text), "two.txt");
    assertThat(r.value().tables()).hasSize(2);
    assertThat(r.value().tables().get(0).complete()).isTrue();
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-025");
      assertThat(w.toString()).startsWith("two.txt:3: table 1 (lines 1–3) ends before its indicator rows");
    });
  }

  @Test
  void readsALineFullOfFieldCodeLookalikesInLinearTime() {
    String hostile = "说明" + " TC x".repeat(15_000) + " \\ 完";
    var r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> reader.read(new StringReader("一、总体绩效目标\n" + hostile + "\n"), "tc.txt"));
    assertThat(r.value().overview().overallGoals().introduction()).contains(hostile);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void removesAFieldCodeWhoseQuotedTitleHoldsTcItself() {
    String text = "一、总体绩效目标 TC \"含 TC 的标题\" \\f A \\l 1\n1.甲。\n";
    var r = reader.read(new StringReader(text), "tc.txt");
    assertThat(r.value().overview().overallGoals().statements()).extracting(s -> s.text()).containsExactly("甲。");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void readsACellOrAStatementWrappedOntoManyLinesInLinearTime() {
    String cell = "表\n\t项目名称\n\t甲" + "\n乙".repeat(200_000) + "\n";
    String statement = "一、总体绩效目标\n1.甲" + "\n乙".repeat(200_000) + "\n";
    // A guard against a quadratic join, not a speed test: joining 200,000 lines quadratically takes minutes,
    // linearly well under a second; the bound is wide so that a machine busy with other builds passes.
    var table = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> reader.read(new StringReader(cell), "cell.txt"));
    assertThat(table.value().tables().get(0).projectName().orElseThrow()).hasSize(1 + 2 * 200_000);
    var part1 = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> reader.read(new StringReader(statement), "statement.txt"));
    assertThat(part1.value().overview().overallGoals().statements().get(0).text()).hasSize(1 + 2 * 200_000);
  }
}
