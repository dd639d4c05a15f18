package io.github.jixiao.cli;

import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.validation.EvaluationFinding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A self-evaluation or monitoring table laid out like the published one in the HTML report (自评表、监控表版面):
 * the project, the budget line, the goals (and the outcome), the indicator grid with the cells the table adds,
 * and for a self-evaluation the total and grade. Flagged cells carry the report's hooks ({@code td.flag},
 * {@code data-rule}, {@code data-severity}, {@code data-field} with the finding's wire name); a finding on a cell
 * the layout does not show is listed above the table. Beside each published score that differs from the
 * scoring policy's the policy's score is shown ({@code span.policy-score} with {@code data-policy}).
 */
final class HtmlFollowUpTable {
  /** The columns of the indicator grid; every row of the layout spans as many. */
  private static final int COLUMNS = 8;

  /** The page the table is written on; {@link #b} collects the table's rows first. */
  private final StringBuilder page;
  private final StringBuilder b = new StringBuilder();
  private final int index;
  private final List<FileReport.EvaluationLocated> findings;
  private final Language language;
  private final EvaluationCells cells;
  private final Map<String, List<FileReport.EvaluationLocated>> byCell = new LinkedHashMap<>();
  private final Set<String> shown = new HashSet<>();

  private HtmlFollowUpTable(StringBuilder page, int index, List<FileReport.EvaluationLocated> findings,
      Language language, EvaluationCells cells, List<String> tableCells, List<String> rowCells) {
    this.page = page;
    this.index = index;
    this.findings = findings;
    this.language = language;
    this.cells = cells;
    tableCells.forEach(f -> shown.add("-1:" + f));
    rowCells.forEach(f -> shown.add("row:" + f));
    for (FileReport.EvaluationLocated f : findings) {
      byCell.computeIfAbsent(key(f.finding()), k -> new ArrayList<>()).add(f);
    }
  }

  static void selfEvaluation(StringBuilder b, int index, SelfEvaluationTable table,
      List<FileReport.EvaluationLocated> findings, PolicyScores scores, Language language) {
    HtmlFollowUpTable t = new HtmlFollowUpTable(b, index, findings, language, EvaluationCells.SELF_EVALUATION,
        List.of("projectCode", "projectName", "initialBudget", "annualBudget", "annualSpending", "executionRate",
            "executionWeight", "executionScore", "goals", "outcome", "totalScore", "grade"),
        List.of("category", "subcategory", "name", "target", "actual", "weight", "score", "deviation"));
    t.project(table.projectCode(), table.projectName());
    var line = table.budgetExecution();
    t.pairs(List.of(
        new Pair("initialBudget", amount(line.initialBudgetCell()), null),
        new Pair("annualBudget", amount(line.annualBudgetCell()), null),
        new Pair("annualSpending", amount(line.annualSpendingCell()), null),
        new Pair("executionRate", line.executionRateText().orElse(""), null)));
    PolicyScores.Row execution = scores.row(-1);
    t.pairs(List.of(
        new Pair("executionWeight", line.weightText().orElse(""), null),
        new Pair("executionScore", line.scoreText().orElse(""), execution.differs() ? execution.computed().get() : null),
        new Pair("totalScore", table.totalScoreText().orElse(""), scores.differingTotal().orElse(null)),
        new Pair("grade", table.gradeText().orElse(""), null)));
    t.goals(table.goals());
    t.wide("outcome", table.outcome().orElse(""));
    t.header(List.of("category", "subcategory", "name", "target", "actual", "weight", "score", "deviation"));
    for (int i = 0; i < table.indicators().size(); i++) {
      EvaluatedIndicator e = table.indicators().get(i);
      Indicator row = e.indicator();
      PolicyScores.Row scored = scores.row(i);
      t.row(i, List.of(
          new Pair("category", row.categoryLabel(), null),
          new Pair("subcategory", row.subcategoryLabel(), null),
          new Pair("name", row.name(), null),
          new Pair("target", row.target().raw(), null),
          new Pair("actual", e.actual().raw(), null),
          new Pair("weight", row.weight().map(w -> w.toPlainString()).or(row::weightText).orElse(""), null),
          new Pair("score", e.scoreText().orElse(""), scored.differs() ? scored.computed().get() : null),
          new Pair("deviation", e.deviation().orElse(""), null)));
    }
    t.render(table.projectName(), "self-evaluation");
    b.append("<p class=\"total-score\">");
    HtmlEscaper.append(b, language.totalScore(index, scores));
    b.append("</p>\n");
  }

