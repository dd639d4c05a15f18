package io.github.jixiao.office;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A cell's text as the spreadsheet displays it (单元格文本): a number in its own format ({@code 5.00} keeps
 * its scale, a percentage format gives {@code 30.00%}), a date as an ISO date ({@code 2025-06-30}, since a
 * displayed date depends on the reader's locale), a formula by the value the application last computed and
 * saved (never recomputed: the user saw that value), a boolean as {@code TRUE}/{@code FALSE}, an error as
 * its code ({@code #DIV/0!}).
 */
final class CellText {
  /** One formatter per reading thread: POI's formatter caches formats and is not thread-safe. */
  private final DataFormatter formatter = new DataFormatter(Locale.US);

  String of(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> number(cell);
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> error(cell.getErrorCellValue());
      default -> "";
    };
  }

  private String number(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return date(cell.getLocalDateTimeCellValue());
    }
    return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
        cell.getCellStyle().getDataFormatString());
  }

  /**
   * A number as its format displays it, for a reader that has the value and the cell's number format rather
   * than a cell: the same text as {@link #of(Cell)} gives for such a cell.
   */
  String number(double value, int formatIndex, String formatString, boolean date1904) {
    if (DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(formatIndex, formatString)) {
      return date(DateUtil.getLocalDateTime(value, date1904));
    }
    return formatter.formatRawCellContents(value, formatIndex, formatString);
  }

  private static String date(LocalDateTime t) {
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
  }

  private static String error(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR";
    }
  }
}
