package io.github.jixiao.cli;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.core.scoring.ScoreCard;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The report for reviewers (HTML 报告): one self-contained page — inline CSS, no script, no font, no link out —
 * with a summary at the top and each table laid out like the published table (numbered from 1, as the
 * document numbers them), every flagged cell highlighted by severity with its messages beside it, and above
 * the table the findings about the table as a whole that no cell shows.
 *
 * <p>Stable hooks for tools and tests: a flagged cell is {@code td.flag.flag-error} (or {@code -warning},
 * {@code -info}, by its most serious finding) with {@code data-rule} (the rule ids, space-separated),
 * {@code data-severity} and {@code data-field}; a self-evaluation or monitoring table is laid out by
 * {@link HtmlFollowUpTable}, with the policy's score beside each published score that differs; a finding about the whole table, or about a cell of the table the page does not lay out (the fiscal year,
 * the amount unit, a missing column), is {@code li.finding} with the same attributes. Each finding appears once. Every user text is escaped.
 */
final class HtmlReport implements ReportWriter {
  /** The six indicator columns every published table has, left to right. */
  private static final List<TableField> INDICATOR_COLUMNS = List.of(TableField.CATEGORY, TableField.SUBCATEGORY,
      TableField.NAME, TableField.DESCRIPTION, TableField.TARGET, TableField.BASIS);
  /** The cells of the table itself that the page lays out; a finding on any other is listed above the table. */
  private static final Set<TableField> TABLE_CELLS_SHOWN = EnumSet.of(TableField.UNIT_CODE, TableField.UNIT_NAME,
      TableField.PROJECT_CODE, TableField.PROJECT_NAME, TableField.BUDGET, TableField.FISCAL_FUNDS,
      TableField.OTHER_FUNDS, TableField.FUND_USE, TableField.GOALS, TableField.SPENDING_PLAN);
  /** The indicator columns shown only when a row of the table fills them. */
  private static final List<TableField> SPLIT_COLUMNS = List.of(TableField.COMPARISON, TableField.UNIT_OF_MEASURE,
      TableField.DIRECTION, TableField.WEIGHT);

  private final Language language;

  HtmlReport(Language language) {
    this.language = language;
  }

  @Override
  public void begin(Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    String title = language.isChinese() ? "绩效目标表校验报告" : "Performance target tables: validation report";
    b.append("<!DOCTYPE html>\n<html lang=\"").append(language.isChinese() ? "zh-CN" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title).append("</title>\n<style>")
        .append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<h1>").append(title).append("</h1>\n");
    out.append(b);
  }

  @Override
  public void table(Spool body, int index, ProjectTargetTable table, List<FileReport.Located> findings) {
    StringBuilder b = new StringBuilder();
    new TableLayout(b, table, index, findings, language).render();
    body.append(b);
  }

  @Override
  public void selfEvaluation(Spool body, int index, SelfEvaluationTable table,
      List<FileReport.EvaluationLocated> findings, ScoreCard card) {
    StringBuilder b = new StringBuilder();
    HtmlFollowUpTable.selfEvaluation(b, index, table, findings, PolicyScores.of(table, card), language);
    body.append(b);
  }

  @Override
  public void monitoring(Spool body, int index, MonitoringTable table, List<FileReport.EvaluationLocated> findings) {
    StringBuilder b = new StringBuilder();
    HtmlFollowUpTable.monitoring(b, index, table, findings, language);
    body.append(b);
  }

  /** The summary comes last, once every file is counted; the style sheet shows it first. */
  @Override
  public void end(Writer out, List<FileReport> files) throws IOException {
    StringBuilder b = new StringBuilder();
    summary(b, files, language);
    out.append(b.append("</body>\n</html>\n"));
  }

