package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadLimitsTest {
  private static final String WEI_NAME = "2025年基层团组织经费";
  private static final String SHEET = "项目名称,一级指标,二级指标,三级指标,指标值\n"
      + WEI_NAME + ",产出指标,数量指标,创建基层优秀团组织数量,≥22个\n";

  @Test
  void theDefaultsAreTheNamedConstants() {
    ReadLimits d = ReadLimits.defaults();
    assertThat(d.maxDocumentLength()).isEqualTo(ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(64L << 20);
    assertThat(d.maxStringLength()).isEqualTo(ReadLimits.DEFAULT_MAX_STRING_LENGTH).isEqualTo(1_000_000);
    assertThat(d.maxNestingDepth()).isEqualTo(ReadLimits.DEFAULT_MAX_NESTING_DEPTH).isEqualTo(32);
    assertThat(d.maxNumberLength()).isEqualTo(ReadLimits.DEFAULT_MAX_NUMBER_LENGTH).isEqualTo(200);
    assertThat(d.maxNameLength()).isEqualTo(ReadLimits.DEFAULT_MAX_NAME_LENGTH).isEqualTo(200);
    assertThat(d.maxListLength()).isEqualTo(ReadLimits.DEFAULT_MAX_LIST_LENGTH).isEqualTo(10_000);
    assertThat(d.maxRows()).isEqualTo(ReadLimits.DEFAULT_MAX_ROWS).isEqualTo(200_000);
    assertThat(d.maxColumns()).isEqualTo(ReadLimits.DEFAULT_MAX_COLUMNS).isEqualTo(256);
    assertThat(d.maxLines()).isEqualTo(ReadLimits.DEFAULT_MAX_LINES).isEqualTo(500_000);
    assertThat(ReadLimits.builder().build()).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void rebuildChangesOneLimitAndKeepsTheRest() {
    ReadLimits tight = ReadLimits.builder().maxRows(22).maxStringLength(90).build();
    ReadLimits wider = tight.rebuild().maxStringLength(1_000).build();
    assertThat(wider.maxRows()).isEqualTo(22);
    assertThat(wider.maxStringLength()).isEqualTo(1_000);
    assertThat(tight.maxStringLength()).isEqualTo(90);
    assertThat(wider).isNotEqualTo(tight);
    assertThat(wider.toString()).contains("maxRows=22", "maxStringLength=1000");
  }

  @Test
  void aLimitBelowOneIsRefusedNamingIt() {
    ReadLimits.Builder b = ReadLimits.builder();
    assertThatThrownBy(() -> b.maxDocumentLength(0)).hasMessage("maxDocumentLength: expected at least 1, found 0");
    assertThatThrownBy(() -> b.maxStringLength(-5)).hasMessage("maxStringLength: expected at least 1, found -5");
    assertThatThrownBy(() -> b.maxRows(0)).hasMessage("maxRows: expected at least 1, found 0");
    assertThatThrownBy(() -> b.maxColumns(0)).hasMessage("maxColumns: expected at least 1, found 0");
    assertThatThrownBy(() -> b.maxLines(0)).hasMessage("maxLines: expected at least 1, found 0");
    assertThatThrownBy(() -> b.maxListLength(0)).hasMessage("maxListLength: expected at least 1, found 0");
    assertThatThrownBy(() -> b.maxNumberLength(0)).hasMessage("maxNumberLength: expected at least 1, found 0");
    assertThatThrownBy(() -> b.maxNameLength(0)).hasMessage("maxNameLength: expected at least 1, found 0");
  }

  @Test
  void oneMaxStringLengthBoundsTheLongestTextOfEveryFormat() {
    // 2025年基层团组织经费 is 11 characters: a limit of 10 refuses it wherever it stands.
    TableFiles files = TableFiles.builder().limits(ReadLimits.builder().maxStringLength(10).build()).build();
    String json = JsonCodec.create().write(SeedTables.weiGrassrootsOrganisations());
    String xml = XmlCodec.create().write(SeedTables.weiGrassrootsOrganisations());
    String text = "1.2025年基层团组织经费绩效目标表\n\n\t项目名称\n\t" + WEI_NAME + "\n";
    assertThat(problem(files, json, "wei.json").code()).isEqualTo("JX-JSON-002");
    assertThat(problem(files, xml, "wei.xml").code()).isEqualTo("JX-XML-002");
    assertThat(problem(files, SHEET, "wei.csv").code()).isEqualTo("JX-SHEET-023");
    ReadProblem line = problem(files, text, "wei.txt");
    assertThat(line.code()).isEqualTo("JX-TEXT-005");
    assertThat(line.message()).contains("raise the reader's maxStringLength limit");
  }

  @Test
  void everyReaderIsLenientByDefaultAndFailsOnTheFirstWarningWhenNot() {
    String json = JsonCodec.create().write(SeedTables.weiGrassrootsOrganisations())
        .replace("\"projectName\"", "\"colour\":\"red\",\"projectName\"");
    String xml = XmlCodec.create().write(SeedTables.weiGrassrootsOrganisations())
        .replace("<projectName>", "<colour>red</colour><projectName>");
    String sheet = SHEET.replace("指标值\n", "指标值,颜色\n").replace("≥22个\n", "≥22个,红\n");

    assertThat(JsonCodec.create().readTable(json).warnings()).extracting(ReadProblem::code)
        .containsExactly("JX-JSON-004");
    assertThat(XmlCodec.create().readTable(xml).warnings()).extracting(ReadProblem::code)
        .containsExactly("JX-XML-004");
    assertThat(SheetReader.create().read(new ByteArrayInputStream(utf8(sheet)), "wei.csv").warnings())
        .isNotEmpty();
    assertThat(TableFiles.create().read(new ByteArrayInputStream(utf8(json)), "wei.json").warnings())
        .extracting(ReadProblem::code).containsExactly("JX-JSON-004");

    assertFails(() -> JsonCodec.builder().lenient(false).build().readTable(json), "JX-JSON-004");
    assertFails(() -> XmlCodec.builder().lenient(false).build().readTable(xml), "JX-XML-004");
    assertFails(() -> SheetReader.builder().lenient(false).build()
        .read(new ByteArrayInputStream(utf8(sheet)), "wei.csv"), "JX-SHEET-");
    TableFiles strict = TableFiles.builder().lenient(false).build();
    assertFails(() -> strict.read(new ByteArrayInputStream(utf8(json)), "wei.json"), "JX-JSON-004");
    assertFails(() -> strict.read(new ByteArrayInputStream(utf8(sheet)), "wei.csv"), "JX-SHEET-");
  }

  @Test
  void aReaderGivenToTheFrontDoorKeepsItsOwnSettings() {
    String json = JsonCodec.create().write(SeedTables.weiGrassrootsOrganisations())
        .replace("\"projectName\"", "\"colour\":\"red\",\"projectName\"");
    TableFiles files = TableFiles.builder().lenient(false).json(JsonCodec.create()).build();
    assertThat(files.read(new ByteArrayInputStream(utf8(json)), "wei.json").warnings()).hasSize(1);
  }

  @Test
  void theTextReaderBoundsLinesByMaxLines() {
    TextDocumentReader three = TextDocumentReader.builder().limits(ReadLimits.builder().maxLines(3).build()).build();
    ReadProblem p = catchThrowableOfType(ReadException.class,
        () -> three.read(new ByteArrayInputStream(utf8("总体绩效目标\n一\n二\n三\n四\n")), "long.txt")).problem();
    assertThat(p.code()).isEqualTo("JX-TEXT-006");
    assertThat(p.location().line()).hasValue(4);
  }

  private static ReadProblem problem(TableFiles files, String content, String name) {
    return catchThrowableOfType(ReadException.class,
        () -> files.read(new ByteArrayInputStream(utf8(content)), name)).problem();
  }

  private static void assertFails(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String codePrefix) {
    ReadException e = catchThrowableOfType(ReadException.class, read);
    assertThat(e).as("the read must fail").isNotNull();
    assertThat(e.problem().code()).startsWith(codePrefix);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
