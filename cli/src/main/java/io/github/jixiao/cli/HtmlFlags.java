package io.github.jixiao.cli;

import io.github.jixiao.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * How the HTML report marks a cell that has findings (单元格标注): the flag attributes of its {@code <td>} (the
 * worst severity, the rules, the field) and a note per finding, the same for target-table cells and for
 * self-evaluation and monitoring cells.
 */
final class HtmlFlags {
  private HtmlFlags() {}

  /** The {@code class} and {@code data-*} attributes of a cell with {@code marks}, which are not empty. */
  static void attributes(StringBuilder b, List<? extends FileReport.Reported> marks, String field, String kind) {
    Severity worst = Severity.INFO;
    StringBuilder rules = new StringBuilder();
    for (FileReport.Reported f : marks) {
      if (f.severity().compareTo(worst) < 0) {
        worst = f.severity();
      }
      if (rules.indexOf(f.ruleId()) < 0) {
        rules.append(rules.length() == 0 ? "" : " ").append(f.ruleId());
      }
    }
    b.append(" class=\"flag flag-").append(worst.id()).append(kind == null ? "" : " " + kind)
        .append("\" data-rule=\"").append(rules).append("\" data-severity=\"").append(worst.id())
        .append("\" data-field=\"").append(field).append('"');
  }

  /** A note block for each finding. */
  static void notes(StringBuilder b, List<? extends FileReport.Reported> marks, Language language) {
    for (FileReport.Reported f : marks) {
      b.append("<div class=\"note note-").append(f.severity().id()).append("\">");
      note(b, f, language);
      b.append("</div>");
    }
  }

  /** Rule id, severity, place and message of one finding. */
  static void note(StringBuilder b, FileReport.Reported f, Language language) {
    b.append("<span class=\"rule\">").append(f.ruleId()).append("</span> <span class=\"sev\">")
        .append(language.severity(f.severity())).append("</span> ");
    Optional<String> place = f.place(language);
    if (place.isPresent()) {
      b.append("<span class=\"place\">");
      HtmlEscaper.append(b, place.get());
      b.append("</span> ");
    }
    HtmlEscaper.append(b, f.message(language.locale()));
  }
}