  private static void summary(StringBuilder b, List<FileReport> files, Language language) {
    long errors = files.stream().mapToLong(f -> f.count(Severity.ERROR)).sum();
    long warnings = files.stream().mapToLong(f -> f.count(Severity.WARNING)).sum();
    long infos = files.stream().mapToLong(f -> f.count(Severity.INFO)).sum();
    long unreadable = files.stream().filter(f -> f.unreadable().isPresent()).count();
    b.append("<section class=\"summary\" id=\"summary\">\n<p class=\"totals\">");
    badge(b, Severity.ERROR, errors, language);
    badge(b, Severity.WARNING, warnings, language);
    badge(b, Severity.INFO, infos, language);
    b.append("<span class=\"files\">");
    HtmlEscaper.append(b, language.files(files.size(), unreadable));
    b.append("</span></p>\n<table class=\"overview\"><thead><tr><th>")
        .append(language.isChinese() ? "文件" : "file").append("</th><th>")
        .append(language.isChinese() ? "表" : "tables").append("</th><th>")
        .append(language.isChinese() ? "指标" : "indicators").append("</th><th>")
        .append(language.severity(Severity.ERROR)).append("</th><th>")
        .append(language.severity(Severity.WARNING)).append("</th><th>")
        .append(language.severity(Severity.INFO)).append("</th></tr></thead><tbody>\n");
    for (int i = 0; i < files.size(); i++) {
      FileReport f = files.get(i);
      b.append("<tr><td><a href=\"#file-").append(i).append("\">");
      HtmlEscaper.append(b, f.file());
      b.append("</a></td>");
      if (f.unreadable().isPresent()) {
        b.append("<td colspan=\"5\" class=\"unreadable\">").append(language.unreadable()).append("</td></tr>\n");
        continue;
      }
      b.append("<td>").append(f.tableCount()).append("</td><td>").append(f.indicatorCount())
          .append("</td><td class=\"n-error\">").append(f.count(Severity.ERROR))
          .append("</td><td class=\"n-warning\">").append(f.count(Severity.WARNING))
          .append("</td><td class=\"n-info\">").append(f.count(Severity.INFO)).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n</section>\n");
  }

  private static void badge(StringBuilder b, Severity severity, long n, Language language) {
    b.append("<span class=\"badge badge-").append(severity.id()).append("\">")
        .append(language.severity(severity)).append(" <b>").append(n).append("</b></span> ");
  }

  @Override
  public void file(Writer out, int index, FileReport file, Spool body) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"file\" id=\"file-").append(index).append("\">\n<h2>");
    HtmlEscaper.append(b, file.file());
    b.append("</h2>\n");
    if (file.unreadable().isPresent()) {
      b.append("<p class=\"unreadable\">");
      HtmlEscaper.append(b, file.unreadable(language).get());
      b.append("</p>\n");
    }
    if (!file.readWarnings().isEmpty()) {
      b.append("<ul class=\"read-warnings\">\n");
      for (ReadProblem w : file.readWarnings()) {
        b.append("<li class=\"read-warning\" data-code=\"");
        HtmlEscaper.append(b, w.code());
        b.append("\"><b>");
        HtmlEscaper.append(b, w.code());
        b.append("</b> ");
        HtmlEscaper.append(b, language.location(w.location()) + (language.isChinese() ? "：" : ": ")
            + w.message(language.locale()));
        b.append("</li>\n");
      }
      b.append("</ul>\n");
    }
    out.append(b);
    body.writeTo(out);
    out.append("</section>\n");
  }

  /** Lays out one table like the published one and marks its flagged cells. */
  private static final class TableLayout {
    private final StringBuilder b;
    private final ProjectTargetTable table;
    private final int index;
    private final List<FileReport.Located> findings;
    private final Language language;
    private final Map<CellAddress, List<FileReport.Located>> byCell = new LinkedHashMap<>();
    private final boolean comparison;
    private final boolean unitOfMeasure;
    private final boolean direction;
    private final boolean weight;

    TableLayout(StringBuilder b, ProjectTargetTable table, int index, List<FileReport.Located> findings,
        Language language) {
      this.b = b;
      this.table = table;
      this.index = index;
      this.findings = findings;
      this.language = language;
      this.comparison = any(i -> i.comparisonText().isPresent());
      this.unitOfMeasure = any(i -> i.unitOfMeasure().isPresent());
      this.direction = any(i -> i.directionText().isPresent());
      this.weight = any(i -> i.weightText().isPresent());
      for (FileReport.Located f : findings) {
        byCell.computeIfAbsent(cellOf(f.finding()), k -> new ArrayList<>()).add(f);
      }
    }

    private boolean any(Function<Indicator, Boolean> has) {
      return table.indicators().stream().anyMatch(has::apply);
    }

    /** The indicator grid's columns: the six published ones and the split columns in use. */
    private int indicatorColumns() {
      return 6 + (comparison ? 1 : 0) + (unitOfMeasure ? 1 : 0) + (direction ? 1 : 0) + (weight ? 1 : 0);
    }

    /** The layout's columns: the budget row needs seven (its label, then three labels and three amounts). */
    private int columns() {
      return Math.max(7, indicatorColumns());
    }

    /**
     * The cell a finding marks: its own, except that a finding on a split column not shown marks the row's
     * name, and one on a checkpoint the table does not have marks the spending plan as a whole.
     */
    private CellAddress cellOf(Finding f) {
      TableField field = f.field();
      if (f.indicator().isPresent()) {
        return CellAddress.of(index, f.indicator().getAsInt(), isShown(field) ? field : TableField.NAME);
      }
      if (field == TableField.SPENDING_PLAN && f.detail().isPresent()) {
        boolean known = table.spendingPlan().checkpoints().stream().anyMatch(c -> c.label().equals(f.detail().get()));
        return known ? planCell(f.detail().get()) : CellAddress.of(index, field);
      }
      return CellAddress.of(index, field);
    }

    /** Whether the indicator grid has a column for {@code field}. */
    private boolean isShown(TableField field) {
      return switch (field) {
        case COMPARISON -> comparison;
        case UNIT_OF_MEASURE -> unitOfMeasure;
        case DIRECTION -> direction;
        case WEIGHT -> weight;
        default -> true;
      };
    }

    private CellAddress planCell(String checkpoint) {
      return CellAddress.of(index, TableField.SPENDING_PLAN).withDetail(checkpoint);
    }

    void render() {
      b.append("<article class=\"project\" id=\"table-").append(index).append("\">\n<h3><span class=\"no\">")
          .append(language.isChinese() ? "表 " : "table ").append(index + 1).append("</span> ");
      HtmlEscaper.append(b, table.projectName().orElse(language.unnamed()));
      b.append("</h3>\n");
      tableFindings();
      int cols = columns();
      b.append("<table class=\"sheet\">\n<tr>");
      cell(TableField.UNIT_CODE, table.unit().flatMap(u -> u.code()).orElse(""), 1, "unit");
      cell(TableField.UNIT_NAME, table.unit().map(u -> u.name()).orElse(""), cols - 2, "unit");
      b.append("<td class=\"money-unit\">单位：").append(table.amountUnit().label()).append("</td></tr>\n<tr>");
      label(TableField.PROJECT_CODE, 1);
      cell(TableField.PROJECT_CODE, table.projectCode().orElse(""), 1, "code");
      label(TableField.PROJECT_NAME, 1);
      cell(TableField.PROJECT_NAME, table.projectName().orElse(""), cols - 3, null);
      b.append("</tr>\n<tr>");
      b.append("<th rowspan=\"2\">预算规模及资金用途</th>");
      label(TableField.BUDGET, 1);
      cell(TableField.BUDGET, amount(table.budget().totalCell()), 1, "num");
      label(TableField.FISCAL_FUNDS, 1);
      cell(TableField.FISCAL_FUNDS, amount(table.budget().fiscalFundsCell()), 1, "num");
      label(TableField.OTHER_FUNDS, 1);
      cell(TableField.OTHER_FUNDS, amount(table.budget().otherFundsCell()), Math.max(1, cols - 6), "num");
      b.append("</tr>\n<tr>");
      cell(TableField.FUND_USE, table.fundUse().orElse(""), cols - 1, "text");
      b.append("</tr>\n");
      spendingPlan(cols);
      b.append("<tr>");
      label(TableField.GOALS, 1);
      goals(cols - 1);
      b.append("</tr>\n<tr class=\"indicator-header\">");
      int extra = cols - indicatorColumns();
      for (TableField h : INDICATOR_COLUMNS) {
        label(h, h == TableField.BASIS ? 1 + extra : 1);
      }
      for (TableField h : SPLIT_COLUMNS) {
        if (isShown(h)) {
          label(h, 1);
        }
      }
      b.append("</tr>\n");
      indicators();
      b.append("</table>\n");
      if (!table.complete()) {
        b.append("<p class=\"cut-off\">").append(language.isChinese() ? "此表在原文中被截断。"
            : "This table was cut off in the source.").append("</p>\n");
      }
      b.append("</article>\n");
    }

    /**
     * The findings about the table as a whole, listed above it. A table-level finding about a cell the layout
     * shows (其他资金, a checkpoint, the goals) is shown there only, at the cell to fix, not twice.
     */
    private void tableFindings() {
      List<FileReport.Located> tableLevel = new ArrayList<>();
      for (FileReport.Located f : findings) {
        if (f.finding().indicator().isEmpty() && !TABLE_CELLS_SHOWN.contains(f.finding().field())) {
          tableLevel.add(f);
        }
      }
      if (tableLevel.isEmpty()) {
        if (findings.stream().anyMatch(f -> f.finding().indicator().isEmpty())) {
          return;  // its table-level findings are all at their cells
        }
        b.append("<p class=\"clean\">").append(language.isChinese() ? "表级无问题。" : "No table-level finding.")
            .append("</p>\n");
        return;
      }
      b.append("<ul class=\"table-findings\">\n");
      for (FileReport.Located f : tableLevel) {
        Finding finding = f.finding();
        b.append("<li class=\"finding finding-").append(finding.severity().id()).append("\" data-rule=\"")
            .append(finding.rule().id()).append("\" data-severity=\"").append(finding.severity().id())
            .append("\" data-field=\"").append(finding.field().wireName()).append("\">");
        HtmlFlags.note(b, f, language);
        b.append("</li>\n");
      }
      b.append("</ul>\n");
    }

    private void spendingPlan(int cols) {
      List<Checkpoint> plan = table.spendingPlan().checkpoints();
      int span = Math.max(1, plan.size());
      b.append("<tr>");
      b.append("<th rowspan=\"2\"");
      List<FileReport.Located> whole = byCell.getOrDefault(CellAddress.of(index, TableField.SPENDING_PLAN), List.of());
      flagAttributes(whole, TableField.SPENDING_PLAN);
      b.append('>').append(TableField.SPENDING_PLAN.term()).append("（%）");
      notes(whole);
      b.append("</th>");
      if (plan.isEmpty()) {
        b.append("<td colspan=\"").append(cols - 1).append("\" rowspan=\"2\" class=\"blank\"></td></tr>\n<tr></tr>\n");
        return;
      }
      for (int i = 0; i < plan.size(); i++) {
        b.append("<th").append(colspan(i == plan.size() - 1 ? cols - span : 1)).append('>')
            .append(plan.get(i).label()).append("</th>");
      }
      b.append("</tr>\n<tr>");
      for (int i = 0; i < plan.size(); i++) {
        Checkpoint c = plan.get(i);
        cell(planCell(c.label()), c.percent().map(p -> p.toPlainString() + "%").or(c::unparsedText).orElse(""),
            i == plan.size() - 1 ? cols - span : 1, "num");
      }
      b.append("</tr>\n");
    }

    private void goals(int span) {
      List<FileReport.Located> marks = byCell.getOrDefault(CellAddress.of(index, TableField.GOALS), List.of());
      b.append("<td").append(colspan(span));
      flagAttributes(marks, TableField.GOALS);
      b.append("><ol class=\"goals\">");
      for (String goal : table.goals()) {
        b.append("<li>");
        HtmlEscaper.append(b, goal);
        b.append("</li>");
      }
      b.append("</ol>");
      notes(marks);
      b.append("</td>");
    }

    private void indicators() {
      String previousCategory = null;
      List<Indicator> rows = table.indicators();
      for (int i = 0; i < rows.size(); i++) {
        Indicator row = rows.get(i);
        b.append("<tr class=\"indicator\" data-indicator=\"").append(i).append("\">");
        // As published: the category is written on the first row of its group only.
        boolean first = !row.categoryLabel().equals(previousCategory);
        CellAddress categoryCell = CellAddress.of(index, i, TableField.CATEGORY);
        boolean shown = first || byCell.containsKey(categoryCell);
        cell(categoryCell, shown ? row.categoryLabel() : "", 1, shown ? "category" : "category inherited");
        previousCategory = row.categoryLabel();
        cell(CellAddress.of(index, i, TableField.SUBCATEGORY), row.subcategoryLabel(), 1, null);
        cell(CellAddress.of(index, i, TableField.NAME), row.name(), 1, null);
        cell(CellAddress.of(index, i, TableField.DESCRIPTION), row.description().orElse(""), 1, "text");
        cell(CellAddress.of(index, i, TableField.TARGET), row.target().raw(), 1, "target");
        cell(CellAddress.of(index, i, TableField.BASIS), row.basis().orElse(""), 1 + columns() - indicatorColumns(),
            null);
        if (comparison) {
          cell(CellAddress.of(index, i, TableField.COMPARISON), row.comparison().map(c -> c.symbol()).or(row::comparisonText).orElse(""), 1,
              null);
        }
        if (unitOfMeasure) {
          cell(CellAddress.of(index, i, TableField.UNIT_OF_MEASURE), row.unitOfMeasure().orElse(""), 1, null);
        }
        if (direction) {
          cell(CellAddress.of(index, i, TableField.DIRECTION), row.direction().map(d -> d.label()).or(row::directionText).orElse(""), 1,
              null);
        }
        if (weight) {
          cell(CellAddress.of(index, i, TableField.WEIGHT), row.weight().map(w -> w.toPlainString()).or(row::weightText).orElse(""), 1,
              "num");
        }
        b.append("</tr>\n");
      }
    }

    /** The published label of {@code field} as a header cell. */
    private void label(TableField field, int span) {
      b.append("<th").append(colspan(span)).append('>').append(field.term()).append("</th>");
    }

    private void cell(TableField field, String value, int span, String kind) {
      cell(CellAddress.of(index, field), value, span, kind);
    }

    private void cell(CellAddress address, String value, int span, String kind) {
      List<FileReport.Located> marks = byCell.getOrDefault(address, List.of());
      b.append("<td").append(colspan(span));
      TableField field = address.field();
      if (marks.isEmpty()) {
        if (kind != null || value.isEmpty()) {
          b.append(" class=\"").append(kind == null ? "" : kind).append(value.isEmpty() ? " blank" : "").append('"');
        }
      } else {
        flagAttributes(marks, field, kind);
      }
      b.append("><div class=\"v\">");
      HtmlEscaper.append(b, value);
      b.append("</div>");
      notes(marks);
      b.append("</td>");
    }

    private void flagAttributes(List<FileReport.Located> marks, TableField field) {
      flagAttributes(marks, field, null);
    }

    private void flagAttributes(List<FileReport.Located> marks, TableField field, String kind) {
      if (!marks.isEmpty()) {
        HtmlFlags.attributes(b, marks, field.wireName(), kind);
      }
    }

    private void notes(List<FileReport.Located> marks) {
      HtmlFlags.notes(b, marks, language);
    }

    private static String colspan(int span) {
      return span > 1 ? " colspan=\"" + span + "\"" : "";
    }

    /** An amount in the table's money unit as a bare number, as published; one in another unit says so. */
    /** The amount as the table's unit shows it; a cell that is no amount as it was written. */
    private String amount(Optional<WrittenAmount> cell) {
      return cell.map(c -> c.amount().map(a -> a.unit() == table.amountUnit() ? a.value().toPlainString() : a.toString())
          .orElse(c.text())).orElse("");
    }
  }
}
