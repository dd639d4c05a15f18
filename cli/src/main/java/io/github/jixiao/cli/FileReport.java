package io.github.jixiao.cli;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import io.github.jixiao.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What the command found in one file (文件校验结果): the tables read, their findings each with the row or line
 * the reader knows, and the reader's own warnings — or, for a file that could not be read, the one line that
 * says why.
 */
final class FileReport {
  private final String file;
  private final Optional<ReadTables> read;
  private final List<Located> findings;
  private final Optional<Unreadable> unreadable;

  private FileReport(String file, Optional<ReadTables> read, List<Located> findings,
      Optional<Unreadable> unreadable) {
    this.file = file;
    this.read = read;
    this.findings = List.copyOf(findings);
    this.unreadable = unreadable;
  }

  static FileReport of(ReadTables read, ValidationReport report) {
    List<Located> located = report.findings().stream()
        .map(f -> new Located(f, read.sourceMap().locate(f.table(),
            f.indicator().isPresent() ? f.indicator().getAsInt() : null, f.field().id()),
            read.format() == InputFormat.SHEET))
        .collect(Collectors.toList());
    return new FileReport(read.file(), Optional.of(read), located, Optional.empty());
  }

  static FileReport unreadable(String file, Unreadable why) {
    return new FileReport(file, Optional.empty(), List.of(), Optional.of(why));
  }

  String file() {
    return file;
  }

  List<ProjectTargetTable> tables() {
    return read.map(ReadTables::tables).orElse(List.of());
  }

  int indicatorCount() {
    return tables().stream().mapToInt(t -> t.indicators().size()).sum();
  }

  List<Located> findings() {
    return findings;
  }

  List<ReadProblem> readWarnings() {
    return read.map(ReadTables::warnings).orElse(List.of());
  }

  /** The line printed on standard error when the file could not be read. */
  Optional<String> unreadable() {
    return unreadable.map(Unreadable::getMessage);
  }

  /** Why the file could not be read, for a report in {@code language}. */
  Optional<String> unreadable(Language language) {
    return unreadable.map(u -> u.line(language));
  }

  long count(Severity severity) {
    return findings.stream().filter(f -> f.finding().severity() == severity).count();
  }

  /** A finding and the row (sheets) or line (text) it was read from, when known. */
  static final class Located {
    private final Finding finding;
    private final OptionalInt line;
    private final boolean row;

    Located(Finding finding, Optional<SourceLocation> place, boolean row) {
      this.finding = finding;
      this.line = place.map(SourceLocation::line).orElse(OptionalInt.empty());
      this.row = row;
    }

    Finding finding() {
      return finding;
    }

    /** The 1-based row or line, when the reader knew it. */
    OptionalInt line() {
      return line;
    }

    /** Whether {@link #line()} counts sheet rows rather than text lines. */
    boolean isRow() {
      return row;
    }

    /** {@code row 14} or {@code line 212} (表格第 14 行, 原文第 212 行); empty when unknown. */
    Optional<String> place(Language language) {
      return line.isPresent() ? Optional.of(language.place(line.getAsInt(), row)) : Optional.empty();
    }
  }
}
