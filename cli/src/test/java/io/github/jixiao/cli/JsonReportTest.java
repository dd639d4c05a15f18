package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.TableValidator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON report's bytes, pinned: programs parse it, and diffs of it are read by people. */
class JsonReportTest {

  @Test
  void writesTheReportByteForByteWithItsEscapesAndLineBreaks() throws IOException {
    assertThat(report()).isEqualTo("{\"files\":[\n"
        + "{\"file\":\"dir/wei\\u2028\\u0000\\\".csv\",\"tables\":1,\"indicators\":7,\"findings\":[\n"
        + "  {\"rule\":\"JX-CODE-002\",\"severity\":\"error\",\"table\":0,\"indicator\":null,\"field\":\"projectCode\","
        + "\"value\":\"" + UGLY_IN_JSON + "\",\"message\":\"The project code \\\"" + UGLY_IN_JSON + "\\\" (20 characters)"
        + " does not have the 21-character shape: a 6-digit division code, a 2-digit year and a 13-character tail of"
        + " digits and capital letters.\",\"row\":3},\n"
        + "  {\"rule\":\"JX-PLAN-002\",\"severity\":\"warning\",\"table\":0,\"indicator\":null,\"field\":\"spendingPlan\","
        + "\"value\":null,\"message\":\"The December checkpoint (12月底) of the spending plan is blank; the cumulative"
        + " share must reach 100% at the last checkpoint.\",\"detail\":\"12月底\"},\n"
        + "  {\"rule\":\"JX-VALUE-008\",\"severity\":\"error\",\"table\":0,\"indicator\":6,\"field\":\"target\","
        + "\"value\":\"≤100%\",\"message\":\"The target \\\"≤100%\\\" is always met, so it measures nothing.\"}],"
        + "\"readWarnings\":[\n"
        + "  {\"code\":\"JX-SHEET-101\",\"location\":\"wei.csv:1:4\",\"message\":\"unknown column \\u0007备注\\u2029\"},\n"
        + "  {\"code\":\"JX-SHEET-102\",\"location\":\"<input>\",\"message\":\"a\\\\b\"}]},\n"
        + "{\"file\":\"gone\\u001b.json\",\"tables\":0,\"indicators\":0,\"findings\":[],"
        + "\"unreadable\":\"gone\\u001b.json: no such file [JX-CLI-001]\"}]}\n");
  }

  @Test
  void copiesFindingsSpooledToDiskBackOneLineEach() throws IOException {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().withProjectCode(UGLY);
    List<Finding> findings = TableValidator.create().validate(List.of(table)).findings();
    JsonReport report = new JsonReport(Language.ZH);
    StringWriter out = new StringWriter();
    report.begin(out);
    FileReport file = FileReport.of("wei.jsonl");
    // Each finding is over 100 characters: twice what the spool keeps in memory.
    int tables = 2 * Spool.IN_MEMORY / (100 * findings.size());
    try (Spool body = new Spool()) {
      for (int t = 0; t < tables; t++) {
        report.table(body, t, table, file.add(t, table, findings, SourceMap.empty(), false));
      }
      report.file(out, 0, file, body);
    }
    report.end(out, List.of(file));
    List<String> lines = out.toString().lines().toList();
    assertThat(out.getBuffer().length()).as("more than the spool keeps in memory").isGreaterThan(Spool.IN_MEMORY);
    assertThat(lines).hasSize(2 + tables * findings.size());
    assertThat(lines.subList(2, lines.size())).allMatch(l -> l.startsWith("  {\"rule\":\"JX-"));
    JsonNode written = JsonMapper.shared().readTree(out.toString()).get("files").get(0).get("findings");
    assertThat(written.size()).isEqualTo(tables * findings.size());
    assertThat(written.get(written.size() - 1).get("table").asInt()).isEqualTo(tables - 1);
    // Spooled as UTF-8, the lone half of a surrogate pair is ? already, as the command's UTF-8 output makes it.
    JsonNode code = written.values().stream().filter(f -> f.get("rule").asString().equals("JX-CODE-002"))
        .findFirst().orElseThrow();
    assertThat(code.get("value").asString()).isEqualTo(UGLY.replace('\uD800', '?'));
  }

  /** Every kind of character a JSON string must or may escape, and a pair and a lone half of a surrogate. */
  private static final String UGLY = "1304\u0001\u001f\b\f\t\n\r\"\\/\u007f\u2028\u2029\uD834\uDD1E\uD800";
  private static final String UGLY_IN_JSON =
      "1304\\u0001\\u001f\\u0008\\u000c\\t\\n\\r\\\"\\\\/\u007f\\u2028\\u2029\uD834\uDD1E\uD800";

  /** Two files: one with findings (one located) and reader warnings, one that could not be read. */
  private static String report() throws IOException {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().withProjectCode(UGLY);
    List<Finding> findings = TableValidator.create().validate(List.of(table)).findings().stream()
        .filter(f -> List.of("JX-CODE-002", "JX-PLAN-002", "JX-VALUE-008").contains(f.rule().id()))
        .toList();
    JsonReport report = new JsonReport(Language.EN);
    StringWriter out = new StringWriter();
    report.begin(out);
    FileReport read = FileReport.of("dir/wei\u2028\u0000\".csv");
    SourceMap places = SourceMap.builder()
        .cell(CellAddress.of(0, TableField.PROJECT_CODE), SourceLocation.at("wei.csv", 3, 2))
        .build();
    try (Spool body = new Spool()) {
      report.table(body, 0, table, read.add(0, table, findings, places, true));
      read.readWarnings(List.of(
          ReadProblem.warning("JX-SHEET-101", SourceLocation.at("wei.csv", 1, 4), "unknown column \u0007备注\u2029"),
          ReadProblem.warning("JX-SHEET-102", SourceLocation.unknown(), "a\\b")));
      report.file(out, 0, read, body);
    }
    FileReport gone = FileReport.of("gone\u001b.json");
    gone.unreadable(new Unreadable("gone\u001b.json: no such file [JX-CLI-001]", "gone：文件不存在 [JX-CLI-001]"));
    try (Spool body = new Spool()) {
      report.file(out, 1, gone, body);
    }
    report.end(out, List.of(read, gone));
    return out.toString();
  }
}
