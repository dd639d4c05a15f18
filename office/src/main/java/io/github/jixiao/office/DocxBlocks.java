package io.github.jixiao.office;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The body of a {@code .docx} in reading order: each paragraph a paragraph, each table row a row whose cells
 * are placed on the table's grid ({@code gridBefore} and {@code gridSpan} counted), a cell merged down from the
 * row above ({@code vMerge} continued) read blank as the published text shows it.
 */
final class DocxBlocks {
  private DocxBlocks() {}

  static void read(XWPFDocument document, DocumentBlocks out) {
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        out.paragraph(p.getText());
      } else if (element instanceof XWPFTable t) {
        table(t, out);
      } else if (element instanceof XWPFSDT sdt) {
        out.paragraph(sdt.getContent().getText());
      }
    }
  }

  private static void table(XWPFTable table, DocumentBlocks out) {
    out.table();
    for (XWPFTableRow row : table.getRows()) {
      int column = gridBefore(row);
      List<DocumentBlocks.GridCell> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        boolean continued = pr != null && pr.isSetVMerge()
            && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
        cells.add(new DocumentBlocks.GridCell(continued ? "" : text(cell, out, column), column));
        column += pr != null && pr.isSetGridSpan() ? Math.max(1, intValue(pr.getGridSpan().getVal())) : 1;
      }
      out.row(cells);
    }
  }

  /** The cell's paragraphs, one a line; a table inside the cell adds its cells as lines and is reported. */
  private static String text(XWPFTableCell cell, DocumentBlocks out, int column) {
    StringBuilder text = new StringBuilder();
    for (IBodyElement element : cell.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        line(text, p.getText());
      } else if (element instanceof XWPFTable nested) {
        out.nestedTable(out.rowsSoFar() + 1, column);
        for (XWPFTableRow row : nested.getRows()) {
          for (XWPFTableCell c : row.getTableCells()) {
            line(text, c.getText());
          }
        }
      } else if (element instanceof XWPFSDT sdt) {
        line(text, sdt.getContent().getText());
      }
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String line) {
    text.append(text.length() > 0 ? "\n" : "").append(line);
  }

  private static int gridBefore(XWPFTableRow row) {
    CTTrPr pr = row.getCtRow().getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    return Math.max(0, intValue(pr.getGridBeforeArray(0).getVal()));
  }

  private static int intValue(BigInteger value) {
    return value == null ? 1 : value.min(BigInteger.valueOf(1 << 16)).intValue();
  }
}
