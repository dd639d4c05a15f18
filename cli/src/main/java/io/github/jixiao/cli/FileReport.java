package io.github.jixiao.cli;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.validation.EvaluationFinding;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the command found in one file (文件校验结果), counted as its tables go by: how many tables and
 * indicators, how many findings of each severity, the reader's own warnings, and — for a file that could not
 * be read, or not to its end — the one line that says why. The tables and findings themselves are not kept:
 * each is reported as it is validated, so a file of a million tables costs no more memory than one.
 */
final class FileReport {
  private final String file;
  private long tables;
  private long indicators;
  private final long[] counts = new long[Severity.values().length];
  private List<ReadProblem> readWarnings = List.of();
  private Optional<Unreadable> unreadable = Optional.empty();

  private FileReport(String file) {
    this.file = file;
  }

  static FileReport of(String file) {
    return new FileReport(file);
  }

  /**
   * Counts table {@code index} and its {@code findings} (whose table numbers are the window's), and returns
   * them located: numbered in the file, with the row or line the reader knew.
   */
  List<Located> add(int index, ProjectTargetTable table, List<Finding> findings, SourceMap places, boolean rows) {
    tables++;
    indicators += table.indicators().size();
    List<Located> located = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      counts[f.severity().ordinal()]++;
      located.add(new Located(f, index, places.locate(f.address().withTable(index)), rows));
    }
    return located;
  }

  /**
   * Counts self-evaluation or monitoring table {@code index} ({@code indicators} rows) and its {@code findings},
   * and returns them located by {@code cells} in the reader's source map.
   */
  List<EvaluationLocated> addFollowUp(int index, int indicators, List<EvaluationFinding> findings,
      EvaluationCells cells, SourceMap places, boolean rows) {
    tables++;
    this.indicators += indicators;
    List<EvaluationLocated> located = new ArrayList<>(findings.size());
    for (EvaluationFinding f : findings) {
      counts[f.severity().ordinal()]++;
      located.add(new EvaluationLocated(f, index, cells.locate(places, f), rows));
    }
    return located;
  }

  void readWarnings(List<ReadProblem> warnings) {
    this.readWarnings = List.copyOf(warnings);
  }

  void unreadable(Unreadable why) {
    this.unreadable = Optional.of(why);
  }

  String file() {
    return file;
  }

  long tableCount() {
    return tables;
  }

  long indicatorCount() {
    return indicators;
  }

  List<ReadProblem> readWarnings() {
    return readWarnings;
  }

  /** The line printed on standard error when the file could not be read, or not to its end. */
  Optional<String> unreadable() {
    return unreadable.map(Unreadable::getMessage);
  }

  /** Why the file could not be read, for a report in {@code language}. */
  Optional<String> unreadable(Language language) {
    return unreadable.map(u -> u.line(language));
  }

  long count(Severity severity) {
    return counts[severity.ordinal()];
  }

  /**
   * What every report says of a finding, whichever validator made it: the rule, severity, table, row, cell,
   * value, detail and message, and where in the file it was read.
   */
  sealed interface Reported permits Located, EvaluationLocated {
    String ruleId();

    Severity severity();

    /** The 0-based number of the finding's table in its file. */
    int table();

    /** The 0-based indicator row; empty for the table. */
    OptionalInt indicator();

    /** The cell's wire name ({@code target}, {@code score}). */
    String field();

    Optional<String> value();

    Optional<String> detail();

    String message(Locale locale);

    /** Where in the file the finding was read. */
    FindingPlace where();

    /** The place as the text and HTML reports name it; empty when unknown. */
    default Optional<String> place(Language language) {
      return where().describe(language);
    }
  }

  /** A finding, the table it belongs to in the file, and the row (sheets) or line (text) it was read from. */
  static final class Located implements Reported {
    private final Finding finding;
    private final int table;
    private final FindingPlace place;

    Located(Finding finding, int table, Optional<SourceLocation> place, boolean row) {
      this.finding = finding;
      this.table = table;
      this.place = new FindingPlace(place, row);
    }

    Finding finding() {
      return finding;
    }

    @Override
    public String ruleId() {
      return finding.rule().id();
    }

    @Override
    public Severity severity() {
      return finding.severity();
    }

    @Override
    public int table() {
      return table;
    }

    @Override
    public OptionalInt indicator() {
      return finding.indicator();
    }

    @Override
    public String field() {
      return finding.field().wireName();
    }

    @Override
    public Optional<String> value() {
      return finding.value();
    }

    @Override
    public Optional<String> detail() {
      return finding.detail();
    }

    @Override
    public String message(Locale locale) {
      return finding.message(locale);
    }

    @Override
    public FindingPlace where() {
      return place;
    }
  }

  /** A finding about a self-evaluation or monitoring table, numbered in the file and placed by the source map. */
  static final class EvaluationLocated implements Reported {
    private final EvaluationFinding finding;
    private final int table;
    private final FindingPlace place;

    EvaluationLocated(EvaluationFinding finding, int table, Optional<SourceLocation> place, boolean row) {
      this.finding = finding;
      this.table = table;
      this.place = new FindingPlace(place, row);
    }

    EvaluationFinding finding() {
      return finding;
    }

    @Override
    public String ruleId() {
      return finding.rule().id();
    }

    @Override
    public Severity severity() {
      return finding.severity();
    }

    @Override
    public int table() {
      return table;
    }

    @Override
    public OptionalInt indicator() {
      return finding.indicator();
    }

    @Override
    public String field() {
      return finding.field();
    }

    @Override
    public Optional<String> value() {
      return finding.value();
    }

    @Override
    public Optional<String> detail() {
      return finding.detail();
    }

    @Override
    public String message(Locale locale) {
      return finding.message(locale);
    }

    @Override
    public FindingPlace where() {
      return place;
    }
  }
}
