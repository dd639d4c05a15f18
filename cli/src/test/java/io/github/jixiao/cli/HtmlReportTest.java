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

class HtmlReportTest {
  @TempDir
  Path dir;

  /** Wei's hardship-grant table with hostile text typed into its cells. */
  static ProjectTargetTable hostileTable() {
    return SeedTables.weiHardshipGrants().toBuilder()
        .projectName("<script>alert('x')</script> & \"引号\" ${jndi:ldap://x}")
        .addIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "<b>粗</b>", "#{1+1} <img src=x>")
        .build();
  }

  @Test
  void escapesEveryUserText() {
    Path file = Inputs.json(dir, "hostile.json", List.of(hostileTable()));
    Cli r = Cli.run("validate", "--report", "html", file.toString());
    assertThat(r.out).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>粗")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot; ${jndi:ldap://x}")
        .contains("#{1+1} &lt;img src=x&gt;");
  }

  @Test
  void isSelfContained() {
    Path file = Inputs.json(dir, "wei.json", SeedTables.wei2025());
    String html = Cli.run("validate", "--report", "html", file.toString()).out;
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
        .doesNotContain("<link").doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
        .doesNotContain("@import").doesNotContain("url(");
  }

  @Test
  void marksFlaggedCellsBySeverityWithTheirMessages() {
    Path file = Inputs.json(dir, "wei.json", SeedTables.wei2025());
    String html = Cli.run("validate", "--report", "html", file.toString()).out;
    assertThat(html)
        .contains("class=\"flag flag-warning num\" data-rule=\"JX-PLAN-002\" data-severity=\"warning\""
            + " data-field=\"spendingPlan\"")
        .contains("data-rule=\"JX-VALUE-008\"")
        .contains("class=\"flag flag-warning num\" data-rule=\"JX-MONEY-003\" data-severity=\"warning\""
            + " data-field=\"otherFunds\"")
        .contains("<li class=\"finding finding-info\" data-rule=\"JX-TREE-006\"")
        .contains("资金支出计划「12月底」未填写");
  }

  @Test
  void showsEachTableLevelFindingOnceAtTheCellToFix() {
    Path file = Inputs.json(dir, "wei.json", SeedTables.wei2025());
    String html = Cli.run("validate", "--report", "html", file.toString()).out;
    for (String table : List.of("table-0", "table-1")) {
      String article = html.substring(html.indexOf("<article class=\"project\" id=\"" + table + "\""));
      article = article.substring(0, article.indexOf("</article>"));
      for (String rule : List.of("JX-MONEY-003", "JX-PLAN-002", "JX-TREE-006")) {
        assertThat(article.split("data-rule=\"" + rule + "\"", -1)).as(table + " " + rule).hasSize(2);
      }
      assertThat(article).doesNotContain("<li class=\"finding finding-warning\"");
    }
  }

  @Test
  void numbersTablesAndPlacesFromOneInTheChosenLanguage() {
    Path text = Inputs.write(dir.resolve("wei.txt"), Inputs.weiText());
    String zh = Cli.run("validate", "--report", "html", text.toString()).out;
    assertThat(zh).contains("<span class=\"no\">表 1</span>").doesNotContain("<span class=\"no\">表 0</span>")
        .containsPattern("<span class=\"place\">原文第 \\d+ 行</span>");
    String en = Cli.run("validate", "--report", "html", "--lang", "en", text.toString()).out;
    assertThat(en).contains("<span class=\"no\">table 1</span>").containsPattern("<span class=\"place\">line \\d+</span>");
  }
}
