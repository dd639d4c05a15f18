package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in GBK, as Excel and WPS save them in China: told from their bytes, or named with {@code --encoding}. */
class EncodingOptionTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final String SHEET = "项目名称,一级指标,二级指标,三级指标,指标值\n"
      + "2025年特困生救助金,产出指标,数量指标,全县特困生救助人数,≥100人\n";

  @TempDir
  Path dir;

  @Test
  void validateReadsAGbkSheetAndEveryReportShowsTheGuess() {
    Path csv = Inputs.write(dir.resolve("excel.csv"), SHEET.getBytes(GBK));
    Cli text = Cli.run("validate", "--lang", "en", csv.toString());
    assertThat(text.status).as(text.toString()).isNotEqualTo(Jixiao.UNREADABLE);
    assertThat(text.out).contains("JX-SHEET-009", "read as GBK", "«2025年特困生救助金»");
    Cli zh = Cli.run("validate", csv.toString());
    assertThat(zh.out).contains("JX-SHEET-009", "已推定为 GBK/GB18030 编码");
    Cli json = Cli.run("validate", "--report", "json", csv.toString());
    assertThat(json.out).contains("\"readWarnings\":[", "\"code\":\"JX-SHEET-009\"");
    Cli html = Cli.run("validate", "--report", "html", csv.toString());
    assertThat(html.out).contains("data-code=\"JX-SHEET-009\"");
  }

  @Test
  void validateWithEncodingReadsTheFileAsSetAndNotesIt() {
    Path csv = Inputs.write(dir.resolve("excel.csv"), SHEET.getBytes(GBK));
    Cli r = Cli.run("validate", "--lang", "en", "--encoding", "GB18030", csv.toString());
    assertThat(r.status).as(r.toString()).isNotEqualTo(Jixiao.UNREADABLE);
    assertThat(r.out).contains("JX-SHEET-008", "decoded as GB18030, the encoding the reader was set to")
        .doesNotContain("JX-SHEET-009");
  }

  @Test
  void aWrongEncodingIsOneClearLineNamingTheByte() {
    Path csv = Inputs.write(dir.resolve("excel.csv"), SHEET.getBytes(GBK));
    Cli r = Cli.run("validate", "--encoding", "UTF-8", csv.toString());
    assertThat(r.status).as(r.toString()).isEqualTo(Jixiao.UNREADABLE);
    assertThat(r.err.lines()).singleElement().asString().startsWith(csv + ":1:1: not UTF-8 text, the encoding the"
        + " reader was set to: byte 1 (0xCF)").contains("[JX-SHEET-002]");
  }

  @Test
  void convertReadsAGbkPublishedTextWarningOfTheGuessUnlessTheEncodingIsSet() {
    Path text = Inputs.write(dir.resolve("wei.txt"), Inputs.weiText().getBytes(GBK));
    Cli guessed = Cli.run("convert", "--to", "json", text.toString());
    assertThat(guessed.status).as(guessed.toString()).isZero();
    assertThat(guessed.out).contains("中国共产主义青年团魏县委员会本级");
    assertThat(guessed.err.lines()).singleElement().asString().startsWith(text + ":1:1: not UTF-8")
        .contains("read as GBK", "[JX-TEXT-009]");
    Cli set = Cli.run("convert", "--to", "json", "--encoding", "GBK", text.toString());
    assertThat(set.status).as(set.toString()).isZero();
    assertThat(set.out).isEqualTo(guessed.out);
    assertThat(set.err).isEmpty();   // the note that it was decoded as set is for reports, not for standard error
  }

  @Test
  void anUnknownEncodingNameIsRefusedOnTheCommandLine() {
    Cli r = Cli.run("validate", "--encoding", "NO-SUCH-CHARSET", "x.csv");
    assertThat(r.status).isEqualTo(Jixiao.UNREADABLE);
    assertThat(r.err).contains("--encoding", "NO-SUCH-CHARSET");
  }
}
