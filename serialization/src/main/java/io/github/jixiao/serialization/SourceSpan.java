package io.github.jixiao.serialization;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The lines or rows of an input that one thing was read from (来源范围): {@code 000.txt lines 83–202} for a
 * table of a published text, {@code sheet.csv row 14} for an indicator of a sheet, {@code plan.docx table 2
 * rows 3–9} for a table of a Word document. Lines and rows are 1-based; for sheets a row is numbered as a
 * spreadsheet shows it.
 */
public final class SourceSpan {
  private final String source;
  private final int first;
  private final int last;
  private final boolean rows;
  private final String sheet;
  private final int table;

  private SourceSpan(String source, int first, int last, boolean rows, String sheet, int table) {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("span: expected 1 <= first <= last, found " + first + "–" + last);
    }
    this.source = source;
    this.first = first;
    this.last = last;
    this.rows = rows;
    this.sheet = sheet;
    this.table = table;
  }

  /** Lines {@code first} to {@code last} of a text input. */
  public static SourceSpan lines(String source, int first, int last) {
    return new SourceSpan(source, first, last, false, null, 0);
  }

  /** Rows {@code first} to {@code last} of a sheet. */
  public static SourceSpan rows(String source, int first, int last) {
    return new SourceSpan(source, first, last, true, null, 0);
  }

  /** Rows {@code first} to {@code last} of sheet {@code sheet} of a workbook. */
  public static SourceSpan rows(String source, String sheet, int first, int last) {
    return new SourceSpan(source, first, last, true, Objects.requireNonNull(sheet, "sheet"), 0);
  }

  /** Rows {@code first} to {@code last} of table {@code table} of a Word document, all 1-based. */
  public static SourceSpan tableRows(String source, int table, int first, int last) {
    if (table < 1) {
      throw new IllegalArgumentException("table: expected a 1-based number, found " + table);
    }
    return new SourceSpan(source, first, last, true, null, table);
  }

  /** The Word table the rows are in, 1-based; empty for every other input. */
  public OptionalInt table() {
    return table > 0 ? OptionalInt.of(table) : OptionalInt.empty();
  }

  /** The workbook sheet the rows are on; empty for every other input. */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /** The file or stream name; empty for an unnamed stream. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  public int first() {
    return first;
  }

  public int last() {
    return last;
  }

  /** Whether the numbers count sheet rows rather than text lines. */
  public boolean isRows() {
    return rows;
  }

  /** The span's first line or row as a location. */
  public SourceLocation start() {
    if (table > 0) {
      return SourceLocation.tableCell(source, table, first, 0);
    }
    SourceLocation at = SourceLocation.at(source, first, 0);
    return sheet == null ? at : at.withSheet(sheet);
  }

  /** {@code sheet.csv row 14}, {@code sheet.csv rows 3–9}, {@code doc.txt lines 83–202}, {@code plan.docx table 2 row 5}. */
  @Override
  public String toString() {
    String unit = rows ? "row" : "line";
    String where = first == last ? unit + " " + first : unit + "s " + first + "–" + last;
    return (source == null ? "<input>" : source) + (sheet == null ? "" : " " + sheet)
        + (table > 0 ? " table " + table : "") + " " + where;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceSpan)) {
      return false;
    }
    SourceSpan s = (SourceSpan) o;
    return first == s.first && last == s.last && rows == s.rows && table == s.table && Objects.equals(source, s.source)
        && Objects.equals(sheet, s.sheet);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, first, last, rows, sheet, table);
  }
}
