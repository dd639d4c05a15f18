package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.text.TextDocumentReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the paragraphs and table rows of one Word document, whichever format it came in, as the text reader
 * takes them: numbered as people count them (paragraph 12, table 2 row 5 cell 3), within the reader's limits,
 * and with a row that starts to the right of the table's first column ({@code gridBefore}) given blank cells
 * for the columns it skips, so that its cells keep the columns they stand under.
 */
final class DocumentBlocks {
  /** A cell's text and the 0-based column of the table's grid it starts in. */
  record GridCell(String text, int column) {}

  private final String source;
  private final ReadLimits limits;
  private final List<TextDocumentReader.Block> blocks = new ArrayList<>();
  private final List<ReadProblem> warnings = new ArrayList<>();
  private int paragraphs;
  private int tables;
  private int rows;
  private int lines;
  private List<Integer> rowAbove = List.of();

  DocumentBlocks(String source, ReadLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  void paragraph(String text) {
    SourceLocation at = SourceLocation.paragraph(source, ++paragraphs);
    blocks.add(new TextDocumentReader.Paragraph(bounded(text, at), at));
    count(at);
  }

  /** Starts the next table; the rows that follow are its rows. */
  void table() {
    tables++;
    rows = 0;
    rowAbove = List.of();
  }

  void row(List<GridCell> cells) {
    rows++;
    SourceLocation rowAt = SourceLocation.tableCell(source, tables, rows, 0);
    if (rows > limits.maxRows()) {
      throw new ReadException(ReadProblem.error(DocumentProblems.TOO_MANY_ROWS, rowAt, "table " + tables
          + " has more than " + limits.maxRows() + " rows; raise the reader's maxRows limit"));
    }
    List<TextDocumentReader.Cell> row = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int first = cells.isEmpty() ? 0 : cells.get(0).column();
    for (int column : rowAbove) {
      if (column < first) {
        row.add(new TextDocumentReader.Cell("", SourceLocation.tableCell(source, tables, rows, column + 1)));
        starts.add(column);
      }
    }
    if (!row.isEmpty()) {
      warnings.add(ReadProblem.warning(DocumentProblems.ROW_STARTS_LATER, rowAt, "row " + rows + " of table " + tables
          + " starts at grid column " + (first + 1) + "; it is read with " + row.size() + " blank cell"
          + (row.size() == 1 ? "" : "s") + " before it, for the cells of the row above that it skips"));
    }
    for (GridCell cell : cells) {
      SourceLocation at = SourceLocation.tableCell(source, tables, rows, cell.column() + 1);
      row.add(new TextDocumentReader.Cell(bounded(cell.text(), at), at));
      starts.add(cell.column());
    }
    if (row.size() > limits.maxColumns()) {
      throw new ReadException(ReadProblem.error(DocumentProblems.TOO_MANY_CELLS, rowAt, "row " + rows + " of table "
          + tables + " has more than " + limits.maxColumns() + " cells; raise the reader's maxColumns limit"));
    }
    if (!row.isEmpty()) {
      blocks.add(new TextDocumentReader.Row(row));
      for (int i = 0; i <= row.size(); i++) {
        count(rowAt);
      }
      rowAbove = starts;
    }
  }

  /** A table inside a cell: its text is kept in the cell, which the published layout never does. */
  void nestedTable(int row, int column) {
    warnings.add(ReadProblem.warning(DocumentProblems.NESTED_TABLE,
        SourceLocation.tableCell(source, tables, row, column + 1), "a table inside a cell of table " + tables
            + "; its cells are read as lines of the cell's text"));
  }

  int rowsSoFar() {
    return rows;
  }

  List<TextDocumentReader.Block> blocks() {
    return blocks;
  }

  List<ReadProblem> warnings() {
    return warnings;
  }

  private String bounded(String text, SourceLocation at) {
    if (text.length() > limits.maxStringLength()) {
      throw new ReadException(ReadProblem.error(DocumentProblems.TEXT_TOO_LONG, at, "more than "
          + limits.maxStringLength() + " characters; raise the reader's maxStringLength limit"));
    }
    return text;
  }

  private void count(SourceLocation at) {
    if (++lines > limits.maxLines()) {
      throw new ReadException(ReadProblem.error(DocumentProblems.TOO_MANY_LINES, at, "more than "
          + limits.maxLines() + " paragraphs and cells; raise the reader's maxLines limit"));
    }
  }
}
