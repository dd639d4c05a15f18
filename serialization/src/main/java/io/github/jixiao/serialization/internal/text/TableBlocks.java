package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups the lines of Part 2 (预算项目绩效目标) into tables: tab-led lines are cells, a blank line ends a row, a
 * line without a tab right under a cell continues that cell (Word wraps a cell's paragraphs that way), and the
 * last plain line before a table's first cell is its title. Other plain text between tables is reported.
 */
public final class TableBlocks {
  /** Headings of Part 2 that are not table titles. */
  private static final Set<String> PART_HEADINGS = Set.of("第二部分", "预算项目绩效目标", "预算项目绩效目标表");

  private TableBlocks() {}

  public static List<TableBlock> of(List<TextLine> lines, String source, List<ReadProblem> warnings) {
    List<TableBlock> blocks = new ArrayList<>();
    List<TableBlock.Row> rows = null;
    List<TableBlock.Cell> row = null;
    StringBuilder cell = null;
    int cellFirst = 0;
    int cellLast = 0;
    TextLine title = null;
    TextLine pendingTitle = null;
    for (TextLine line : lines) {
      if (line.cell()) {
        if (rows == null) {
          rows = new ArrayList<>();
          title = pendingTitle;
          pendingTitle = null;
        }
        if (row == null) {
          row = new ArrayList<>();
        } else {
          row.add(new TableBlock.Cell(cell.toString(), cellFirst, cellLast));
        }
        cell = new StringBuilder(line.text());
        cellFirst = line.number();
        cellLast = line.number();
        continue;
      }
      boolean titleLike = line.heading() || line.trimmed().endsWith("绩效目标表");
      if (row != null && !line.isBlank() && !titleLike) {
        cell.append('\n').append(line.text());
        cellLast = line.number();
        continue;
      }
      if (row != null) {
        row.add(new TableBlock.Cell(cell.toString(), cellFirst, cellLast));
        rows.add(new TableBlock.Row(List.copyOf(row)));
        row = null;
      }
      if (line.isBlank()) {
        continue;
      }
      if (rows != null) {
        blocks.add(new TableBlock(title, List.copyOf(rows)));
        rows = null;
      }
      if (pendingTitle != null) {
        stray(pendingTitle, source, warnings);
      }
      pendingTitle = line;
    }
    if (row != null) {
      row.add(new TableBlock.Cell(cell.toString(), cellFirst, cellLast));
      rows.add(new TableBlock.Row(List.copyOf(row)));
    }
    if (rows != null) {
      blocks.add(new TableBlock(title, List.copyOf(rows)));
    }
    if (pendingTitle != null) {
      stray(pendingTitle, source, warnings);
    }
    return blocks;
  }

  private static void stray(TextLine line, String source, List<ReadProblem> warnings) {
    if (!PART_HEADINGS.contains(Cells.key(line.text()))) {
      warnings.add(ReadProblem.warning(TextProblems.STRAY_TEXT, SourceLocation.at(source, line.number(), 1),
          "text «" + Cells.excerpt(line.trimmed()) + "» is outside any table and is not read"));
    }
  }
}