  static void monitoring(StringBuilder b, int index, MonitoringTable table,
      List<FileReport.EvaluationLocated> findings, Language language) {
    HtmlFollowUpTable t = new HtmlFollowUpTable(b, index, findings, language, EvaluationCells.MONITORING,
        List.of("projectCode", "projectName", "period", "initialBudget", "annualBudget", "spendingToDate",
            "executionRate", "expectedSpending", "goals"),
        List.of("category", "subcategory", "name", "target", "progress", "expected", "deviation", "correction"));
    t.project(table.projectCode(), table.projectName());
    t.pairs(List.of(
        new Pair("period", table.periodText().orElse(""), null),
        new Pair("annualBudget", amount(table.annualBudgetCell()), null),
        new Pair("spendingToDate", amount(table.spendingToDateCell()), null),
        new Pair("executionRate", table.executionRateText().orElse(""), null)));
    t.pairs(List.of(new Pair("initialBudget", amount(table.initialBudgetCell()), null),
        new Pair("expectedSpending", amount(table.expectedSpendingCell()), null)));
    t.goals(table.goals());
    t.header(List.of("category", "subcategory", "name", "target", "progress", "expected", "deviation",
        "correction"));
    for (int i = 0; i < table.indicators().size(); i++) {
      MonitoredIndicator m = table.indicators().get(i);
      Indicator row = m.indicator();
      t.row(i, List.of(
          new Pair("category", row.categoryLabel(), null),
          new Pair("subcategory", row.subcategoryLabel(), null),
          new Pair("name", row.name(), null),
          new Pair("target", row.target().raw(), null),
          new Pair("progress", m.progress().raw(), null),
          new Pair("expected", m.expected().raw(), null),
          new Pair("deviation", m.deviation().orElse(""), null),
          new Pair("correction", m.correction().orElse(""), null)));
    }
    t.render(table.projectName(), "monitoring");
  }

  /** A cell: its wire name, its value as written and the policy's score to show beside it, or null. */
  private record Pair(String field, String value, String policy) {}

  /** A finding's cell: its own when shown, else the row's name, else none (listed above the table). */
  private String key(EvaluationFinding f) {
    if (f.indicator().isPresent()) {
      String field = shown.contains("row:" + f.field()) ? f.field() : "name";
      return f.indicator().getAsInt() + ":" + field;
    }
    return "-1:" + f.field();
  }

  /** The heading, the findings no shown cell holds, then the table's rows. */
  private void render(Optional<String> name, String kind) {
    page.append("<article class=\"project ").append(kind).append("\" id=\"table-").append(index)
        .append("\">\n<h3><span class=\"no\">").append(language.isChinese() ? "表 " : "table ").append(index + 1)
        .append("</span> ");
    HtmlEscaper.append(page, name.orElse(language.unnamed()));
    page.append("</h3>\n");
    List<FileReport.EvaluationLocated> above = new ArrayList<>();
    for (FileReport.EvaluationLocated f : findings) {
      if (f.finding().indicator().isEmpty() && !shown.contains("-1:" + f.finding().field())) {
        above.add(f);
      }
    }
    if (!above.isEmpty()) {
      page.append("<ul class=\"table-findings\">\n");
      for (FileReport.EvaluationLocated f : above) {
        EvaluationFinding finding = f.finding();
        page.append("<li class=\"finding finding-").append(finding.severity().id()).append("\" data-rule=\"")
            .append(finding.rule().id()).append("\" data-severity=\"").append(finding.severity().id())
            .append("\" data-field=\"");
        HtmlEscaper.append(page, finding.field());
        page.append("\">");
        HtmlFlags.note(page, f, language);
        page.append("</li>\n");
      }
      page.append("</ul>\n");
    }
    page.append("<table class=\"sheet\">\n").append(b).append("</table>\n</article>\n");
  }

