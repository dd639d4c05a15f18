package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups the lines of Part 2 (预算项目绩效目标), or of any text that holds target tables, into tables. Two ways of
 * writing a row are read, mixed as they come: Word's, where each cell is a line that begins with a tab and a
 * blank line ends the row, and one row a line, its cells separated by tabs. A line without a tab right under a
 * cell or row continues the last cell (Word wraps a cell's paragraphs that way). The last plain line before a
 * table's first row is its title, and a {@code 单位：万元} line above it is kept for the table's money unit.
 * Other plain text between, before and after tables is reported.
 */
public final class TableBlocks {
  /** Headings of Part 2 that are not table titles. */
  private static final Set<String> PART_HEADINGS = Set.of("第二部分", "预算项目绩效目标", "预算项目绩效目标表");
  /** {@code 附件}, {@code 附件2}, {@code 附件1：…绩效目标表}: the heading of an attached table. */
  private static final Pattern ATTACHMENT = Pattern.compile("^附件\\d*(?:[:：].*)?$", Pattern.DOTALL);
  /** The longest {@code 单位：…} line taken for a money unit ({@code 金额单位：万元}). */
  private static final int UNIT_LINE_MAX = 12;

  private final String source;
  private final List<ReadProblem> warnings;
  private final List<TableBlock> blocks = new ArrayList<>();
  private List<TableBlock.Row> rows;
  private List<TableBlock.Cell> row;
  private boolean rowFromOneLine;
  private StringBuilder cell;
  private int cellFirst;
  private int cellLast;
  private int cellColumn;
  private TextLine title;
  private TextLine unitLine;
  private TextLine pendingTitle;
  private TextLine pendingUnit;

  private TableBlocks(String source, List<ReadProblem> warnings) {
    this.source = source;
    this.warnings = warnings;
  }

  public static List<TableBlock> of(List<TextLine> lines, String source, List<ReadProblem> warnings) {
    TableBlocks b = new TableBlocks(source, warnings);
    for (TextLine line : lines) {
      b.accept(line);
    }
    b.closeRow();
    b.closeTable();
    b.stray(b.pendingUnit);
    b.stray(b.pendingTitle);
    return b.blocks;
  }

  /**
   * Whether the line declares a money unit and nothing else ({@code 单位：万元}, {@code 金额单位：元}): written
   * above a table, it gives the table's unit.
   */
  public static boolean isUnitLine(TextLine line) {
    String key = Cells.key(line.text());
    if (line.cell() || key.length() > UNIT_LINE_MAX) {
      return false;
    }
    String unit = key.startsWith("金额单位") ? key.substring(2) : key;
    return unit.startsWith("单位:") && AmountUnit.parse(unit).isPresent();
  }

  private void accept(TextLine line) {
    if (line.row() || rowFromOneLine && line.cell() && line.text().indexOf('\t') >= 0) {
      startTable();
      closeRow();
      List<TableBlock.Cell> cells = line.row() ? line.rowCells() : blankFirst(line);
      row = new ArrayList<>(cells.subList(0, cells.size() - 1));
      TableBlock.Cell last = cells.get(cells.size() - 1);
      openCell(last.text(), line.number(), last.column());
      rowFromOneLine = true;
      return;
    }
    if (line.cell()) {
      startTable();
      if (rowFromOneLine) {
        closeRow();
      }
      if (row == null) {
        row = new ArrayList<>();
      } else {
        row.add(currentCell());
      }
      openCell(line.text(), line.number(), 2);
      return;
    }
    boolean unit = isUnitLine(line);
    String trimmed = line.trimmed();
    boolean titleLike = line.heading() || unit || trimmed.endsWith("绩效目标表") || trimmed.endsWith("自评表")
        || ATTACHMENT.matcher(Cells.key(trimmed)).matches();
    if (row != null && !line.isBlank() && !titleLike) {
      cell.append('\n').append(line.text());
      cellLast = line.number();
      return;
    }
    closeRow();
    if (line.isBlank()) {
      return;
    }
    closeTable();
    if (unit) {
      stray(pendingUnit);
      pendingUnit = line;
    } else {
      stray(pendingTitle);
      pendingTitle = line;
    }
  }

  /**
   * A tab-led line with one filled cell and more tabs ({@code \t其他资金\t}) under a row written on one line: a
   * row with a blank first cell, not a cell of Word's layout.
   */
  private static List<TableBlock.Cell> blankFirst(TextLine line) {
    List<TableBlock.Cell> cells = new ArrayList<>();
    cells.add(new TableBlock.Cell("", line.number(), line.number(), 1));
    for (TableBlock.Cell c : line.rowCells()) {
      cells.add(new TableBlock.Cell(c.text(), c.firstLine(), c.lastLine(), c.column() + 1));
    }
    return cells;
  }

  private void openCell(String text, int number, int column) {
    cell = new StringBuilder(text);
    cellFirst = number;
    cellLast = number;
    cellColumn = column;
  }

  private TableBlock.Cell currentCell() {
    return new TableBlock.Cell(cell.toString(), cellFirst, cellLast, cellColumn);
  }

  private void startTable() {
    if (rows == null) {
      rows = new ArrayList<>();
      title = pendingTitle;
      unitLine = pendingUnit;
      pendingTitle = null;
      pendingUnit = null;
    }
  }

  private void closeRow() {
    if (row != null) {
      row.add(currentCell());
      rows.add(new TableBlock.Row(List.copyOf(row)));
      row = null;
      rowFromOneLine = false;
    }
  }

  private void closeTable() {
    if (rows != null) {
      blocks.add(new TableBlock(title, unitLine, List.copyOf(rows)));
      rows = null;
    }
  }

  private void stray(TextLine line) {
    if (line != null && !PART_HEADINGS.contains(Cells.key(line.text()))) {
      warnings.add(ReadProblem.warning(TextProblems.STRAY_TEXT, SourceLocation.at(source, line.number(), 1),
          "text «" + Cells.excerpt(line.trimmed()) + "» is outside any table and is not read"));
    }
  }
}
