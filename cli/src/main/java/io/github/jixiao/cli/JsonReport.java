package io.github.jixiao.cli;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.scoring.NoScoreReason;
import io.github.jixiao.core.scoring.NotScored;
import io.github.jixiao.core.scoring.ScoreCard;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.json.JsonOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report for programs (JSON 报告), in exactly the shape of the command-line contract:
 * {@code {"files":[{"file","tables","indicators","findings":[{"rule","severity","table","indicator","field",
 * "value","message"}]}]}}, {@code indicator} null for a table-level finding. It adds, never renames:
 * {@code detail} (the checkpoint, the category), {@code row} (sheets) or {@code line} (published text) where
 * the reader knew it, {@code cell} for a workbook ({@code Sheet1!C7}), {@code readWarnings} and, for a file that could not be read, {@code unreadable}.
 * A file of self-evaluation tables adds {@code scores}, one entry per indicator row and per budget line,
 * {@code {"table":0,"indicator":3,"published":"7","computed":"10.00"}} ({@code indicator} null for the budget line,
 * {@code computed} null with a {@code reason} where the numbers do not allow a score), and {@code totals}, one per
 * table, {@code {"table":0,"published":"92","computed":"88.50"}} (with the {@code indicator} and {@code reason} of
 * the first row not scored when {@code computed} is null).
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
  /** The scores and totals of the file being read, one line of JSON each; null for a file of target tables. */
  private List<String> scores;
  private List<String> totals;
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
  public void selfEvaluation(Spool body, int index, SelfEvaluationTable table,
      List<FileReport.EvaluationLocated> findings, ScoreCard card) {
    findings(body, findings);
    if (scores == null) {
      scores = new ArrayList<>();
      totals = new ArrayList<>();
    }
    PolicyScores policy = PolicyScores.of(table, card);
    for (PolicyScores.Row row : policy.rows()) {
      line.getBuffer().setLength(0);
      lineJson.beginObject().name("table").number(index);
      indicator(row.indicatorRow());
      scores.add(score(row.published(), row.computed(), row.notScored()));
    }
    line.getBuffer().setLength(0);
    lineJson.beginObject().name("table").number(index);
    policy.unscored().ifPresent(r -> indicator(r.indicatorRow()));
    totals.add(score(policy.publishedTotal(), policy.computedTotal(),
        policy.unscored().flatMap(PolicyScores.Row::notScored)));
  }

  /** {@code "indicator"}: the 0-based row, or null for the budget line. */
  private void indicator(Optional<Integer> row) {
    lineJson.name("indicator");
    if (row.isPresent()) {
      lineJson.number(row.get());
    } else {
      lineJson.nullValue();
    }
  }

  /**
   * Ends a score entry with {@code published}, {@code computed} and, when there is none, {@code reason} (the
   * engine's explanation) and {@code reasonCode} (the {@link NoScoreReason}, for programs); returns it as one line
   * of JSON.
   */
  private String score(Optional<String> published, Optional<String> computed, Optional<NotScored> notScored) {
    lineJson.name("published");
    if (published.isPresent()) {
      lineJson.string(published.get());
    } else {
      lineJson.nullValue();
    }
    lineJson.name("computed");
    if (computed.isPresent()) {
      lineJson.string(computed.get());
    } else {
      lineJson.nullValue().name("reason").string(notScored.map(NotScored::explanation).orElse(""))
          .name("reasonCode").string(notScored.map(n -> n.reason().name()).orElse(""));
    }
    lineJson.endObject().flush();
    return line.toString().strip();  // without the separator the generator puts between root values
  }

  @Override
  public void monitoring(Spool body, int index, MonitoringTable table, List<FileReport.EvaluationLocated> findings) {
    findings(body, findings);
  }

  private void findings(Spool body, List<FileReport.EvaluationLocated> findings) {
    for (FileReport.EvaluationLocated f : findings) {
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
    if (scores != null) {
      json.name("scores").beginArray();
      scores.forEach(json::rawValue);
      json.endArray().name("totals").beginArray();
      totals.forEach(json::rawValue);
      json.endArray();
      scores = null;
      totals = null;
    }
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

  /** One finding, of a target table or of a self-evaluation or monitoring table, as one line of JSON. */
  private void finding(FileReport.Reported f) {
    lineJson.beginObject()
        .name("rule").string(f.ruleId())
        .name("severity").string(f.severity().id())
        .name("table").number(f.table())
        .name("indicator");
    if (f.indicator().isPresent()) {
      lineJson.number(f.indicator().getAsInt());
    } else {
      lineJson.nullValue();
    }
    lineJson.name("field").string(f.field()).name("value");
    if (f.value().isPresent()) {
      lineJson.string(f.value().get());
    } else {
      lineJson.nullValue();
    }
    lineJson.name("message").string(f.message(language.locale()));
    if (f.detail().isPresent()) {
      lineJson.name("detail").string(f.detail().get());
    }
    f.where().writeJson(lineJson);
    lineJson.endObject();
  }
}
