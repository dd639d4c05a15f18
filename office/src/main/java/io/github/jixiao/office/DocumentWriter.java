package io.github.jixiao.office;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.WriteException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a published performance-target document (预算绩效目标) as a Word document ({@code .docx}) in the
 * published layout: Part 1's headings and paragraphs, then for each table its title and the project target
 * table as a Word table with borders, the merged cells the published tables have (预算规模及资金用途,
 * 资金支出计划, and a 一级指标 or 二级指标 repeated on the rows below merged down), in a CJK font (宋体).
 * {@link DocumentReader} reads the file back into an equal document when the document is one a reader could
 * have produced (see docs/office.md for what the layout cannot carry). Self-evaluation tables (项目支出绩效自评表)
 * are written in the national form by {@link #writeSelfEvaluation(List, Path)}, which
 * {@link DocumentReader#readSelfEvaluation(Path)} reads back into equal tables.
 *
 * <pre>{@code
 * DocumentWriter.create().write(document, Path.of("2025.docx"));
 * DocumentWriter.create().writeSelfEvaluation(tables, Path.of("2024自评.docx"));
 * }</pre>
 *
 * <p>Thread-safe and reusable.
 *
 * @throws io.github.jixiao.serialization.WriteException from {@code write} when an amount is in another money
 *     unit than its table's
 */
public final class DocumentWriter {
  /** A width of the grid's columns, in twentieths of a point: seven of them fill an A4 page between margins. */
  private static final int COLUMN_WIDTH = 1300;
  private static final int BODY_SIZE = 10;
  private static final int TITLE_SIZE = 14;

  private DocumentWriter() {}

  public static DocumentWriter create() {
    return new DocumentWriter();
  }

  public void write(PerformanceTargetDocument document, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the document to {@code out}, which is not closed. */
  public void write(PerformanceTargetDocument document, OutputStream out) {
    try (XWPFDocument docx = new XWPFDocument()) {
      PublishedParagraphs.partOne(document.overview()).forEach(p -> paragraph(docx, p, BODY_SIZE));
      if (!document.tables().isEmpty()) {
        PublishedParagraphs.partTwo().forEach(p -> paragraph(docx, p, BODY_SIZE));
      }
      List<ProjectTargetTable> tables = document.tables();
      for (int i = 0; i < tables.size(); i++) {
        paragraph(docx, PublishedParagraphs.title(i + 1, tables.get(i)), TITLE_SIZE)
            .setAlignment(ParagraphAlignment.CENTER);
        PublishedRows rows = PublishedRows.of(tables.get(i), "tables[" + i + "]");
        table(docx, rows.columns(), rows.rows());
        docx.createParagraph();
      }
      docx.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument docx, PublishedParagraphs.Paragraph p, int size) {
    XWPFParagraph paragraph = docx.createParagraph();
    run(paragraph, p.text(), p.heading(), size);
    return paragraph;
  }

  /**
   * Writes self-evaluation tables (项目支出绩效自评表) in the national form, each under its title
   * ({@code 2024年度项目支出绩效自评表}): the layout {@link DocumentReader#readSelfEvaluation(Path)} reads, every
   * cell as written, so that reading the file gives equal tables. See docs/office.md for the form.
   *
   * @throws WriteException naming the path of the first cell the form cannot carry so that it reads back equal
   *     (an amount in another money unit, a cell given empty, text the reader would read otherwise), before the
   *     file is touched
   */
  public void writeSelfEvaluation(List<SelfEvaluationTable> tables, Path file) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeSelfEvaluation(tables, bytes);
    try {
      Files.write(file, bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * As {@link #writeSelfEvaluation(List, Path)}, to {@code out}, which is not closed; nothing is written when a
   * table is refused.
   */
  public void writeSelfEvaluation(List<SelfEvaluationTable> tables, OutputStream out) {
    try (XWPFDocument docx = new XWPFDocument()) {
      for (int i = 0; i < tables.size(); i++) {
        SelfEvaluationTable t = tables.get(i);
        EvaluationRows rows = EvaluationRows.of(t, "tables[" + i + "]");
        paragraph(docx, new PublishedParagraphs.Paragraph(EvaluationRows.title(t), true), TITLE_SIZE)
            .setAlignment(ParagraphAlignment.CENTER);
        if (!rows.statesUnit() && t.amountUnit() != AmountUnit.WAN_YUAN) {
          paragraph(docx, new PublishedParagraphs.Paragraph("单位：" + t.amountUnit().label(), false), BODY_SIZE);
        }
        table(docx, rows.columns(), rows.rows());
        docx.createParagraph();
      }
      EvaluationReadBack.check(docx, tables);
      docx.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(XWPFDocument docx, int columns, List<List<PublishedRows.Cell>> cells) {
    XWPFTable table = docx.createTable();
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
        : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int c = 0; c < columns; c++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN_WIDTH));
    }
    table.setWidth(columns * COLUMN_WIDTH);
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    for (int r = 0; r < cells.size(); r++) {
      XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
      while (row.getTableCells().size() > 0) {
        row.removeCell(0);
      }
      for (PublishedRows.Cell cell : cells.get(r)) {
        cell(row.addNewTableCell(), cell);
      }
    }
  }

  private static void cell(XWPFTableCell cell, PublishedRows.Cell c) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    pr.addNewTcW().setW(BigInteger.valueOf((long) c.span() * COLUMN_WIDTH));
    if (c.span() > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(c.span()));
    }
    if (c.merge() != PublishedRows.Merge.NONE) {
      pr.addNewVMerge().setVal(c.merge() == PublishedRows.Merge.RESTART ? STMerge.RESTART : STMerge.CONTINUE);
    }
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    String[] lines = c.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFParagraph p = i < cell.getParagraphs().size() ? cell.getParagraphs().get(i) : cell.addParagraph();
      if (c.label()) {
        p.setAlignment(ParagraphAlignment.CENTER);
      }
      run(p, lines[i], c.label(), BODY_SIZE);
    }
  }

  private static void run(XWPFParagraph p, String text, boolean bold, int size) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily(WorkbookWriter.CJK_FONT, XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily(WorkbookWriter.CJK_FONT, XWPFRun.FontCharRange.ascii);
  }

  @Override
  public String toString() {
    return "DocumentWriter";
  }
}
