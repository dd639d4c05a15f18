package io.github.jixiao.office;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.sheet.MonitoringSheetWriter;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetWriter;
import io.github.jixiao.serialization.sheet.SheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as an Excel workbook ({@code .xlsx}) in a {@link WorkbookLayout}: by default the indicator
 * sheet's row layout (one sheet, a bold frozen header row, then the rows {@link SheetWriter} writes to CSV, cell
 * for cell); or the form layout of the published template, one table after another, as an officer prints it.
 * Either reads back into equal tables. Every cell is a text cell: {@code 5.00} keeps its scale, {@code 30%}
 * stays as typed, and a cell starting with {@code =}, {@code +}, {@code -} or {@code @} is never a formula a
 * spreadsheet would run. Rows are streamed to the file, so memory stays flat however many tables are written.
 *
 * <pre>{@code
 * WorkbookWriter.create().write(tables, Path.of("targets.xlsx"));
 * WorkbookWriter.builder().layout(WorkbookLayout.FORM).build().write(tables, Path.of("print.xlsx"));
 * }</pre>
 *
 * <p>Thread-safe and reusable.
 */
public final class WorkbookWriter {
  /** A CJK font every office suite maps to one it has, so the Chinese text prints as written. */
  static final String CJK_FONT = "宋体";
  private static final int ROWS_IN_MEMORY = 100;
  private static final String TARGET_SHEET = "绩效目标表";
  private static final String SELF_EVALUATION_SHEET = "绩效自评表";
  private static final String MONITORING_SHEET = "绩效运行监控表";

  private final String sheetName;
  private final WorkbookLayout layout;

  private WorkbookWriter(String sheetName, WorkbookLayout layout) {
    this.sheetName = sheetName;
    this.layout = layout;
  }

  /**
   * A writer of the row layout naming its sheet 绩效目标表 (绩效自评表 for self-evaluation tables, 绩效运行监控表 for
   * monitoring tables).
   */
  public static WorkbookWriter create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Writes the workbook to a stream (flushed, not closed). */
  public void write(List<ProjectTargetTable> tables, OutputStream out) {
    write(out, sheetName == null ? TARGET_SHEET : sheetName, (workbook, sheet) -> {
      if (layout == WorkbookLayout.FORM) {
        new FormSheetWriter(workbook, sheet).write(tables);
      } else {
        rows(workbook, sheet, SheetWriter.create().rows(tables));
      }
    });
  }

  /**
   * Writes self-evaluation tables (项目支出绩效自评表) to a stream (flushed, not closed), on a sheet named 绩效自评表
   * unless set: in the row layout, the rows {@link SelfEvaluationSheetWriter} writes to CSV, cell for cell; in the
   * form layout, the national form one table after another. Either reads back into equal tables with
   * {@link WorkbookReader#readSelfEvaluation(Path)}.
   *
   * @throws io.github.jixiao.serialization.WriteException naming the path of a value no cell can carry so that
   *     it reads back equal, before anything is written
   */
  public void writeSelfEvaluation(List<SelfEvaluationTable> tables, OutputStream out) {
    List<List<String>> rows = SelfEvaluationSheetWriter.create().rows(tables);   // refuses before a byte is written
    write(out, sheetName == null ? SELF_EVALUATION_SHEET : sheetName, (workbook, sheet) -> {
      if (layout == WorkbookLayout.FORM) {
        new FormSheetWriter(workbook, sheet).writeSelfEvaluation(tables);
      } else {
        rows(workbook, sheet, rows);
      }
    });
  }

