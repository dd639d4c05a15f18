package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --lang zh} report of the bundled samples speaks Chinese throughout: once the codes (JX-…), the file
 * names and the values as typed («…», 「…」, the cells of the HTML layout) are set aside, no ASCII word is left.
 */
class ChineseReportTest {
  private static final Path SAMPLES = Path.of("..", "examples", "samples");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  @TempDir
  Path dir;

  private static List<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.map(Path::toString).sorted().toList();
    }
  }

  private static String withoutCodesNamesAndValues(String report, List<String> files) {
    String rest = report;
    for (String file : files) {
      rest = rest.replace(file, "");
    }
    return rest.replaceAll("JX-[A-Z]+-\\d{3}", "").replaceAll("«[^»\n]*»", "").replaceAll("「[^」\n]*」", "");
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  @Test
  void theTextReportOfTheSamplesHasNoEnglishWord() throws IOException {
    List<String> files = new ArrayList<>(samples());
    // And a sheet whose reader warns (an unknown column), so reader warnings are scanned too.
    files.add(Inputs.write(dir.resolve("colour.csv"), "项目名称,三级指标,指标值,颜色\n"
        + "2025年特困生救助金,全县特困生救助人数,100人,红\n").toString());
    List<String> args = new ArrayList<>(List.of("validate", "--lang", "zh"));
    args.addAll(files);
    Cli r = Cli.run(args.toArray(new String[0]));
    assertThat(r.out).contains("读取警告").contains("表 1").contains("第 2 行");
    assertThat(words(withoutCodesNamesAndValues(r.out, files))).as(r.out).isEmpty();
  }

  @Test
  void theHtmlReportOfTheSamplesHasNoEnglishWord() throws IOException {
    List<String> files = samples();
    List<String> args = new ArrayList<>(List.of("validate", "--report", "html", "--lang", "zh"));
    args.addAll(files);
    String html = Cli.run(args.toArray(new String[0])).out;
    String text = html.replaceAll("(?s)<style>.*?</style>", "")
        .replaceAll("(?s)<div class=\"v\">.*?</div>", "")   // a cell's value, as typed
        .replaceAll("<!DOCTYPE html>", "").replaceAll("<[^>]*>", " ")
        .replaceAll("&[a-z]+;|&#\\d+;", " ");
    assertThat(words(withoutCodesNamesAndValues(text, files))).as(text).isEmpty();
  }

  @Test
  void anUnreadableFileIsExplainedInChineseInTheReportsAndInEnglishOnStandardError() {
    Path bad = Inputs.write(dir.resolve("bad.csv"), "项目名称,三级指标,指标值\n\"2025年特困生救助金,全县特困生救助人数,100人\n");
    String missing = dir.resolve("gone.json").toString();
    Cli text = Cli.run("validate", bad.toString(), missing);
    assertThat(text.status).isEqualTo(2);
    assertThat(text.out).contains("无法读取: " + bad + " 第 2 行「项目名称」列：单元格的引号不成对：应在单元格结尾处用引号闭合。 [JX-SHEET-020]")
        .contains("无法读取: " + missing + "：文件不存在 [JX-CLI-001]");
    assertThat(text.err).contains("bad.csv row 2 column 项目名称: cell has an unbalanced quote")
        .contains(missing + ": no such file [JX-CLI-001]");
    String html = Cli.run("validate", "--report", "html", bad.toString(), missing).out;
    assertThat(html).contains("<p class=\"unreadable\">" + bad + " 第 2 行「项目名称」列：单元格的引号不成对")
        .contains("文件不存在 [JX-CLI-001]");
    assertThat(Cli.run("validate", "--report", "html", "--lang", "en", missing).out).contains(": no such file [JX-CLI-001]");
  }

  @Test
  void theEnglishTextReportKeepsFieldIdsAndEnglishPlaces() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--lang", "en"));
    args.addAll(samples());
    Cli r = Cli.run(args.toArray(new String[0]));
    assertThat(r.out).contains("read-warning").contains("table 2 «2025年高标准农田管护经费» · otherFunds · line ")
        .doesNotContain("其他资金未填写");
  }
}
