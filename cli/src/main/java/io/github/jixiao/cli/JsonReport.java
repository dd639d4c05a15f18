package io.github.jixiao.cli;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.json.JsonOutput;
import io.github.jixiao.validation.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * The report for programs (JSON 报告), in exactly the shape of the command-line contract:
 * {@code {"files":[{"file","tables","indicators","findings":[{"rule","severity","table","indicator","field",
 * "value","message"}]}]}}, {@code indicator} null for a table-level finding. It adds, never renames:
 * {@code detail} (the checkpoint, the category), {@code row} (sheets) or {@code line} (published text) where
 * the reader knew it, {@code cell} for a workbook ({@code Sheet1!C7}), {@code readWarnings} and, for a file that could not be read, {@code unreadable}.
 *
 * <p>Written as the files go, each array item on a line of its own. A file's findings come after its
 * counts, which are known only at its end: until then each finding waits in the file's {@link Spool} as one
 * line of JSON, and is copied into the report as it is.
 */
final class JsonReport implements ReportWriter {
  private final Language language;
  /** The finding being written, before it joins the spool. */
  private final StringWriter line = new StringWriter();
  private final JsonOutput lineJson = JsonOutput.of(line);
  /** The report itself, on the writer {@link #begin} is given: the command hands every call the same one. */
  private JsonOutput json;

  JsonReport(Language language) {
    this.language = language;
  }

  @Override
  public void begin(Writer out) {
    json = JsonOutput.of(out, JsonOutput.Spacing.ARRAY_ITEMS_ON_LINES);
    json.beginObject().name("files").beginArray();
  }

  @Override
  public void table(Spool body, int index, ProjectTargetTable table, List<FileReport.Located> findings) {
    for (FileReport.Located f : findings) {
      line.getBuffer().setLength(0);
      finding(f);
      lineJson.flush();
      body.append(line.getBuffer());
    }
  }

  @Override
  public void file(Writer out, int index, FileReport file, Spool body) throws IOException {
    json.beginObject()
        .name("file").string(file.file())
        .name("tables").number(file.tableCount())
        .name("indicators").number(file.indicatorCount())
        .name("findings").beginArray();
    body.lines(json::rawValue);
    json.endArray();
    if (!file.readWarnings().isEmpty()) {
      json.name("readWarnings").beginArray();
      for (ReadProblem w : file.readWarnings()) {
        json.beginObject()
            .name("code").string(w.code())
            .name("location").string(w.location().toString())
            .name("message").string(w.message())
            .endObject();
      }
      json.endArray();
    }
    if (file.unreadable().isPresent()) {
      json.name("unreadable").string(file.unreadable().get());
    }
    json.endObject().flush();
  }

  @Override
  public void end(Writer out, List<FileReport> files) {
    json.endArray().endObject().close();
  }

  /** One finding, as one line of JSON. */
  private void finding(FileReport.Located located) {
    Finding f = located.finding();
    lineJson.beginObject()
        .name("rule").string(f.rule().id())
        .name("severity").string(f.severity().id())
        .name("table").number(located.table())
        .name("indicator");
    if (f.indicator().isPresent()) {
      lineJson.number(f.indicator().getAsInt());
    } else {
      lineJson.nullValue();
    }
    lineJson.name("field").string(f.field().wireName()).name("value");
    if (f.value().isPresent()) {
      lineJson.string(f.value().get());
    } else {
      lineJson.nullValue();
    }
    lineJson.name("message").string(f.message(language.locale()));
    if (f.detail().isPresent()) {
      lineJson.name("detail").string(f.detail().get());
    }
    if (located.wordTable().isPresent()) {
      lineJson.name("wordTable").number(located.wordTable().getAsInt());
      located.line().ifPresent(row -> lineJson.name("row").number(row));
      located.wordColumn().ifPresent(column -> lineJson.name("column").number(column));
    } else if (located.paragraph().isPresent()) {
      lineJson.name("paragraph").number(located.paragraph().getAsInt());
    } else if (located.line().isPresent()) {
      lineJson.name(located.isRow() ? "row" : "line").number(located.line().getAsInt());
    }
    if (located.cell().isPresent()) {
      lineJson.name("cell").string(located.cell().get());
    }
    lineJson.endObject();
  }
}
