package io.github.jixiao.serialization;

import io.github.jixiao.core.CellAddress;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in an input something was found (出处): the file, the line and column (text, JSON, XML) or the row
 * and column header (sheets), the sheet of a workbook, the paragraph or the table, row and cell of a Word
 * document, and the path in the document ({@code tables[2].indicators[5].target}). Any part may be unknown.
 */
public final class SourceLocation {
  private static final SourceLocation UNKNOWN = new SourceLocation(null, 0, 0, null, null, null, 0);
  /** The path of a place a {@link SourceMap} keeps under its cell's address, which is the path. */
  private static final Object ADDRESS_PATH = new Object();
  /** {@link #table} of a paragraph outside any table of a Word document, whose number is then the line. */
  private static final int PARAGRAPH = -1;

  private final String source;
  private final int line;
  private final int column;
  /** The path: a {@link String}, or a {@link CellAddress} spelled out only when asked (a read keeps many). */
  private final Object path;
  private final String cell;
  private final String sheet;
  /** The 1-based Word table, {@link #PARAGRAPH} for a Word paragraph, 0 for every other input. */
  private final int table;

  private SourceLocation(String source, int line, int column, Object path, String cell, String sheet, int table) {
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.cell = cell;
    this.sheet = sheet;
    this.table = table;
  }

  public static SourceLocation unknown() {
    return UNKNOWN;
  }

  /** A place in a text input: 1-based line and column (0 when unknown). */
  public static SourceLocation at(String source, int line, int column) {
    return new SourceLocation(source, Math.max(line, 0), Math.max(column, 0), null, null, null, 0);
  }

  /**
   * Cell {@code cell} of row {@code row} of table {@code table} of a Word document, all 1-based as people count
   * them; the cell counts the columns of the table's grid, so a cell after one merged across two columns is
   * cell 3. {@link #line()} is then the row and {@link #column()} the cell.
   */
  public static SourceLocation tableCell(String source, int table, int row, int cell) {
    if (table < 1) {
      throw new IllegalArgumentException("table: expected a 1-based number, found " + table);
    }
    return new SourceLocation(source, Math.max(row, 0), Math.max(cell, 0), null, null, null, table);
  }

  /**
   * Paragraph {@code paragraph} (1-based) of a Word document, counting the paragraphs outside its tables;
   * {@link #line()} is then the paragraph.
   */
  public static SourceLocation paragraph(String source, int paragraph) {
    return new SourceLocation(source, Math.max(paragraph, 0), 0, null, null, null, PARAGRAPH);
  }

  /** The file or stream name, e.g. {@code budget.xml}; empty for an unnamed stream. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** 1-based line (for sheets: the row number as a spreadsheet shows it). */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** 1-based column: in characters for text; for a cell of a sheet (CSV or workbook) its column number, A = 1. */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /** The path in the document model: {@code tables[2].indicators[5].target}. */
  public Optional<String> path() {
    return Optional.ofNullable(path == null ? null : path.toString());
  }

  /** The sheet column header or published cell label, e.g. {@code 指标值}. */
  public Optional<String> cell() {
    return Optional.ofNullable(cell);
  }

  /** The sheet of a workbook the place is on ({@code Sheet1}); empty for every other input. */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /** The Word table the place is in, 1-based; empty for a paragraph and for every other input. */
  public OptionalInt table() {
    return table > 0 ? OptionalInt.of(table) : OptionalInt.empty();
  }

