package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChineseReadMessagesTest {
  @Test
  void aSheetWarningReadsInChineseUnderItsOwnCodeAndInEnglishAsBefore() {
    String sheet = "项目名称,一级指标,二级指标,三级指标,指标值,颜色\n"
        + "2025年特困生救助金,产出指标,数量指标,全县特困生救助人数,100人,红\n";
    ReadProblem unknown = SheetReader.create().read(new StringReader(sheet), "wei.csv").warnings().get(0);
    assertThat(unknown.code()).isEqualTo("JX-SHEET-012");
    assertThat(unknown.message(Locale.CHINESE)).isEqualTo("无法识别的列名，该列内容未读取。");
    assertThat(unknown.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(unknown.message(Locale.CHINESE));
    assertThat(unknown.message(Locale.ENGLISH)).isEqualTo(unknown.message()).contains("颜色");
  }

  @Test
  void aJsonReadErrorReadsInChinese() {
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> JsonCodec.create().readTable(new java.io.ByteArrayInputStream("{\"projectName\":".getBytes(
            java.nio.charset.StandardCharsets.UTF_8)), "wei.json"));
    assertThat(e.problem().code()).isEqualTo("JX-JSON-001");
    assertThat(e.problem().message(Locale.CHINESE)).startsWith("不是格式正确的内容");
  }

  @Test
  void everyCodeAReaderCanReportHasAChineseSentence() throws Exception {
    List<String> codes = new ArrayList<>();
    for (String holder : List.of("io.github.jixiao.serialization.internal.sheet.SheetProblems",
        "io.github.jixiao.serialization.internal.text.TextProblems")) {
      for (Field f : Class.forName(holder).getDeclaredFields()) {
        f.setAccessible(true);
        if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof String s && s.matches("JX-[A-Z]+-\\d{3}")) {
          codes.add(s);
        }
      }
    }
    for (String prefix : List.of("JX-SHEET-", "JX-TEXT-")) {
      // the whole-input problems, and the notes on its encoding
      codes.addAll(List.of(prefix + "001", prefix + "002", prefix + "004", prefix + "007", prefix + "008", prefix + "009"));
    }
    for (int n = 1; n <= 9; n++) {
      codes.add(String.format("JX-JSON-%03d", n));
      codes.add(String.format("JX-XML-%03d", n));
    }
    codes.addAll(List.of("JX-XML-010", "JX-XML-012", "JX-JSON-010"));
    assertThat(codes).hasSizeGreaterThan(40).allSatisfy(code -> assertThat(ChineseReadMessages.of(code))
        .as(code).hasValueSatisfying(m -> assertThat(m).matches(".*\\p{IsHan}.*")));
  }

  @Test
  void aCodeWithoutAChineseSentenceKeepsItsEnglishMessage() {
    ReadProblem p = ReadProblem.warning("JX-NEW-999", SourceLocation.unknown(), "something new");
    assertThat(p.message(Locale.CHINESE)).isEqualTo("something new");
  }
}
