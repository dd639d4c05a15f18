package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the HTML report in a real headless Chromium: the flagged cells must be marked in the browser's DOM,
 * with their severity's colour applied, and no user text may have become an element. Keeps
 * {@code target/html-report/report.png} as the artifact to look at.
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target", "html-report");

  /** Written into the page copy the test loads (the report itself has no script): what the browser built. */
  private static final String PROBE = "<script>(function(){var r={cells:[],items:[],scripts:"
      + "document.getElementsByTagName('script').length,images:document.getElementsByTagName('img').length,"
      + "title:document.title};document.querySelectorAll('td.flag').forEach(function(e){r.cells.push({rule:"
      + "e.getAttribute('data-rule'),severity:e.getAttribute('data-severity'),field:e.getAttribute('data-field'),"
      + "background:getComputedStyle(e).backgroundColor,note:e.querySelector('.note')!==null});});"
      + "document.querySelectorAll('li.finding').forEach(function(e){r.items.push(e.getAttribute('data-rule'));});"
      + "r.marks=[];document.querySelectorAll('.flag, li.finding').forEach(function(e){r.marks.push("
      + "e.closest('article').id+' '+e.getAttribute('data-rule'));});"
      + "var p=document.createElement('pre');p.id='probe';p.textContent=JSON.stringify(r);"
      + "document.body.appendChild(p);})();</script>";

  @Test
  void flaggedCellsAreMarkedInTheBrowser() throws Exception {
    Path chromium = chromium();
    Files.createDirectories(OUT);
    List<ProjectTargetTable> tables = new ArrayList<>(SeedTables.wei2025());
    tables.add(SeedTables.dingzhouYouthDevelopment());
    tables.add(HtmlReportTest.hostileTable());
    Path input = Inputs.json(OUT, "defects.json", tables);
    Cli r = Cli.run("validate", "--report", "html", input.toString());
    Path report = Files.writeString(OUT.resolve("report.html"), r.out, StandardCharsets.UTF_8);
    Path probed = Files.writeString(OUT.resolve("report-probed.html"),
        r.out.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

    String dom = run(chromium, "--dump-dom", probed.toUri().toString());
    Matcher m = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(m.find()).as(dom.length() > 2000 ? dom.substring(0, 2000) : dom).isTrue();
    JsonNode probe = JsonMapper.builder().build().readTree(unescape(m.group(1)));

    assertThat(probe.get("scripts").asInt()).as("only the probe runs").isEqualTo(1);
    assertThat(probe.get("images").asInt()).as("a typed <img> stays text").isZero();
    List<String> cells = new ArrayList<>();
    for (JsonNode cell : probe.get("cells")) {
      cells.add(cell.get("rule").asString() + "/" + cell.get("severity").asString() + "/" + cell.get("field").asString());
      assertThat(cell.get("note").asBoolean()).as("a message beside " + cell).isTrue();
      String bg = cell.get("background").asString();
      switch (cell.get("severity").asString()) {
        case "error":
          assertThat(bg).isEqualTo("rgb(253, 226, 225)");
          break;
        case "warning":
          assertThat(bg).isEqualTo("rgb(255, 244, 214)");
          break;
        default:
          assertThat(bg).isEqualTo("rgb(227, 240, 255)");
      }
    }
    assertThat(cells).contains("JX-PLAN-002/warning/spendingPlan", "JX-MONEY-003/warning/otherFunds",
        "JX-VALUE-008/error/target", "JX-VALUE-002/error/target", "JX-ROW-001/warning/name");
    assertThat(probe.get("items").toString()).contains("JX-TREE-006").doesNotContain("JX-MONEY-003", "JX-PLAN-002");
    // A table-level finding appears once in its table, at the cell to fix: the first Wei table has one of each.
    List<String> first = new ArrayList<>();
    for (JsonNode mark : probe.get("marks")) {
      if (mark.asString().startsWith("table-0 ")) {
        first.addAll(List.of(mark.asString().substring("table-0 ".length()).split(" ")));
      }
    }
    for (String rule : List.of("JX-MONEY-003", "JX-PLAN-002", "JX-TREE-006")) {
      assertThat(first).as(rule).containsOnlyOnce(rule);
    }

    Path png = OUT.resolve("report.png");
    Files.deleteIfExists(png);
    run(chromium, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2600", report.toUri().toString());
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (new File(candidate).canExecute()) {
        return Path.of(candidate);
      }
    }
    String message = "Chromium is not installed (apt-get install -y chromium); the HTML report's browser test";
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(message + " must run in CI");
    }
    Assumptions.abort(message + " is skipped on this machine");
    return null;
  }

  private static String run(Path chromium, String... args) throws Exception {
    Path profile = Files.createTempDirectory("jixiao-chromium");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
        "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("chromium", ".out");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 60 s: " + command);
    }
    return Files.readString(stdout);
  }
}