  /** The paragraph of a Word document the place is, 1-based; empty in a table and for every other input. */
  public OptionalInt paragraph() {
    return table == PARAGRAPH && line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * The place in a Word table as people name it: {@code 表2 第5行 第3列} for Chinese, {@code table 2 row 5 cell 3}
   * otherwise; present when the table, the row and the cell are all known.
   */
  public Optional<String> tableReference(Locale locale) {
    if (table < 1 || line == 0 || column == 0) {
      return Optional.empty();
    }
    return Optional.of("zh".equals(locale.getLanguage())
        ? "表" + table + " 第" + line + "行 第" + column + "列"
        : "table " + table + " row " + line + " cell " + column);
  }

  /**
   * The cell reference as a spreadsheet writes it, {@code Sheet1!C7}: present when the sheet, the row
   * ({@link #line()}) and the 1-based column number ({@link #column()}) are all known.
   */
  public Optional<String> reference() {
    if (sheet == null || line == 0 || column == 0) {
      return Optional.empty();
    }
    return Optional.of(quotedSheet() + "!" + columnLetters(column) + line);
  }

  public SourceLocation withSource(String newSource) {
    return new SourceLocation(newSource, line, column, path, cell, sheet, table);
  }

  public SourceLocation withPath(String newPath) {
    return new SourceLocation(source, line, column, newPath, cell, sheet, table);
  }

  /**
   * The same place, its path that of the cell at {@code address} ({@code tables[2].indicators[5].target}): a
   * reader that locates every cell of ten thousand tables spells each path out only when it is asked for.
   */
  public SourceLocation withPath(CellAddress address) {
    return new SourceLocation(source, line, column, Objects.requireNonNull(address, "address"), cell, sheet, table);
  }

  public SourceLocation withCell(String newCell) {
    return new SourceLocation(source, line, column, path, newCell, sheet, table);
  }

  /** The same place on sheet {@code newSheet} of a workbook; the column then counts cells, A = 1. */
  public SourceLocation withSheet(String newSheet) {
    return new SourceLocation(source, line, column, path, cell, newSheet, table);
  }

  /**
   * The location as a person reads it: {@code budget.xml:14:27 tables[0].indicators[3].target}; a sheet's cell
   * by row, column letter and header, {@code sheet.csv row 9 column S (指标值)} ({@code column 指标值} when the
   * column's number is unknown); on a workbook sheet {@code book.xlsx Sheet1!C7 (指标值)}; in a Word document
   * {@code plan.docx table 2 row 5 cell 3} or {@code plan.docx paragraph 12}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(source == null ? "<input>" : source);
    if (table > 0) {
      b.append(" table ").append(table);
      if (line > 0) {
        b.append(" row ").append(line);
      }
      if (column > 0) {
        b.append(" cell ").append(column);
      }
    } else if (table == PARAGRAPH) {
      b.append(line > 0 ? " paragraph " + line : " paragraph");
    } else if (sheet != null) {
      b.append(' ').append(reference().orElseGet(() -> line > 0 ? quotedSheet() + " row " + line : quotedSheet()));
      if (cell != null) {
        b.append(" (").append(cell).append(')');
      }
    } else if (cell != null) {
      if (line > 0) {
        b.append(" row ").append(line);
      }
      if (column > 0 && !columnLetters(column).equals(cell)) {
        b.append(" column ").append(columnLetters(column)).append(" (").append(cell).append(')');
      } else {
        b.append(" column ").append(cell);
      }
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
    return line == l.line && column == l.column && table == l.table && Objects.equals(source, l.source)
        && Objects.equals(pathText(), l.pathText()) && Objects.equals(cell, l.cell) && Objects.equals(sheet, l.sheet);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, pathText(), cell, sheet, table);
  }

  /** Whether the path is that of the cell at {@code address}, as a reader that locates cells gives it. */
  boolean hasPathOf(CellAddress address) {
    return path instanceof String p ? p.equals(address.toString()) : address.equals(path);
  }

  /** The same place, its path left to the address a {@link SourceMap} keeps it under. */
  SourceLocation withAddressPath() {
    return new SourceLocation(source, line, column, ADDRESS_PATH, cell, sheet, table);
  }

  /** The place as kept by a source map under {@code address}: its path given back if it was left to the address. */
  SourceLocation keptAt(CellAddress address) {
    return path == ADDRESS_PATH ? withPath(address) : this;
  }

  private String pathText() {
    return path == null ? null : path.toString();
  }

  /** A sheet name as a formula writes it: quoted when it holds anything but letters, digits and _. */
  private String quotedSheet() {
    return sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
        ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  private static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column - 1; c >= 0; c = c / 26 - 1) {
      letters.insert(0, (char) ('A' + c % 26));
    }
    return letters.toString();
  }
}
