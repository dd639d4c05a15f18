package io.github.jixiao.serialization.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The front door on inputs in the encodings Excel, WPS and other tools write, each read once, as from a pipe
 * with no name to go by.
 */
class TableFilesEncodingsTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final TableFiles FILES = TableFiles.create();
  private static final ProjectTargetTable GRANTS = SeedTables.weiHardshipGrants();

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TableFilesEncodingsTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** The table as XML in GBK, declared so: the codec writes UTF-8, so its text is re-encoded. */
  private static byte[] gbkXml(ProjectTargetTable table) {
    String xml = XmlCodec.create().write(table);
    return xml.replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\" encoding=\"GBK\"?>").getBytes(GBK);
  }

  @Test
  void tellsAGbkSheetFromItsContentAndReadsItWithAWarning() throws IOException {
    TableFile read = FILES.read(new OnceStream(resource("/sheet/wei-2025-gbk.csv")), "-");
    assertThat(read.format()).isEqualTo("sheet");
    assertThat(read.tables()).containsExactlyElementsOf(SeedTables.wei2025());
    assertThat(read.warnings()).extracting(ReadProblem::code).containsExactly("JX-SHEET-009");
  }

  @Test
  void readsAGbkPublishedTextAndAUtf16OneFromAPipe() throws IOException {
    TableFile gbk = FILES.read(new OnceStream(resource("/text/wei-2025-gbk.txt")), "-");
    TableFile utf16 = FILES.read(new OnceStream(resource("/text/wei-2025-utf16le-bom.txt")), "-");
    for (TableFile read : List.of(gbk, utf16)) {
      assertThat(read.format()).isEqualTo("text");
      assertThat(read.tables()).containsExactlyElementsOf(SeedTables.wei2025());
    }
    assertThat(gbk.warnings()).extracting(ReadProblem::code).containsExactly("JX-TEXT-009");
    assertThat(utf16.warnings()).extracting(ReadProblem::toString)
        .containsExactly("-:1: decoded as UTF-16LE, the encoding its byte-order mark names (the mark is not part of"
            + " the text) [JX-TEXT-008]");
  }

  @Test
  void readsUtf16JsonWithAByteOrderMarkByItsContent() {
    String json = JsonCodec.create().write(GRANTS);
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, json.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, json.getBytes(StandardCharsets.UTF_16BE));
    for (byte[] bytes : List.of(le, be)) {
      TableFile read = FILES.read(new OnceStream(bytes), "-");
      assertThat(read.format()).isEqualTo("json");
      assertThat(read.tables()).containsExactly(GRANTS);
    }
  }

  @Test
  void readsGbkXmlThatDeclaresItsEncoding() {
    TableFile read = FILES.read(new OnceStream(gbkXml(GRANTS)), "-");
    assertThat(read.format()).isEqualTo("xml");
    assertThat(read.tables()).containsExactly(GRANTS);
    assertThat(read.warnings()).extracting(ReadProblem::toString)
        .containsExactly("-:1: decoded as GBK, the encoding its XML declaration names [JX-XML-012]");
  }

  @Test
  void refusesADeclaredGbkXmlWithAByteNotInGbkNamingItsPlace() {
    byte[] bytes = gbkXml(GRANTS);
    String text = new String(bytes, GBK);
    int line = text.indexOf("<projectName>");
    int at = text.substring(0, line + "<projectName>".length()).getBytes(GBK).length;
    bytes[at] = (byte) 0xFF;
    ReadProblem p = catchThrowableOfType(ReadException.class, () -> FILES.read(new OnceStream(bytes), "-")).problem();
    assertThat(p.code()).isEqualTo("JX-XML-001");
    assertThat(p.location().line()).isPresent();
    assertThat(p.message()).startsWith("not GBK text, the encoding its XML declaration names: byte " + (at + 1)
        + " (0xFF)");
  }

  @Test
  void theEncodingSetOnTheFrontDoorReadsEveryFormat() {
    TableFiles gbk = TableFiles.builder().encoding(GBK).build();
    String sheet = "项目名称,一级指标,二级指标,三级指标,指标值\n2025年特困生救助金,产出指标,数量指标,全县特困生救助人数,100人\n";
    TableFile csv = gbk.read(new OnceStream(sheet.getBytes(GBK)), "-");
    assertThat(csv.format()).isEqualTo("sheet");
    assertThat(csv.warnings()).extracting(ReadProblem::toString)
        .containsExactly("-:1: decoded as GBK, the encoding the reader was set to [JX-SHEET-008]");
    byte[] json = JsonCodec.create().write(GRANTS).getBytes(GBK);
    TableFile fromJson = gbk.read(new OnceStream(json), "-");
    assertThat(fromJson.tables()).containsExactly(GRANTS);
    assertThat(fromJson.warnings()).extracting(ReadProblem::code).containsExactly("JX-JSON-010");
    // The setting wins over the declaration, which here says UTF-8 of bytes that are GBK.
    byte[] xml = XmlCodec.create().write(GRANTS).getBytes(GBK);
    TableFile fromXml = gbk.read(new OnceStream(xml), "-");
    assertThat(fromXml.tables()).containsExactly(GRANTS);
    assertThat(fromXml.warnings()).extracting(ReadProblem::toString)
        .containsExactly("-:1: decoded as GBK, the encoding the codec was set to [JX-XML-012]");
  }

  @Test
  void aJsonCodecWithAnEncodingRefusesABytesNotInItNamingTheByte() {
    byte[] json = JsonCodec.create().write(GRANTS).getBytes(GBK);
    int at = new String(json, GBK).indexOf("特困生");
    int offset = new String(json, GBK).substring(0, at).getBytes(GBK).length;
    json[offset] = (byte) 0xFF;
    ReadProblem p = catchThrowableOfType(ReadException.class, () -> JsonCodec.builder().encoding(GBK).build()
        .readTable(new ByteArrayInputStream(json), "gbk.json")).problem();
    assertThat(p.code()).isEqualTo("JX-JSON-001");
    assertThat(p.toString()).startsWith("gbk.json:1:" + (at + 1) + ": not GBK text, the encoding the codec was set to:"
        + " byte " + (offset + 1) + " (0xFF) on line 1, column " + (at + 1) + " is not GBK");
  }

  @Test
  void textGivenAsAStringIgnoresTheEncodingItsXmlDeclarationNames() {
    String xml = XmlCodec.create().write(GRANTS).replaceFirst("<\\?xml[^>]*\\?>",
        "<?xml version=\"1.0\" encoding=\"GBK\"?>");
    assertThat(XmlCodec.create().readTable(xml).value()).isEqualTo(GRANTS);
    assertThat(XmlCodec.builder().encoding(GBK).build().readTable(xml).value()).isEqualTo(GRANTS);
  }
}
