package io.github.jixiao.cli;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.scoring.ScoreCard;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The report for people (文本报告): per file a heading, then each finding on two lines — where (rule id,
 * severity, table and row counted from 1 with their names, the cell, the checkpoint, the value as typed, the
 * row or line of the file) and what (the message in the chosen language) — and a summary line.
 *
 * <pre>
 * JX-PLAN-002   警告     表 2 «2025年特困生救助金» · 资金支出计划 · 12月底 · 原文第 155 行
 *               资金支出计划「12月底」未填写；累计比例应在最后一个节点达到 100%。
 * </pre>
 *
 * <p>A self-evaluation table's findings are followed by its total beside the policy's:
 *
 * <pre>
 * 表1 总分：发布 92，按政策重算 88.50
 * </pre>
 *
 * <p>Every text that came from an input (file names, names, values, messages quoting them) goes through
 * {@link TerminalText}, so a table cannot forge report lines or drive the terminal.
 */
final class TextReport implements ReportWriter {
  private static final String INDENT = "              ";

  private final Language language;

  TextReport(Language language) {
    this.language = language;
  }

  @Override
  public void begin(Writer out) {
    // A text report opens with its first file.
  }

  @Override
  public void table(Spool body, int index, ProjectTargetTable table, List<FileReport.Located> findings) {
    StringBuilder b = new StringBuilder();
    for (FileReport.Located f : findings) {
      finding(b, f, table.projectName(), table.indicators(), language.field(f.field()), language);
    }
    body.append(b);
  }

  @Override
  public void selfEvaluation(Spool body, int index, SelfEvaluationTable table,
      List<FileReport.EvaluationLocated> findings, ScoreCard card) {
    StringBuilder b = new StringBuilder();
    List<Indicator> rows = table.indicators().stream().map(e -> e.indicator()).toList();
    for (FileReport.EvaluationLocated f : findings) {
      finding(b, f, table.projectName(), rows, language.field(EvaluationCells.SELF_EVALUATION, f.field()),
          language);
    }
    b.append(TerminalText.escape(language.totalScore(index, PolicyScores.of(table, card)))).append('\n');
    body.append(b);
  }

  @Override
  public void monitoring(Spool body, int index, MonitoringTable table, List<FileReport.EvaluationLocated> findings) {
    StringBuilder b = new StringBuilder();
    List<Indicator> rows = table.indicators().stream().map(e -> e.indicator()).toList();
    for (FileReport.EvaluationLocated f : findings) {
      finding(b, f, table.projectName(), rows, language.field(EvaluationCells.MONITORING, f.field()),
          language);
    }
    body.append(b);
  }

  @Override
  public void file(Writer out, int index, FileReport file, Spool body) throws IOException {
    StringBuilder b = new StringBuilder();
    String name = TerminalText.escape(file.file());
    if (file.unreadable().isPresent() && file.tableCount() == 0) {
      out.append(b.append(language.unreadable()).append(": ")
          .append(TerminalText.escape(file.unreadable(language).get())).append("\n\n"));
      return;
    }
    b.append("== ").append(name).append(" · ")
        .append(language.contents((int) file.tableCount(), (int) file.indicatorCount())).append('\n');
    for (ReadProblem w : file.readWarnings()) {
      b.append(w.code()).append("  ").append(language.readProblem(w.severity())).append("  ")
          .append(TerminalText.escape(language.location(w.location()))).append('\n')
          .append(INDENT).append(TerminalText.escape(w.message(language.locale()))).append('\n');
    }
    out.append(b);
    body.writeTo(out);
    b.setLength(0);
    if (file.unreadable().isPresent()) {
      // Read part-way: what was read is reported above, and the file is counted as unreadable.
      b.append(language.unreadable()).append(": ").append(TerminalText.escape(file.unreadable(language).get()))
          .append('\n');
    }
    b.append(name).append(": ")
        .append(language.counts(file.count(Severity.ERROR), file.count(Severity.WARNING), file.count(Severity.INFO)))
        .append("\n\n");
    out.append(b);
  }

  @Override
  public void end(Writer out, List<FileReport> files) throws IOException {
    if (files.size() > 1) {
      long unreadable = files.stream().filter(f -> f.unreadable().isPresent()).count();
      long errors = files.stream().mapToLong(f -> f.count(Severity.ERROR)).sum();
      long warnings = files.stream().mapToLong(f -> f.count(Severity.WARNING)).sum();
      long infos = files.stream().mapToLong(f -> f.count(Severity.INFO)).sum();
      out.append(language.files(files.size(), unreadable)).append(": ")
          .append(language.counts(errors, warnings, infos)).append('\n');
    }
  }

  /**
   * One finding: rule, severity and where — table, indicator row, the cell by its label ({@code field}), detail,
   * value and place in the file — then the message on its own line.
   */
  private static void finding(StringBuilder b, FileReport.Reported f, Optional<String> project,
      List<Indicator> rows, String field, Language language) {
    StringBuilder where = new StringBuilder(language.table(f.table(), project.orElse(language.unnamed())));
    if (f.indicator().isPresent()) {
      int i = f.indicator().getAsInt();
      String name = i < rows.size() ? named(rows.get(i), language) : language.unnamed();
      where.append(" · ").append(language.indicator(i, name));
    }
    where.append(" · ").append(field);
    f.detail().ifPresent(d -> where.append(" · ").append(d));
    f.value().ifPresent(v -> where.append(" «").append(v).append('»'));
    f.place(language).ifPresent(p -> where.append(" · ").append(p));
    b.append(pad(f.ruleId(), 12)).append("  ").append(pad(language.severity(f.severity()), 8)).append(' ')
        .append(TerminalText.escape(where.toString())).append('\n')
        .append(INDENT).append(TerminalText.escape(f.message(language.locale()))).append('\n');
  }

  private static String named(Indicator indicator, Language language) {
    return indicator.name().isBlank() ? language.unnamed() : indicator.name();
  }

  /** Pads to {@code width} terminal columns; a CJK character takes two. */
  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    int columns = s.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
    for (; columns < width; columns++) {
      b.append(' ');
    }
    return b.toString();
  }
}
