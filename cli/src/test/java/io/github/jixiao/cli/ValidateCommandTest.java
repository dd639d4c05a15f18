package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.TableValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @Test
  void exitsZeroForATableWithoutErrors() {
    Path file = Inputs.json(dir, "clean.json", List.of(Inputs.cleanWeiTable()));
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.status).as(r.toString()).isEqualTo(0);
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("clean.json").contains("错误 0，警告 0，提示 0");
  }

  @Test
  void judgesEveryTableByTheTemplateNamedOnTheCommandLine() {
    // A department's own 3-digit code: wrong on a project table, right on a department-wide one.
    ProjectTargetTable table = Inputs.cleanWeiTable().withUnit(BudgetUnit.of("712", "共青团魏县委员会"));
    Path file = Inputs.json(dir, "department.json", List.of(table));
    assertThat(Cli.run("validate", "--template", "classic-2020", file.toString()).out).contains("JX-CODE-001");
    Cli departmentWide = Cli.run("validate", "--template", "department-wide", file.toString());
    assertThat(departmentWide.out).as(departmentWide.toString()).doesNotContain("JX-CODE-001");
  }

  @Test
  void labelsWhatTheSheetReaderRecognisedAsReadInfoAndWhatItLostAsReadWarning() {
    Path file = Inputs.write(dir.resolve("titled.csv"), "2025年项目支出绩效目标表\n"
        + "项目名称,三级指标,,指标值\n2025年特困生救助金,全县特困生救助人数,已核实,100人\n");
    Cli en = Cli.run("validate", "--lang", "en", file.toString());
    assertThat(en.out).contains("JX-SHEET-014  read-info  ").contains("JX-SHEET-024  read-warning  ");
    assertThat(Cli.run("validate", file.toString()).out).contains("JX-SHEET-014  读取提示").contains("JX-SHEET-024  读取警告");
  }

  @Test
  void refusesATemplateItDoesNotKnow() {
    Path file = Inputs.json(dir, "clean.json", List.of(Inputs.cleanWeiTable()));
    Cli r = Cli.run("validate", "--template", "hebei", file.toString());
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err).contains("--template").contains("department-wide");
  }

  @Test
  void exitsOneWhenATableHasAnErrorFinding() {
    Path file = Inputs.json(dir, "dingzhou.json", SeedTables.dingzhou2021());
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.status).as(r.toString()).isEqualTo(1);
    assertThat(r.out).contains("JX-VALUE-002").contains("表 1 «青年发展工作专项经费»");
  }

  @Test
  void seedTablesReadFromJsonGiveTheValidatorsFindings() throws Exception {
    List<ProjectTargetTable> seeds = SeedTables.all();
    Path file = Inputs.json(dir, "seeds.json", seeds);
    Cli r = Cli.run("validate", "--report", "json", file.toString());
    assertThat(sameFindings(r.out, TableValidator.create().validate(seeds).findings())).isTrue();
  }

  @Test
  void seedTablesReadFromASheetGiveTheValidatorsFindingsWithTheirRows() throws Exception {
    // A sheet has no column for "cut off", so the complete seed tables only.
    List<ProjectTargetTable> seeds = List.of(SeedTables.dingzhouYouthDevelopment(), SeedTables.dingzhouOperations(),
        SeedTables.weiGrassrootsOrganisations(), SeedTables.weiHardshipGrants());
    Path file = Inputs.sheet(dir, "seeds.csv", seeds);
    Cli r = Cli.run("validate", "--report", "json", file.toString());
    assertThat(sameFindings(r.out, TableValidator.create().validate(seeds).findings())).as(r.out).isTrue();
    JsonNode findings = MAPPER.readTree(r.out).get("files").get(0).get("findings");
    for (JsonNode f : findings) {
      assertThat(f.has("row")).as(f.toString()).isTrue();
    }
    // Wei table 2 (table 3 here), row 6: its ≤100% satisfaction target; the header is row 1, Dingzhou fills 22 rows.
    JsonNode satisfaction = find(findings, "JX-VALUE-008");
    assertThat(satisfaction.get("table").asInt()).isEqualTo(3);
    assertThat(satisfaction.get("indicator").asInt()).isEqualTo(6);
    assertThat(satisfaction.get("row").asInt()).isEqualTo(1 + 11 + 11 + 7 + 7);
    assertThat(satisfaction.get("value").asString()).isEqualTo("≤100%");
    assertThat(Cli.run("validate", file.toString()).out)
        .contains("表 4 «2025年特困生救助金» · 第 7 行 «收益特困生满意度» · 指标值 «≤100%» · 表格第 37 行");
    assertThat(Cli.run("validate", "--lang", "en", file.toString()).out)
        .contains("table 4 «2025年特困生救助金» · indicator 7 «收益特困生满意度» · target «≤100%» · row 37");
  }

  @Test
  void jsonReportHasTheContractsShapeAndNullIndicatorForTableFindings() throws Exception {
    Path file = Inputs.json(dir, "wei.json", SeedTables.wei2025());
    Cli r = Cli.run("validate", "--report", "json", "--lang", "en", file.toString());
    JsonNode root = MAPPER.readTree(r.out);
    JsonNode f0 = root.get("files").get(0);
    assertThat(f0.get("file").asString()).isEqualTo(file.toString());
    assertThat(f0.get("tables").asInt()).isEqualTo(2);
    assertThat(f0.get("indicators").asInt()).isEqualTo(14);
    JsonNode plan = find(f0.get("findings"), "JX-PLAN-002");
    assertThat(plan.get("severity").asString()).isEqualTo("warning");
    assertThat(plan.get("indicator").isNull()).isTrue();
    assertThat(plan.get("field").asString()).isEqualTo("spendingPlan");
    assertThat(plan.get("detail").asString()).isEqualTo("12月底");
    assertThat(plan.get("message").asString()).contains("December");
    for (JsonNode f : f0.get("findings")) {
      assertThat(f.propertyNames()).contains("rule", "severity", "table", "indicator", "field", "value", "message");
    }
  }

  @Test
  void textReportSaysWhereAndWhatInTheChosenLanguage() {
    Path file = Inputs.json(dir, "wei.json", SeedTables.wei2025());
    Cli zh = Cli.run("validate", file.toString());
    assertThat(zh.out).contains("JX-PLAN-002   警告     表 2 «2025年特困生救助金» · 资金支出计划 · 12月底")
        .contains("资金支出计划「12月底」未填写")
        .contains("JX-VALUE-008  错误     表 2 «2025年特困生救助金» · 第 7 行 «收益特困生满意度» · 指标值 «≤100%»")
        .contains(file + ": 错误 ")
        .doesNotContain("table ").doesNotContain("indicator ").doesNotContain("spendingPlan");
    Cli en = Cli.run("validate", "--lang", "en", file.toString());
    assertThat(en.out).contains("The December checkpoint").doesNotContain("未填写；")
        .contains("2 tables, 14 indicators")
        .contains("JX-PLAN-002   warning  table 2 «2025年特困生救助金» · spendingPlan · 12月底")
        .contains("indicator 7 «收益特困生满意度» · target «≤100%»");
  }

  @Test
  void publishedTextFindingsNameTheirLine() {
    Path file = Inputs.write(dir.resolve("wei.txt"), Inputs.weiText());
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.status).as(r.toString()).isIn(0, 1);
    // 收益特困生满意度 ≤100%: its target cell is the 5th cell of the 12th row.
    int line = lineOf(Inputs.weiText(), "\t≤100%");
    assertThat(r.out).contains("指标值 «≤100%» · 原文第 " + line + " 行");
    assertThat(Cli.run("validate", "--lang", "en", file.toString()).out).contains("target «≤100%» · line " + line);
  }

  @Test
  void frameworkOptionImposesTheCoreIndicatorTree() {
    Path file = Inputs.json(dir, "clean.json", List.of(Inputs.cleanWeiTable().withFramework(java.util.Optional.empty())));
    assertThat(Cli.run("validate", "--framework", "classic", file.toString()).status).isEqualTo(0);
    Cli core = Cli.run("validate", "--framework", "core2021", "--report", "json", file.toString());
    assertThat(core.status).as(core.toString()).isEqualTo(1);
    assertThat(core.out).contains("JX-TREE");
  }

  @Test
  void formatIsToldFromTheContentWhenTheExtensionSaysNothing() throws Exception {
    Path json = Inputs.json(dir, "tables.dat", SeedTables.wei2025());
    Path sheet = Inputs.sheet(dir, "tables.export", SeedTables.wei2025());
    Path text = Inputs.write(dir.resolve("doc.out"), Inputs.weiText());
    Cli r = Cli.run("validate", "--report", "json", json.toString(), sheet.toString(), text.toString());
    JsonNode files = MAPPER.readTree(r.out).get("files");
    assertThat(files.get(0).get("tables").asInt()).isEqualTo(2);
    assertThat(files.get(1).get("tables").asInt()).isEqualTo(2);
    assertThat(files.get(1).get("findings").get(0).has("row")).isTrue();
    assertThat(files.get(2).get("tables").asInt()).isEqualTo(1);
    assertThat(files.get(2).get("findings").get(0).has("line")).isTrue();
  }

  @Test
  void manyFilesShowProgressOnStandardError() {
    List<String> args = new ArrayList<>(List.of("validate"));
    for (int i = 0; i < 11; i++) {
      args.add(Inputs.json(dir, "t" + i + ".json", List.of(Inputs.cleanWeiTable())).toString());
    }
    Cli r = Cli.run(args.toArray(new String[0]));
    assertThat(r.status).isEqualTo(0);
    assertThat(r.err.lines()).hasSize(11).first().asString().startsWith("[1/11] ");
    assertThat(Cli.run("validate", args.get(1)).err).isEmpty();
  }

  @Test
  void xmlDocumentsAndTablesAreRead() throws Exception {
    Path one = Inputs.write(dir.resolve("one.xml"),
        io.github.jixiao.serialization.xml.XmlCodec.create().write(SeedTables.weiHardshipGrants()));
    Cli r = Cli.run("validate", "--report", "json", one.toString());
    assertThat(MAPPER.readTree(r.out).get("files").get(0).get("tables").asInt()).as(r.toString()).isEqualTo(1);
    assertThat(r.out).contains("JX-VALUE-008");
  }

  private static int lineOf(String text, String start) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start + " not in the text");
  }

  private static JsonNode find(JsonNode findings, String rule) {
    for (JsonNode f : findings) {
      if (f.get("rule").asString().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError(rule + " not among " + findings);
  }

  private static boolean sameFindings(String report, List<Finding> expected) throws Exception {
    List<String> actual = new ArrayList<>();
    for (JsonNode file : MAPPER.readTree(report).get("files")) {
      for (JsonNode f : file.get("findings")) {
        actual.add(f.get("rule").asString() + " " + f.get("severity").asString() + " " + f.get("table").asInt()
            + " " + (f.get("indicator").isNull() ? "-" : f.get("indicator").asInt()) + " " + f.get("field").asString());
      }
    }
    List<String> wanted = new ArrayList<>();
    for (Finding f : expected) {
      wanted.add(f.rule().id() + " " + f.severity().id() + " " + f.table() + " "
          + (f.indicator().isPresent() ? f.indicator().getAsInt() : "-") + " " + f.field().wireName());
    }
    assertThat(actual).isEqualTo(wanted);
    return !actual.isEmpty();
  }
}
