package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jixiao validate} on self-evaluation and monitoring tables: the findings at their cells, each
 * self-evaluation's total beside the policy's, the JSON report's {@code scores} and the HTML report's policy
 * scores. The fixture, a county Youth League committee's two projects, has a met target docked without a
 * reason, an actual copying its target's expression, an actual {@code 完成}, a missed target with full points,
 * an 执行率 contradicting its A and B, a total that does not add up and an outcome copying the goals.
 */
class SelfEvaluationCommandTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private Path sheet;

  @BeforeEach
  void copyFixture() throws IOException {
    sheet = dir.resolve("youth-league-2025.csv");
    try (InputStream in = getClass().getResourceAsStream("/self-evaluation/youth-league-2025.csv")) {
      Files.copy(in, sheet);
    }
  }

  private Cli validate(String... options) {
    List<String> args = new ArrayList<>(List.of("validate"));
    args.addAll(List.of(options));
    args.add(sheet.toString());
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void printsTheFindingsAtTheirSheetRowsAndTheRecomputedTotalInChinese() {
    Cli r = validate();
    assertThat(r.status).as(r.toString()).isEqualTo(1);
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("youth-league-2025.csv · 2 张表，9 个指标\n")
        .contains("JX-EVAL-006   警告     表 1 «青少年社区志愿服务» · 第 1 行 «志愿服务活动场次» · 得分 «17» · 表格第 4 行\n"
            + "              实际完成值「46场」已达到指标值「≥40场」，得分「17」却低于分值 20，且未说明扣分原因。\n")
        .contains("JX-EVAL-001   错误     表 1 «青少年社区志愿服务» · 执行率 «90%» · 表格第 4 行\n")
        .contains("JX-EVAL-011   错误     表 1 «青少年社区志愿服务» · 第 2 行 «志愿者培训合格率» · 实际完成值 «≥95%» · 表格第 5 行\n")
        .contains("JX-EVAL-012   错误     表 1 «青少年社区志愿服务» · 第 3 行 «活动完成时间» · 实际完成值 «完成» · 表格第 6 行\n")
        .contains("JX-EVAL-008   警告     表 1 «青少年社区志愿服务» · 第 4 行 «参与青少年人数» · 偏差原因分析及改进措施 · 表格第 7 行\n")
        .contains("JX-EVAL-003   错误     表 1 «青少年社区志愿服务» · 总分 «92» · 表格第 4 行\n")
        // table 1 has a row the policy cannot score, so its total is not recomputed; table 2's is
        .contains("表1 总分：发布 92，按政策无法重算（第 2 行：实际完成值是表达式而非实际达到的值）\n")
        .doesNotContain("is a copy of the target's expression")
        .contains("表2 总分：发布 97.5，按政策重算 98.39\n")
        .contains("youth-league-2025.csv: 错误 6，警告 9，提示 0\n");
    // each table's total comes after its own findings
    assertThat(r.out.indexOf("表1 总分")).isGreaterThan(r.out.indexOf("JX-EVAL-009   警告     表 1"))
        .isLessThan(r.out.indexOf("表 2 «"));
  }

  @Test
  void printsTheRecomputedTotalAndTheCellsByTheirIdsInEnglish() {
    Cli r = validate("--lang", "en");
    assertThat(r.out)
        .contains("JX-EVAL-009   warning  table 1 «青少年社区志愿服务» · executionScore «9» · row 4\n"
            + "              The published score \"9\" is more than 0.5 points from the policy score 7.50.\n")
        .contains("JX-EVAL-007   error    table 2 «少先队辅导员培训» · indicator 2 «培训考核合格率» · score «20» · row 10\n")
        .contains("table 1 total score: published 92, not recomputed (indicator 2: 实际完成值 \"≥95%\" is a copy")
        .contains("table 2 total score: published 97.5, recomputed 98.39\n")
        .contains(": 6 errors, 9 warnings, 0 info\n");
  }

  @Test
  void writesAScoreEntryPerRowAndBudgetLineInTheJsonReport() {
    Cli r = validate("--report", "json");
    assertThat(r.status).isEqualTo(1);
    JsonNode file = MAPPER.readTree(r.out).get("files").get(0);
    assertThat(file.get("tables").asInt()).isEqualTo(2);
    JsonNode docked = file.get("findings").get(4);
    assertThat(docked.toString()).isEqualTo("{\"rule\":\"JX-EVAL-006\",\"severity\":\"warning\",\"table\":0,"
        + "\"indicator\":0,\"field\":\"score\",\"value\":\"17\",\"message\":\"实际完成值「46场」已达到指标值「≥40场」，"
        + "得分「17」却低于分值 20，且未说明扣分原因。\",\"row\":4}");
    JsonNode scores = file.get("scores");
    assertThat(scores).hasSize(11);  // 5 rows and a budget line, 4 rows and a budget line
    assertThat(scores.get(0).toString())
        .isEqualTo("{\"table\":0,\"indicator\":0,\"published\":\"17\",\"computed\":\"20.00\"}");
    assertThat(scores.get(1).toString()).isEqualTo("{\"table\":0,\"indicator\":1,\"published\":\"15\","
        + "\"computed\":null,\"reason\":\"实际完成值 \\\"≥95%\\\" is a copy of the target's expression, not a value reached\","
        + "\"reasonCode\":\"ACTUAL_IS_EXPRESSION\"}");
    assertThat(scores.get(2).get("reason").asString()).contains("完成").contains("verdict");
    assertThat(scores.get(2).get("reasonCode").asString()).isEqualTo("ACTUAL_IS_VERDICT");
    assertThat(scores.get(5).toString())
        .isEqualTo("{\"table\":0,\"indicator\":null,\"published\":\"9\",\"computed\":\"7.50\"}");
    assertThat(scores.get(7).toString())
        .isEqualTo("{\"table\":1,\"indicator\":1,\"published\":\"20\",\"computed\":\"18.89\"}");
    JsonNode totals = file.get("totals");
    assertThat(totals.get(0).get("computed").isNull()).isTrue();
    assertThat(totals.get(0).get("indicator").asInt()).isEqualTo(1);
    assertThat(totals.get(1).toString())
        .isEqualTo("{\"table\":1,\"published\":\"97.5\",\"computed\":\"98.39\"}");
    // one entry a line, as the findings
    assertThat(r.out).contains("\n  {\"table\":1,\"indicator\":null,\"published\":\"9.5\",\"computed\":\"9.50\"}");
  }

  @Test
  void flagsTheCellsAndShowsThePolicyScoreBesideEachPublishedScoreThatDiffers() {
    Cli r = validate("--report", "html", "--lang", "en");
    String html = r.out;
    assertThat(html).contains("<article class=\"project self-evaluation\" id=\"table-0\">")
        .contains("<td class=\"flag flag-error num\" data-rule=\"JX-EVAL-001\" data-severity=\"error\""
            + " data-field=\"executionRate\"><div class=\"v\">90%</div>")
        .contains("data-field=\"score\"><div class=\"v\">17</div><span class=\"policy-score\" data-policy=\"20.00\">"
            + "policy 20.00</span>")
        .contains("<div class=\"v\">9</div><span class=\"policy-score\" data-policy=\"7.50\">policy 7.50</span>")
        .contains("<div class=\"v\">97.5</div><span class=\"policy-score\" data-policy=\"98.39\">policy 98.39</span>")
        .contains("data-rule=\"JX-EVAL-011\" data-severity=\"error\" data-field=\"actual\"><div class=\"v\">≥95%</div>")
        .contains("<span class=\"place\">row 5</span>");
    // a published score the policy agrees with shows nothing beside it; nor does one the policy cannot score
    assertThat(html).doesNotContain("data-policy=\"10.00\"").contains("<td><div class=\"v\">15</div></td>");
    // the published form's labels, as a target table's page has them in either language; 分值 for the points
    assertThat(html).contains("<th>实际完成值</th><th>分值</th><th>得分</th>");
    // each table's total line, as the text report gives it, says why the first one is not recomputed
    assertThat(html).contains("<p class=\"total-score\">table 1 total score: published 92, not recomputed"
        + " (indicator 2: ").contains("<p class=\"total-score\">table 2 total score: published 97.5, recomputed"
        + " 98.39</p>");
  }

  @Test
  void exitsZeroForASelfEvaluationWhoseScoresAreTheNumbersOwn() throws IOException {
    Path clean = Files.writeString(dir.resolve("clean.csv"), """
        项目名称,全年预算数,全年执行数,执行率,执行率分值,执行率得分,年度绩效目标,实际完成情况,一级指标,二级指标,三级指标,指标值,分值,实际完成值,得分,总分,自评等级
        城区供水管网改造,80,80,100%,10,10,改造老旧供水管网,完成改造管网12公里，漏损率下降,产出指标,数量指标,改造管网长度,≥12公里,50,12公里,50,100,优
        ,,,,,,,,效益指标,社会效益指标,管网漏损率,≤10%,30,8%,30,,
        ,,,,,,,,满意度指标,服务对象满意度指标,居民满意度,≥90%,10,95%,10,,
        """, StandardCharsets.UTF_8);
    Cli r = Cli.run("validate", clean.toString());
    assertThat(r.status).as(r.toString()).isEqualTo(0);
    assertThat(r.out).contains("表1 总分：发布 100，按政策重算 100.00\n").contains("错误 0，警告 0，提示 0");
  }

  private static MonitoringTable wellsMidYear() {
    return MonitoringTable.builder()
        .fiscalYear(2025)
        .projectCode("41-2025-SL-007")
        .projectName("农村机井维修补助")
        .periodText("1-7月")
        .annualBudgetCell(WrittenAmount.parse("60", AmountUnit.WAN_YUAN))
        .spendingToDateCell(WrittenAmount.parse("18", AmountUnit.WAN_YUAN))
        .executionRateText("30%")
        .addIndicators(MonitoredIndicator.builder().indicator(Indicator.builder().category(IndicatorCategory.OUTPUT)
            .subcategory(IndicatorSubcategory.QUANTITY).name("维修机井数量").target("≥120眼").weightText("50").build())
            .progress("47眼").expected("120眼").build())
        .build();
  }

  @Test
  void validatesAMonitoringTableReadFromXmlOrJsonWithoutRows() throws IOException {
    Path xml = Files.writeString(dir.resolve("midyear.xml"), XmlCodec.create().write(wellsMidYear()));
    Cli r = Cli.run("validate", "--lang", "en", xml.toString());
    assertThat(r.out).as(r.toString()).contains("midyear.xml · 1 table, 1 indicator\n")
        .contains("JX-MON-001    warning  table 1 «农村机井维修补助» · executionRate «30%»\n");
    Path json = Files.writeString(dir.resolve("midyear.json"), JsonCodec.create().write(wellsMidYear()));
    JsonNode finding = MAPPER.readTree(Cli.run("validate", "--report", "json", json.toString()).out)
        .get("files").get(0).get("findings").get(0);
    assertThat(finding.get("rule").asString()).isEqualTo("JX-MON-001");
    assertThat(finding.get("field").asString()).isEqualTo("executionRate");
    assertThat(finding.has("row")).isFalse();
    assertThat(MAPPER.readTree(Cli.run("validate", "--report", "json", json.toString()).out)
        .get("files").get(0).has("scores")).isFalse();
  }

  @Test
  void convertsOneSelfEvaluationToASingleJsonTableAndSeveralToAnXmlRootOfThem() throws IOException {
    Path one = Files.writeString(dir.resolve("one.csv"), String.join("\n",
        Files.readAllLines(sheet, StandardCharsets.UTF_8).subList(0, 8)) + "\n", StandardCharsets.UTF_8);
    Cli json = Cli.run("convert", "--to", "json", one.toString());
    assertThat(json.status).as(json.toString()).isEqualTo(0);
    assertThat(MAPPER.readTree(json.out).get("totalScore").asString()).isEqualTo("92");
    Cli two = Cli.run("convert", "--to", "xml", sheet.toString());
    assertThat(two.status).as(two.toString()).isEqualTo(0);
    assertThat(two.out).contains("<selfEvaluations").contains("青少年社区志愿服务").contains("少先队辅导员培训");
  }

  /** The summary line of a validation, without the file name: the same counts whatever the format. */
  private static String counts(Cli validated) {
    return validated.out.lines().filter(l -> l.matches(".*: 错误 \\d+，警告 \\d+，提示 \\d+"))
        .map(l -> l.substring(l.lastIndexOf(": ") + 2))
        .findFirst().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"back.xml", "back.json", "back.csv", "back.tsv", "back-row.xlsx", "back-form.xlsx",
      "back.docx"})
  void convertsASelfEvaluationSheetToEachFormatItsFindingsAndTotalsSurvive(String name) {
    Path out = dir.resolve(name);
    String to = name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".csv") || name.endsWith(".tsv") ? "sheet"
        : name.substring(name.indexOf('.') + 1);
    Cli converted = Cli.run("convert", "--to", to, "--layout", name.contains("form") ? "form" : "row", "-o",
        out.toString(), sheet.toString());
    assertThat(converted.status).as(converted.toString()).isEqualTo(0);
    Cli back = Cli.run("validate", out.toString());
    assertThat(counts(back)).as(back.toString()).isEqualTo("错误 6，警告 9，提示 0");
    assertThat(back.out).contains("表1 总分：发布 92，按政策无法重算").contains("表2 总分：发布 97.5，按政策重算 98.39");
  }

  @ParameterizedTest
  @ValueSource(strings = {"july.csv", "july.xlsx"})
  void convertsAMonitoringTableToASheetOrARowWorkbookItsFindingsSurvive(String name) throws IOException {
    Path xml = dir.resolve("wells-july.xml");
    Files.writeString(xml, XmlCodec.create().write(wellsMidYear()), StandardCharsets.UTF_8);
    Path out = dir.resolve(name);
    Cli converted = Cli.run("convert", "--to", name.endsWith(".csv") ? "sheet" : "xlsx", "-o", out.toString(),
        xml.toString());
    assertThat(converted.status).as(converted.toString()).isEqualTo(0);
    assertThat(counts(Cli.run("validate", out.toString()))).isEqualTo(counts(Cli.run("validate", xml.toString())));
  }

  @Test
  void refusesToWriteAMonitoringTableAsAWordDocumentOrAFormInOneLine() throws IOException {
    Path xml = dir.resolve("wells-july.xml");
    Files.writeString(xml, XmlCodec.create().write(wellsMidYear()), StandardCharsets.UTF_8);
    Cli asWord = Cli.run("convert", "--to", "docx", "-o", dir.resolve("july.docx").toString(), xml.toString());
    assertThat(asWord.status).isEqualTo(2);
    assertThat(asWord.err).contains("monitoring tables are not written as docx").contains("[JX-CLI-013]");
    Cli asForm = Cli.run("convert", "--to", "xlsx", "--layout", "form", "-o", dir.resolve("july.xlsx").toString(),
        xml.toString());
    assertThat(asForm.status).isEqualTo(2);
    assertThat(asForm.err).contains("written in the row layout only").contains("[JX-CLI-013]");
  }
}
