package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One worksheet of a workbook held in memory (工作表网格; an {@code .xls} file, which has no streaming form) as
 * rows of cell texts, through {@link SheetCells} as the streaming {@code .xlsx} read does, so both read a
 * sheet alike.
 */
final class SheetGrid {
  private final String source;
  private final ReadLimits limits;
  private final CellText text = new CellText();

  SheetGrid(String source, ReadLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  SheetReader.Sheet read(Sheet sheet, List<ReadProblem> warnings) {
    SheetCells cells = new SheetCells(source, sheet.getSheetName(), limits);
    for (Row row : sheet) {
      cells.row(row.getRowNum(), isHidden(row));
      for (Cell cell : row) {
        cells.cell(row.getRowNum(), cell.getColumnIndex(), text.of(cell));
      }
    }
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      cells.merge(region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn());
    }
    return cells.rows(sheet::isColumnHidden, warnings);
  }

  private static boolean isHidden(Row row) {
    return row != null && row.getZeroHeight();
  }
}
