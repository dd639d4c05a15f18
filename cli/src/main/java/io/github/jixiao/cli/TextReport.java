package io.github.jixiao.cli;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report for people (文本报告): per file a heading, then each finding on two lines — where (rule id,
 * severity, table number and project name, indicator, field and checkpoint, the value as typed, the row or
 * line) and what (the message in the chosen language) — and a summary line.
 *
 * <pre>
 * JX-PLAN-002   warning  table 1 «2025年特困生救助金» · spendingPlan · 12月底 · line 155
 *               资金支出计划「12月底」未填写；累计比例应在最后一个节点达到 100%。
 * </pre>
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
      finding(b, f, table, language);
    }
    body.append(b);
  }

  @Override
  public void file(Writer out, int index, FileReport file, Spool body) throws IOException {
    StringBuilder b = new StringBuilder();
    if (file.unreadable().isPresent() && file.tableCount() == 0) {
      out.append(b.append(file.file()).append(": ").append(language.unreadable()).append('\n'));
      return;
    }
    b.append("== ").append(file.file()).append(" · ")
        .append(language.contents((int) file.tableCount(), (int) file.indicatorCount())).append('\n');
    for (ReadProblem w : file.readWarnings()) {
      b.append(w.code()).append("  read-warning  ").append(w.location()).append('\n')
          .append(INDENT).append(w.message()).append('\n');
    }
    out.append(b);
    body.writeTo(out);
    b.setLength(0);
    if (file.unreadable().isPresent()) {
      // Read part-way: what was read is reported above, and the file is counted as unreadable.
      b.append(file.file()).append(": ").append(language.unreadable()).append('\n');
    }
    b.append(file.file()).append(": ")
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

  private static void finding(StringBuilder b, FileReport.Located located, ProjectTargetTable table,
      Language language) {
    Finding f = located.finding();
    b.append(pad(f.rule().id(), 12)).append("  ").append(pad(f.severity().id(), 8)).append(' ')
        .append("table ").append(located.table()).append(" «")
        .append(table.projectName().orElse(language.unnamed())).append('»');
    if (f.indicator().isPresent()) {
      int i = f.indicator().getAsInt();
      b.append(" · indicator ").append(i);
      if (i < table.indicators().size()) {
        Indicator indicator = table.indicators().get(i);
        b.append(" «").append(indicator.name().isBlank() ? language.unnamed() : indicator.name()).append('»');
      }
    }
    b.append(" · ").append(f.field().wireName());
    f.detail().ifPresent(d -> b.append(" · ").append(d));
    f.value().ifPresent(v -> b.append(" «").append(oneLine(v)).append('»'));
    located.place().ifPresent(p -> b.append(" · ").append(p));
    b.append('\n').append(INDENT).append(f.message(language.locale())).append('\n');
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }

  /** A value typed on several lines is shown on one, its breaks as ⏎, so the report keeps its shape. */
  private static String oneLine(String value) {
    return value.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
  }
}
