package io.github.jixiao.cli;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.validation.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report for programs (JSON 报告), in exactly the shape of the command-line contract:
 * {@code {"files":[{"file","tables","indicators","findings":[{"rule","severity","table","indicator","field",
 * "value","message"}]}]}}, {@code indicator} null for a table-level finding. It adds, never renames:
 * {@code detail} (the checkpoint, the category), {@code row} (sheets) or {@code line} (published text) where
 * the reader knew it, {@code cell} for a workbook ({@code Sheet1!C7}), {@code readWarnings} and, for a file that could not be read, {@code unreadable}.
 *
 * <p>Written by hand rather than through a mapper: the shape is fixed and small, and the command stays quick to
 * start. Written as the files go: a file's findings are held in a {@link Spool} until its counts are known.
 */
final class JsonReport implements ReportWriter {
  private final Language language;

  JsonReport(Language language) {
    this.language = language;
  }

  @Override
  public void begin(Writer out) throws IOException {
    out.write("{\"files\":[");
  }

  @Override
  public void table(Spool body, int index, ProjectTargetTable table, List<FileReport.Located> findings) {
    for (FileReport.Located f : findings) {
      StringBuilder b = new StringBuilder(body.isEmpty() ? "\n  " : ",\n  ");
      finding(b, f, language);
      body.append(b);
    }
  }

  @Override
  public void file(Writer out, int index, FileReport file, Spool body) throws IOException {
    StringBuilder b = new StringBuilder(index > 0 ? "," : "");
    b.append("\n{\"file\":");
    string(b, file.file());
    b.append(",\"tables\":").append(file.tableCount());
    b.append(",\"indicators\":").append(file.indicatorCount());
    b.append(",\"findings\":[");
    out.append(b);
    body.writeTo(out);
    b.setLength(0);
    b.append(']');
    if (!file.readWarnings().isEmpty()) {
      b.append(",\"readWarnings\":[");
      List<ReadProblem> warnings = file.readWarnings();
      for (int i = 0; i < warnings.size(); i++) {
        ReadProblem w = warnings.get(i);
        b.append(i > 0 ? ",\n  " : "\n  ").append("{\"code\":");
        string(b, w.code());
        b.append(",\"location\":");
        string(b, w.location().toString());
        b.append(",\"message\":");
        string(b, w.message());
        b.append('}');
      }
      b.append(']');
    }
    if (file.unreadable().isPresent()) {
      b.append(",\"unreadable\":");
      string(b, file.unreadable().get());
    }
    out.append(b.append('}'));
  }

  @Override
  public void end(Writer out, List<FileReport> files) throws IOException {
    out.write("]}\n");
  }

  private static void finding(StringBuilder b, FileReport.Located located, Language language) {
    Finding f = located.finding();
    b.append("{\"rule\":");
    string(b, f.rule().id());
    b.append(",\"severity\":");
    string(b, f.severity().id());
    b.append(",\"table\":").append(located.table());
    b.append(",\"indicator\":").append(f.indicator().isPresent() ? String.valueOf(f.indicator().getAsInt()) : "null");
    b.append(",\"field\":");
    string(b, f.field().wireName());
    b.append(",\"value\":");
    if (f.value().isPresent()) {
      string(b, f.value().get());
    } else {
      b.append("null");
    }
    b.append(",\"message\":");
    string(b, f.message(language.locale()));
    if (f.detail().isPresent()) {
      b.append(",\"detail\":");
      string(b, f.detail().get());
    }
    if (located.line().isPresent()) {
      b.append(located.isRow() ? ",\"row\":" : ",\"line\":").append(located.line().getAsInt());
    }
    if (located.cell().isPresent()) {
      b.append(",\"cell\":");
      string(b, located.cell().get());
    }
    b.append('}');
  }

  /** A JSON string: quotes, backslashes and control characters escaped, and U+2028/2029 for JavaScript. */
  static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    b.append('"');
  }
}
