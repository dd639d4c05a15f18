package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets in the encodings Excel and WPS save them in, told from their bytes or set on the reader. */
class SheetEncodingsTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String SHEET = "项目名称,一级指标,二级指标,三级指标,指标值\n"
      + "2025年特困生救助金,产出指标,数量指标,全县特困生救助人数,≥100人\n"
      + "2025年特困生救助金,满意度指标,服务对象满意度指标,受助学生满意度,≥90%\n";
  private static final List<ProjectTargetTable> TABLES = SheetReader.create()
      .read(new ByteArrayInputStream(SHEET.getBytes(StandardCharsets.UTF_8)), "utf8.csv").value();

  private final SheetReader reader = SheetReader.create();

  private ReadResult<List<ProjectTargetTable>> read(byte[] bytes) {
    return reader.read(new ByteArrayInputStream(bytes), "targets.csv");
  }

  private static ReadProblem refused(SheetReader reader, byte[] bytes) {
    return catchThrowableOfType(ReadException.class,
        () -> reader.read(new ByteArrayInputStream(bytes), "targets.csv")).problem();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void readsUtf8WithoutAMarkWithoutANote() {
    ReadResult<List<ProjectTargetTable>> r = read(SHEET.getBytes(StandardCharsets.UTF_8));
    assertThat(r.value()).hasSize(1);
    assertThat(r.value().get(0).indicators()).hasSize(2);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void readsGbkAsExcelSavesItAndWarnsThatItGuessedGbk() {
    ReadResult<List<ProjectTargetTable>> r = read(SHEET.getBytes(GBK));
    assertThat(r.value()).isEqualTo(TABLES);
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-SHEET-009");
      assertThat(w.severity()).isEqualTo(ReadProblem.Severity.WARNING);
      assertThat(w.toString()).startsWith("targets.csv:1:1: not UTF-8 (byte 1 (0xCF) on line 1, column 1")
          .contains("read as GBK", "decoded as GB18030", "encoding(Charset)", "--encoding");
      assertThat(w.message(java.util.Locale.CHINESE)).contains("GBK/GB18030");
    });
  }

  @Test
  void namesGb18030WhenTheBytesHoldAFourByteSequence() {
    String sheet = SHEET.replace("受助学生满意度", "受助学生满意度😀");  // four bytes in GB18030, not in GBK
    ReadResult<List<ProjectTargetTable>> r = read(sheet.getBytes(GB18030));
    assertThat(r.value().get(0).indicators().get(1).name()).isEqualTo("受助学生满意度😀");
    assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message())
        .contains("read as GB18030").doesNotContain("GBK"));
  }

  @Test
  void readsTheCommittedGbkSheetAsItsUtf8Original() {
    ReadResult<List<ProjectTargetTable>> r = reader.read(SheetCorpus.stream("wei-2025-gbk.csv"), "wei-gbk.csv");
    assertThat(r.value()).containsExactlyElementsOf(SeedTables.wei2025());
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-SHEET-009");
  }

  @Test
  void leavesOutAUtf8ByteOrderMarkWithANote() {
    byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SHEET.getBytes(StandardCharsets.UTF_8));
    ReadResult<List<ProjectTargetTable>> r = read(marked);
    assertThat(r.value()).isEqualTo(TABLES);
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-SHEET-007");
      assertThat(w.severity()).isEqualTo(ReadProblem.Severity.INFO);
    });
  }

  @Test
  void readsUtf16LittleAndBigEndianByTheirByteOrderMarks() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SHEET.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SHEET.getBytes(StandardCharsets.UTF_16BE));
    for (byte[] bytes : List.of(le, be)) {
      ReadResult<List<ProjectTargetTable>> r = read(bytes);
      assertThat(r.value()).isEqualTo(TABLES);
      assertThat(r.warnings()).singleElement().satisfies(w -> {
        assertThat(w.code()).isEqualTo("JX-SHEET-008");
        assertThat(w.severity()).isEqualTo(ReadProblem.Severity.INFO);
        assertThat(w.message()).contains(bytes == le ? "UTF-16LE" : "UTF-16BE");
      });
    }
  }

  @Test
  void aStrictReaderTakesMarkedAndSetEncodingsButRefusesAGuess() {
    SheetReader strict = SheetReader.builder().lenient(false).build();
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SHEET.getBytes(StandardCharsets.UTF_16LE));
    assertThat(strict.read(new ByteArrayInputStream(le), "le.csv").value()).isEqualTo(TABLES);
    assertThat(refused(strict, SHEET.getBytes(GBK)).code()).isEqualTo("JX-SHEET-009");
    ReadResult<List<ProjectTargetTable>> set = SheetReader.builder().lenient(false).encoding(GBK).build()
        .read(new ByteArrayInputStream(SHEET.getBytes(GBK)), "set.csv");
    assertThat(set.value()).isEqualTo(TABLES);
    assertThat(set.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-SHEET-008");
      assertThat(w.message()).isEqualTo("decoded as GBK, the encoding the reader was set to");
    });
  }

  @Test
  void refusesAFileMixingUtf8AndGbkNamingTheFirstGbkByte() {
    // Excel appended a GBK row to a UTF-8 sheet: read as GB18030, the UTF-8 half could turn into mojibake.
    String gbkRow = "2025年特困生救助金,产出指标,质量指标,救助对象认定准确率,100%\n";
    byte[] mixed = concat(SHEET.getBytes(StandardCharsets.UTF_8), gbkRow.getBytes(GBK));
    ReadProblem p = refused(reader, mixed);
    assertThat(p.code()).isEqualTo("JX-SHEET-002");
    assertThat(p.location().line()).hasValue(4);
    assertThat(p.message()).startsWith("mixed encodings: line 1 is UTF-8 text, but byte "
            + (SHEET.getBytes(StandardCharsets.UTF_8).length + 5) + " (0xC4) on line 4, column 5 is not UTF-8")
        .contains("--encoding");
  }

  @Test
  void refusesBytesInNoSupportedEncodingNamingTheByteInEach() {
    byte[] bytes = SHEET.getBytes(GBK);
    int at = SHEET.indexOf("≥90%");
    int offset = SHEET.substring(0, at).getBytes(GBK).length;
    bytes[offset] = (byte) 0xFF;   // no lead byte in GBK, nor in UTF-8
    ReadProblem p = refused(reader, bytes);
    assertThat(p.code()).isEqualTo("JX-SHEET-002");
    assertThat(p.location().line()).hasValue(3);
    assertThat(p.message()).startsWith("not text in a supported encoding: byte 1 (0xCF) on line 1, column 1 is not"
        + " UTF-8, and byte " + (offset + 1) + " (0xFF) on line 3")
        .contains("is not GB18030 (GBK)", "encoding(Charset)", "--encoding");
  }

  @Test
  void refusesBytesThatAreNotInTheEncodingSet() {
    ReadProblem p = refused(SheetReader.builder().encoding(StandardCharsets.UTF_8).build(), SHEET.getBytes(GBK));
    assertThat(p.code()).isEqualTo("JX-SHEET-002");
    assertThat(p.toString()).startsWith("targets.csv:1:1: not UTF-8 text, the encoding the reader was set to: byte 1"
        + " (0xCF) on line 1, column 1 is not UTF-8; set the encoding the input is in");
  }

  @Test
  void refusesUtf16CutInsideACharacter() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SHEET.getBytes(StandardCharsets.UTF_16LE));
    ReadProblem p = refused(reader, Arrays.copyOf(le, le.length - 1));
    assertThat(p.code()).isEqualTo("JX-SHEET-002");
    assertThat(p.message()).contains("not UTF-16LE text, though it begins with that encoding's byte-order mark",
        "byte " + (le.length - 1), "the input ends inside the character it starts");
  }

  @Test
  void refusesUtf16WithALoneSurrogate() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "项目名称,指标值\n甲,".getBytes(StandardCharsets.UTF_16LE),
        new byte[] {0x00, (byte) 0xD8, 0x41, 0x00, 0x0A, 0x00});
    ReadProblem p = refused(reader, le);
    assertThat(p.code()).isEqualTo("JX-SHEET-002");
    assertThat(p.location().line()).hasValue(2);
    assertThat(p.message()).contains("is not UTF-16LE");
  }

  @Test
  void refusesAGb18030FourByteSequenceCutShort() {
    byte[] bytes = concat(SHEET.getBytes(GB18030), "甲,😀".getBytes(GB18030));
    ReadProblem p = refused(reader, Arrays.copyOf(bytes, bytes.length - 2));
    assertThat(p.code()).isEqualTo("JX-SHEET-002");
    assertThat(p.location().line()).hasValue(4);
    assertThat(p.message()).contains("not GB18030", "the input ends inside the character it starts");
  }

  @Test
  void readsAGbkFileByPathWithTheEncodingSet(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("gbk.csv"), SHEET.getBytes(GBK));
    ReadResult<List<ProjectTargetTable>> r = SheetReader.builder().encoding(GB18030).build().read(file);
    assertThat(r.value()).isEqualTo(TABLES);
    assertThat(r.warnings()).extracting(ReadProblem::toString)
        .containsExactly("gbk.csv:1: decoded as GB18030, the encoding the reader was set to [JX-SHEET-008]");
  }
}
