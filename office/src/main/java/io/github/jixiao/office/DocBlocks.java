package io.github.jixiao.office;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The body of a Word 97–2003 {@code .doc} in reading order, as {@link DocxBlocks} reads a {@code .docx}. The
 * binary format has no grid: a cell's column is the place of its left edge among the left edges of all the
 * table's cells. A cell merged down from the row above reads blank; a cell merged into the one on its left
 * (the old horizontal merge) is part of that cell. Field instructions are dropped and their results kept.
 */
final class DocBlocks {
  private static final char FIELD_BEGIN = '\u0013';
  private static final char FIELD_SEPARATOR = '\u0014';
  private static final char FIELD_END = '\u0015';

  private DocBlocks() {}

  static void read(HWPFDocument document, DocumentBlocks out) {
    Range range = document.getRange();
    int n = range.numParagraphs();
    for (int i = 0; i < n; i++) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table table = range.getTable(p);
        table(table, out);
        i += Math.max(table.numParagraphs() - 1, 0);
      } else {
        out.paragraph(text(p.text()));
      }
    }
  }

  private static void table(Table table, DocumentBlocks out) {
    out.table();
    TreeSet<Integer> edges = new TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        edges.add(row.getCell(c).getLeftEdge());
      }
    }
    List<Integer> columns = new ArrayList<>(edges);
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      List<DocumentBlocks.GridCell> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        if (cell.isMerged() && !cell.isFirstMerged()) {
          continue;
        }
        boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
        cells.add(new DocumentBlocks.GridCell(continued ? "" : text(cell.text()),
            columns.indexOf(cell.getLeftEdge())));
      }
      out.row(cells);
    }
  }

  /**
   * The text as people see it: a field's instruction dropped and its result kept, paragraph and line breaks as
   * line breaks, the cell-end and page-break marks and the trailing paragraph mark gone.
   */
  static String text(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    ArrayDeque<Boolean> fields = new ArrayDeque<>();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == FIELD_BEGIN) {
        fields.push(true);
      } else if (c == FIELD_SEPARATOR && !fields.isEmpty()) {
        fields.pop();
        fields.push(false);
      } else if (c == FIELD_END && !fields.isEmpty()) {
        fields.pop();
      } else if (!fields.contains(true)) {
        if (c == '\r' || c == '\u000b') {
          b.append('\n');
        } else if (c != '\u0007' && c != '\f') {
          b.append(c);
        }
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '\n') {
      end--;
    }
    return b.substring(0, end);
  }
}
