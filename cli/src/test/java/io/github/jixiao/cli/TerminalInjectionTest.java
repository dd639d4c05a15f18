package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text a table carries cannot forge report lines or drive the terminal, on standard output or error. */
class TerminalInjectionTest {
  @TempDir
  Path dir;

  private static void assertNothingActive(String printed) {
    assertThat(printed.chars().filter(c -> c != '\n' && TerminalText.isActive((char) c)))
        .as(printed).isEmpty();
  }

  @Test
  void aProjectNameCannotForgeASummaryLine() {
    String forged = "clean.json: 错误 0，警告 0，提示 0";
    ProjectTargetTable table = SeedTables.weiHardshipGrants().withProjectName("2025年特困生救助金\n" + forged);
    Path file = Inputs.json(dir, "wei.json", List.of(table));
    for (String lang : List.of("zh", "en")) {
      Cli r = Cli.run("validate", "--lang", lang, file.toString());
      assertThat(r.status).isEqualTo(1);
      assertThat(r.out.lines()).as(r.out).noneMatch(line -> line.startsWith("clean.json"));
      assertThat(r.out).contains("«2025年特困生救助金\\n" + forged + "»");
      assertNothingActive(r.out);
    }
  }

  @Test
  void escapeSequencesInCellsAreShownNotObeyed() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().toBuilder()
        .projectName("\u001B[8m隐藏其后全部输出")
        .addIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "\u001B]0;改标题\u0007救助人数",
            "\u202E个001")
        .build();
    Path file = Inputs.json(dir, "wei.json", List.of(table));
    Cli r = Cli.run("validate", file.toString());
    assertNothingActive(r.out);
    assertThat(r.out).contains("«\\u001B[8m隐藏其后全部输出»").contains("«\\u001B]0;改标题\\u0007救助人数»")
        .contains("«\\u202E个001»");
  }

  @Test
  void fileNamesOnStandardErrorAndInTheReportAreEscaped() {
    String name = dir.resolve("t\u001B[2J\u001B]0;x\u0007.json").toString();
    Cli r = Cli.run("validate", name);
    assertThat(r.status).isEqualTo(2);
    assertNothingActive(r.err);
    assertNothingActive(r.out);
    assertThat(r.err).contains("t\\u001B[2J\\u001B]0;x\\u0007.json: no such file");
    Cli convert = Cli.run("convert", "--to", "json", name);
    assertNothingActive(convert.err);
  }

  @Test
  void readerWarningsOnStandardErrorAreEscaped() {
    // A sheet refuses C0 controls as binary; the C1 CSI (U+009B) and a bidi override are text it keeps.
    Path sheet = Inputs.write(dir.resolve("t.csv"), "项目名称,三级指标,指标值,备注\u009B8m\u202E\n"
        + "2025年特困生救助金,全县特困生救助人数,100人,x\n");
    Cli r = Cli.run("convert", "--to", "json", sheet.toString());
    assertThat(r.status).as(r.toString()).isEqualTo(0);
    assertThat(r.err).contains("JX-SHEET-012").contains("备注\\u009B8m\\u202E");
    assertNothingActive(r.err);
  }

  @Test
  void anOptionTypedWithEscapesIsEchoedEscaped() {
    Cli r = Cli.run("validate", "--\u001B]0;x\u0007", "t.json");
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err).contains("--\\u001B]0;x\\u0007");
    assertNothingActive(r.err);
  }
}
