package io.github.jixiao.cli;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
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
final class TextReport {
  private static final String INDENT = "              ";

  private TextReport() {}

  static String render(List<FileReport> files, Language language) {
    StringBuilder b = new StringBuilder();
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    long unreadable = 0;
    for (FileReport file : files) {
      if (file.unreadable().isPresent()) {
        unreadable++;
        b.append(file.file()).append(": ").append(language.unreadable()).append('\n');
        continue;
      }
      b.append("== ").append(file.file()).append(" · ")
          .append(language.contents(file.tables().size(), file.indicatorCount())).append('\n');
      for (ReadProblem w : file.readWarnings()) {
        b.append(w.code()).append("  read-warning  ").append(w.location()).append('\n')
            .append(INDENT).append(w.message()).append('\n');
      }
      for (FileReport.Located f : file.findings()) {
        finding(b, f, file.tables(), language);
      }
      errors += file.count(Severity.ERROR);
      warnings += file.count(Severity.WARNING);
      infos += file.count(Severity.INFO);
      b.append(file.file()).append(": ")
          .append(language.counts(file.count(Severity.ERROR), file.count(Severity.WARNING), file.count(Severity.INFO)))
          .append("\n\n");
    }
    if (files.size() > 1) {
      b.append(language.files(files.size(), unreadable)).append(": ")
          .append(language.counts(errors, warnings, infos)).append('\n');
    }
    return b.toString();
  }

  private static void finding(StringBuilder b, FileReport.Located located, List<ProjectTargetTable> tables,
      Language language) {
    Finding f = located.finding();
    ProjectTargetTable table = tables.get(f.table());
    b.append(pad(f.rule().id(), 12)).append("  ").append(pad(f.severity().id(), 8)).append(' ')
        .append("table ").append(f.table()).append(" «")
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