  /** Writes self-evaluation tables to a file, replacing it. */
  public void writeSelfEvaluation(List<SelfEvaluationTable> tables, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeSelfEvaluation(tables, out);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": the workbook could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * Writes monitoring tables (项目支出绩效运行监控表) to a stream (flushed, not closed), on a sheet named 绩效运行监控表
   * unless set, in the row layout: the rows {@link MonitoringSheetWriter} writes to CSV, cell for cell. They read
   * back into equal tables with {@link WorkbookReader#readMonitoring(Path)}.
   *
   * @throws IllegalStateException if this writer's layout is {@link WorkbookLayout#FORM}: no reader reads a
   *     monitoring table from the form layout, so a workbook written in it could not be read back
   * @throws io.github.jixiao.serialization.WriteException naming the path of a value no cell can carry so that
   *     it reads back equal, before anything is written
   */
  public void writeMonitoring(List<MonitoringTable> tables, OutputStream out) {
    List<List<String>> rows = monitoringRows(tables);
    write(out, sheetName == null ? MONITORING_SHEET : sheetName, (workbook, sheet) -> rows(workbook, sheet, rows));
  }

  /** Writes monitoring tables to a file, replacing it; refused as {@link #writeMonitoring(List, OutputStream)}. */
  public void writeMonitoring(List<MonitoringTable> tables, Path file) {
    List<List<String>> rows = monitoringRows(tables);   // refuses before the file is touched
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, sheetName == null ? MONITORING_SHEET : sheetName, (workbook, sheet) -> rows(workbook, sheet, rows));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": the workbook could not be written: " + e.getMessage(), e);
    }
  }

  private List<List<String>> monitoringRows(List<MonitoringTable> tables) {
    if (layout == WorkbookLayout.FORM) {
      throw new IllegalStateException("monitoring tables are written in the row layout only: no reader reads a"
          + " monitoring table from the form layout; build the writer with WorkbookLayout.ROW");
    }
    return MonitoringSheetWriter.create().rows(tables);
  }

  private static void write(OutputStream out, String sheetName, BiConsumer<SXSSFWorkbook, Sheet> content) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      content.accept(workbook, workbook.createSheet(sheetName));
      workbook.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the workbook could not be written: " + e.getMessage(), e);
    }
  }

  private static void rows(SXSSFWorkbook workbook, Sheet sheet, List<List<String>> rows) {
    CellStyle header = style(workbook, true);
    CellStyle body = style(workbook, false);
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      List<String> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        // setCellValue(String) makes a text cell: a leading = is kept as text, never parsed as a formula.
        row.createCell(c).setCellValue(cells.get(c));
        row.getCell(c).setCellStyle(r == 0 ? header : body);
      }
    }
    for (int c = 0; c < rows.get(0).size(); c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /** Writes the workbook to a file, replacing it. */
  public void write(List<ProjectTargetTable> tables, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(tables, out);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": the workbook could not be written: " + e.getMessage(), e);
    }
  }

  private static CellStyle style(SXSSFWorkbook workbook, boolean bold) {
    Font font = workbook.createFont();
    font.setFontName(CJK_FONT);
    font.setBold(bold);
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setWrapText(true);
    return style;
  }

  /** Configures a {@link WorkbookWriter}. */
  public static final class Builder {
    private String sheetName;
    private WorkbookLayout layout = WorkbookLayout.ROW;

    private Builder() {}

    /**
     * The name of the sheet written, 绩效目标表 (target tables), 绩效自评表 (self-evaluation tables) or 绩效运行监控表
     * (monitoring tables) unless set;
     * 1 to 31 characters, none of {@code \ / ? * [ ] :}.
     */
    public Builder sheetName(String value) {
      if (value == null || value.isEmpty() || value.length() > 31 || value.matches(".*[\\\\/?*\\[\\]:].*")) {
        throw new IllegalArgumentException("sheetName: expected 1 to 31 characters without \\ / ? * [ ] :, found «"
            + value + "»");
      }
      sheetName = value;
      return this;
    }

    /** The layout the tables are written in; {@link WorkbookLayout#ROW} unless set. */
    public Builder layout(WorkbookLayout value) {
      layout = Objects.requireNonNull(value, "layout");
      return this;
    }

    public WorkbookWriter build() {
      return new WorkbookWriter(sheetName, layout);
    }
  }

  @Override
  public String toString() {
    return "WorkbookWriter[" + (sheetName == null ? "" : sheetName + ", ") + layout + "]";
  }
}