  private void project(Optional<String> code, Optional<String> name) {
    b.append("<tr>");
    label("projectCode", 1);
    cell("-1:projectCode", "projectCode", code.orElse(""), null, 1, "code");
    label("projectName", 1);
    cell("-1:projectName", "projectName", name.orElse(""), null, COLUMNS - 3, null);
    b.append("</tr>\n");
  }

  /** A row of label and value pairs; the last value spans what is left of the row. */
  private void pairs(List<Pair> pairs) {
    b.append("<tr>");
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      label(p.field(), 1);
      int span = i == pairs.size() - 1 ? COLUMNS - 2 * pairs.size() + 1 : 1;
      cell("-1:" + p.field(), p.field(), p.value(), p.policy(), span, "num");
    }
    b.append("</tr>\n");
  }

  private void goals(List<String> goals) {
    b.append("<tr>");
    label("goals", 1);
    StringBuilder list = new StringBuilder("<ol class=\"goals\">");
    for (String goal : goals) {
      list.append("<li>");
      HtmlEscaper.append(list, goal);
      list.append("</li>");
    }
    cellHtml("-1:goals", "goals", list.append("</ol>").toString(), COLUMNS - 1, "text");
    b.append("</tr>\n");
  }

  private void wide(String field, String value) {
    b.append("<tr>");
    label(field, 1);
    cell("-1:" + field, field, value, null, COLUMNS - 1, "text");
    b.append("</tr>\n");
  }

  private void header(List<String> fields) {
    b.append("<tr class=\"indicator-header\">");
    fields.forEach(f -> label(f, 1));
    b.append("</tr>\n");
  }

  private void row(int i, List<Pair> pairs) {
    b.append("<tr class=\"indicator\" data-indicator=\"").append(i).append("\">");
    for (Pair p : pairs) {
      cell(i + ":" + p.field(), p.field(), p.value(), p.policy(), 1, null);
    }
    b.append("</tr>\n");
  }

  private void label(String field, int span) {
    b.append("<th").append(colspan(span)).append('>');
    HtmlEscaper.append(b, cells.term(field));
    b.append("</th>");
  }

  private void cell(String key, String field, String value, String policy, int span, String kind) {
    StringBuilder html = new StringBuilder("<div class=\"v\">");
    HtmlEscaper.append(html, value);
    html.append("</div>");
    if (policy != null) {
      html.append("<span class=\"policy-score\" data-policy=\"").append(policy).append("\">");
      HtmlEscaper.append(html, language.policyScore(policy));
      html.append("</span>");
    }
    cellHtml(key, field, html.toString(), span, value.isEmpty() ? (kind == null ? "blank" : kind + " blank") : kind);
  }

  private void cellHtml(String key, String field, String html, int span, String kind) {
    List<FileReport.EvaluationLocated> marks = byCell.getOrDefault(key, List.of());
    b.append("<td").append(colspan(span));
    if (marks.isEmpty()) {
      if (kind != null) {
        b.append(" class=\"").append(kind).append('"');
      }
    } else {
      HtmlFlags.attributes(b, marks, field, kind);
    }
    b.append('>').append(html);
    HtmlFlags.notes(b, marks, language);
    b.append("</td>");
  }

  private static String colspan(int span) {
    return span > 1 ? " colspan=\"" + span + "\"" : "";
  }

  private static String amount(Optional<WrittenAmount> cell) {
    return cell.map(WrittenAmount::text).orElse("");
  }
}
