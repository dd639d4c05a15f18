package io.github.jixiao.serialization;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in an input something was found (出处): the file, the line and column (text, JSON, XML) or the row
 * and column header (sheets), and the path in the document ({@code tables[2].indicators[5].target}).
 * Any part may be unknown.
 */
public final class SourceLocation {
  private static final SourceLocation UNKNOWN = new SourceLocation(null, 0, 0, null, null);

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String cell;

  private SourceLocation(String source, int line, int column, String path, String cell) {
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.cell = cell;
  }

  public static SourceLocation unknown() {
    return UNKNOWN;
  }

  /** A place in a text input: 1-based line and column (0 when unknown). */
  public static SourceLocation at(String source, int line, int column) {
    return new SourceLocation(source, Math.max(line, 0), Math.max(column, 0), null, null);
  }

  /** The file or stream name, e.g. {@code budget.xml}; empty for an unnamed stream. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** 1-based line (for sheets: the row number as a spreadsheet shows it). */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** 1-based column, in characters. */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** The path in the document model: {@code tables[2].indicators[5].target}. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The sheet column header or published cell label, e.g. {@code 指标值}. */
  public Optional<String> cell() {
    return Optional.ofNullable(cell);
  }

  public SourceLocation withSource(String newSource) {
    return new SourceLocation(newSource, line, column, path, cell);
  }

  public SourceLocation withPath(String newPath) {
    return new SourceLocation(source, line, column, newPath, cell);
  }

  public SourceLocation withCell(String newCell) {
    return new SourceLocation(source, line, column, path, newCell);
  }

  /**
   * The location as a person reads it: {@code budget.xml:14:27 tables[0].indicators[3].target} or
   * {@code sheet.csv row 9 column 指标值}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(source == null ? "<input>" : source);
    if (cell != null) {
      if (line > 0) {
        b.append(" row ").append(line);
      }
      b.append(" column ").append(cell);
    } else if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    if (path != null) {
      b.append(' ').append(path);
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceLocation)) {
      return false;
    }
    SourceLocation l = (SourceLocation) o;
    return line == l.line && column == l.column && Objects.equals(source, l.source)
        && Objects.equals(path, l.path) && Objects.equals(cell, l.cell);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, path, cell);
  }
}
