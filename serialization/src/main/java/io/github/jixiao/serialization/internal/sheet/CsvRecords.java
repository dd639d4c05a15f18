package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits sheet text into records by RFC 4180: cells separated by the delimiter, records by CRLF, LF or CR,
 * a quoted cell may hold delimiters, doubled quotes and line breaks. A quote inside an unquoted cell is kept as
 * written (spreadsheets do the same); a closing quote followed by anything but spaces, a delimiter or a line
 * end is an unbalanced quote, reported at the row and column where the quoted cell opened. Records are numbered as a spreadsheet
 * numbers its rows: a line break inside a quoted cell does not start a new row.
 */
public final class CsvRecords {
  /** One record: its row number and its cells as written (not yet trimmed). */
  public record Row(int number, List<String> cells) {}

  private CsvRecords() {}

  /** Chooses tab or comma: whichever occurs more often, outside quotes, in the first non-empty line. */
  public static char detectDelimiter(String text) {
    int tabs = 0;
    int commas = 0;
    boolean quoted = false;
    boolean seen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (seen) {
          break;
        }
      } else if (!quoted && c == '\t') {
        tabs++;
      } else if (!quoted && c == ',') {
        commas++;
      }
      if (!Character.isWhitespace(c)) {
        seen = true;
      }
    }
    return tabs > commas ? '\t' : ',';
  }

  /**
   * The records of {@code text}.
   *
   * @throws ReadException for an unbalanced quote, or when a limit is passed
   */
  public static List<Row> split(String text, char delimiter, String source, ReadLimits limits) {
    List<Row> rows = new ArrayList<>();
    List<String> header = List.of();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int row = 1;
    int line = 1;
    int quoteRow = 0;
    int quoteLine = 0;
    boolean quoted = false;
    boolean cellStart = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          int after = i + 1;
          while (after < n && text.charAt(after) == ' ') {
            after++;
          }
          if (after < n && text.charAt(after) != delimiter && text.charAt(after) != '\n'
              && text.charAt(after) != '\r') {
            throw new ReadException(ReadProblem.error(SheetProblems.UNBALANCED_QUOTE,
                SourceLocation.at(source, quoteRow, 0).withCell(placeName(header, cells.size())),
                "cell has an unbalanced quote: the quote that opens it (line " + quoteLine + ") is closed on line "
                    + line + " by a quote followed by «" + text.charAt(after) + "»; expected the closing quote "
                    + "right before a delimiter or a line end, and quotes inside a cell doubled (\"\")"));
          }
          i = after - 1;
        } else {
          if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
            line++;
          }
          cell.append(c);
        }
        i++;
        checkCell(cell, row, header, cells.size(), source, limits);
        continue;
      }
      if (c == '"' && cellStart) {
        quoted = true;
        quoteRow = row;
        quoteLine = line;
        cellStart = false;
        i++;
        continue;
      }
      if (c == delimiter) {
        addCell(cells, cell, row, source, limits);
        cellStart = true;
        i++;
        continue;
      }
      if (c == '\r' || c == '\n') {
        addCell(cells, cell, row, source, limits);
        rows.add(new Row(row, List.copyOf(cells)));
        if (header.isEmpty() && cells.stream().anyMatch(h -> !h.isBlank())) {
          header = rows.get(rows.size() - 1).cells();
        }
        cells.clear();
        cellStart = true;
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        row++;
        line++;
        if (rows.size() > limits.maxRows()) {
          throw new ReadException(ReadProblem.error(SheetProblems.TOO_MANY_ROWS, SourceLocation.at(source, row, 0),
              "too many rows: more than " + limits.maxRows() + "; raise the reader's maxRows limit"));
        }
        continue;
      }
      cell.append(c);
      cellStart = false;
      i++;
      checkCell(cell, row, header, cells.size(), source, limits);
    }
    if (quoted) {
      throw new ReadException(ReadProblem.error(SheetProblems.UNBALANCED_QUOTE,
          SourceLocation.at(source, quoteRow, 0).withCell(placeName(header, cells.size())),
          "cell has an unbalanced quote: the quote opened on line " + quoteLine
              + " is never closed; expected a closing \" before the end of the file"));
    }
    if (!cells.isEmpty() || cell.length() > 0) {
      addCell(cells, cell, row, source, limits);
      rows.add(new Row(row, List.copyOf(cells)));
    }
    return rows;
  }

  private static void addCell(List<String> cells, StringBuilder cell, int row, String source,
      ReadLimits limits) {
    cells.add(cell.toString());
    cell.setLength(0);
    if (cells.size() > limits.maxColumns()) {
      throw new ReadException(ReadProblem.error(SheetProblems.TOO_MANY_COLUMNS, SourceLocation.at(source, row, 0),
          "too many columns: more than " + limits.maxColumns() + "; raise the reader's maxColumns limit"));
    }
  }

  /**
   * The name of a column while the text is split, before the header is found: the first filled row's cell
   * when it is a known header, else the letter (that row may be a title above the header).
   */
  private static String placeName(List<String> firstRow, int column) {
    String name = column < firstRow.size() ? firstRow.get(column).strip() : "";
    boolean known = SheetColumn.monthOf(name) > 0 || SheetColumn.of(name).isPresent();
    return columnName(known ? firstRow : List.of(), column);
  }

  /** The column's header as written, or its spreadsheet letter (A, B, … AA) before or beyond the header. */
  static String columnName(List<String> header, int column) {
    if (column < header.size() && !header.get(column).isBlank()) {
      return header.get(column).strip();
    }
    StringBuilder letters = new StringBuilder();
    for (int c = column; c >= 0; c = c / 26 - 1) {
      letters.insert(0, (char) ('A' + c % 26));
    }
    return letters.toString();
  }

  private static void checkCell(StringBuilder cell, int row, List<String> firstRow, int column, String source,
      ReadLimits limits) {
    if (cell.length() > limits.maxStringLength()) {
      throw new ReadException(ReadProblem.error(SheetProblems.CELL_TOO_LONG,
          SourceLocation.at(source, row, 0).withCell(placeName(firstRow, column)),
          "cell too long: more than " + limits.maxStringLength() + " characters; raise the reader's maxStringLength limit"));
    }
  }
}
