package io.github.jixiao.cli;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import java.util.ArrayList;
import java.util.List;
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

  /** A finding, the table it belongs to in the file, and the row (sheets) or line (text) it was read from. */
  static final class Located {
    private final Finding finding;
    private final int table;
    private final OptionalInt line;
    private final boolean row;
    private final Optional<String> cell;
    private final Optional<SourceLocation> place;

    Located(Finding finding, int table, Optional<SourceLocation> place, boolean row) {
      this.finding = finding;
      this.table = table;
      this.line = place.map(SourceLocation::line).orElse(OptionalInt.empty());
      this.row = row;
      this.cell = place.flatMap(SourceLocation::reference);
      this.place = place;
    }

    Finding finding() {
      return finding;
    }

    /** The 0-based number of the finding's table in its file. */
    int table() {
      return table;
    }

    /** The 1-based row or line, when the reader knew it. */
    OptionalInt line() {
      return line;
    }

    /** Whether {@link #line()} counts sheet rows rather than text lines. */
    boolean isRow() {
      return row;
    }

    /** The cell of a workbook the finding was read from, as a spreadsheet names it: {@code Sheet1!C7}. */
    Optional<String> cell() {
      return cell;
    }

    /** The Word table (1-based) of a finding read from a table of a Word document. */
    OptionalInt wordTable() {
      return place.map(SourceLocation::table).orElse(OptionalInt.empty());
    }

    /** The grid column (1-based) of a finding read from a table of a Word document. */
    OptionalInt wordColumn() {
      return wordTable().isPresent() ? place.get().column() : OptionalInt.empty();
    }

    /** The paragraph (1-based) of a finding read from a paragraph of a Word document. */
    OptionalInt paragraph() {
      return place.map(SourceLocation::paragraph).orElse(OptionalInt.empty());
    }

    /**
     * {@code cell Sheet1!C7}, {@code table 2 row 5 cell 3} (or {@code table 2 row 1} for a whole Word table),
     * {@code paragraph 12}, {@code row 14} or {@code line 212} (单元格 Sheet1!C7, 表2 第5行 第3列, 表2 第1行,
     * 第 12 段, 表格第 14 行, 原文第 212 行); empty when unknown.
     */
    Optional<String> place(Language language) {
      if (cell.isPresent()) {
        return Optional.of(language.cell(cell.get()));
      }
      Optional<String> inWordTable = place.flatMap(p -> p.tableReference(language.locale()));
      if (inWordTable.isPresent()) {
        return inWordTable;
      }
      if (wordTable().isPresent() && line.isPresent()) {
        return Optional.of(language.wordRow(wordTable().getAsInt(), line.getAsInt()));
      }
      if (paragraph().isPresent()) {
        return Optional.of(language.paragraph(paragraph().getAsInt()));
      }
      return line.isPresent() ? Optional.of(language.place(line.getAsInt(), row)) : Optional.empty();
    }
  }
}
