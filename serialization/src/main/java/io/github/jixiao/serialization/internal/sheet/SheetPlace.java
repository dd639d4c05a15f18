package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceSpan;

/**
 * Where a sheet's rows come from: the file, and for a workbook the sheet (null for CSV and TSV), so that a
 * cell read from a workbook is located as {@code Sheet1!C7} and one read from a CSV file by its column header.
 */
public record SheetPlace(String source, String sheet) {
  /** The start of row {@code row}. */
  public SourceLocation row(int row) {
    SourceLocation at = SourceLocation.at(source, row, 0);
    return sheet == null ? at : at.withSheet(sheet);
  }

  /**
   * The cell in row {@code row}, 0-based column {@code column}, whose header is {@code name}: its column number
   * (A = 1) is kept for CSV too, so that a report can name the column's letter beside its header.
   */
  public SourceLocation cell(int row, int column, String name) {
    SourceLocation at = SourceLocation.at(source, row, column + 1).withCell(name);
    return sheet == null ? at : at.withSheet(sheet);
  }

  /** Rows {@code first} to {@code last}. */
  public SourceSpan rows(int first, int last) {
    return sheet == null ? SourceSpan.rows(source, first, last) : SourceSpan.rows(source, sheet, first, last);
  }
}
