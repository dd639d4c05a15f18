package io.github.jixiao.office;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.sheet.SheetWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Workbooks as a user fills them in by hand: amounts typed as numbers with two decimals shown, spending-plan
 * percentages as numbers in a percentage format, the category cells merged down their rows.
 */
final class Workbooks {
  private Workbooks() {}

  /** The tables' sheet rows laid out on sheet {@code name} of {@code workbook}, as a user would type them. */
  static Sheet typed(Workbook workbook, String name, List<ProjectTargetTable> tables) {
    List<List<String>> rows = SheetWriter.create().rows(tables);
    Sheet sheet = workbook.createSheet(name);
    CellStyle twoDecimals = workbook.createCellStyle();
    twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    CellStyle percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
    List<String> header = rows.get(0);
    int category = header.indexOf("一级指标");
    int mergeFrom = 1;
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      List<String> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        String t = cells.get(c);
        if (r > 0 && c == category && r > mergeFrom && t.equals(rows.get(mergeFrom).get(c))) {
          continue;   // covered by the merged category cell above
        }
        if (r > 0 && c == category) {
          merge(sheet, mergeFrom, r - 1, c);
          mergeFrom = r;
        }
        Cell cell = row.createCell(c);
        if (r > 0 && t.matches("\\d+\\.\\d\\d") && header.get(c).matches("预算数|其中：财政资金|其他资金")) {
          cell.setCellValue(Double.parseDouble(t));
          cell.setCellStyle(twoDecimals);
        } else if (r > 0 && t.matches("\\d+%") && header.get(c).endsWith("月底")) {
          cell.setCellValue(new BigDecimal(t.substring(0, t.length() - 1)).movePointLeft(2).doubleValue());
          cell.setCellStyle(percent);
        } else {
          cell.setCellValue(t);
        }
      }
    }
    merge(sheet, mergeFrom, rows.size() - 1, category);
    return sheet;
  }

  private static void merge(Sheet sheet, int first, int last, int column) {
    if (last > first) {
      sheet.addMergedRegion(new CellRangeAddress(first, last, column, column));
    }
  }

  static byte[] bytes(Workbook workbook) {
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The zip with one part's content replaced, every other part as it was. */
  static byte[] replacing(byte[] zip, String part, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(9);
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(e.getName().equals(part) ? content : in.readAllBytes());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
