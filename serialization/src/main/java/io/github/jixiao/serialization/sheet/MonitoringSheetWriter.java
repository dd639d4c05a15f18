package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.internal.sheet.WrittenCell;
import io.github.jixiao.serialization.sheet.FollowUpSheet.Cell;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes monitoring tables (项目支出绩效运行监控表) as a sheet in the row layout {@link MonitoringSheetReader}
 * reads: the indicator sheet's table and indicator columns, 监控期, 年初预算数, 全年预算数, 执行数, 执行率 and
 * 全年预计执行数 on each table's first row, and per indicator row 实际完成值 (the progress to date), 全年预计完成值,
 * 偏差原因分析 and 纠偏措施. Every cell is written as it was written (the text, never its parsed view: {@code ≥90%}
 * copied from the target, {@code 完成}, {@code 待核实} stay so), with the text marks, quoting and refusals of
 * {@link SheetWriter}.
 *
 * <p>A column is left out where every table lacks its cell ({@linkplain MonitoringTable#absentMonitoringCells()
 * absent}, not blank) and none fills it, so a table read from a sheet without 年初预算数 is written without it and
 * reads back with the same absent cells. The period's months are not written into headers: 执行数 and 实际完成值
 * head the columns whatever the period, which 监控期 states.
 *
 * <pre>{@code
 * MonitoringSheetWriter.create().write(tables, Path.of("监控表.csv"));
 * MonitoringSheetReader.create().read(Path.of("监控表.csv")).value();   // equal to tables
 * }</pre>
 *
 * <p>Thread-safe and reusable.
 */
public final class MonitoringSheetWriter {
  private static final FollowUpSheet<MonitoringTable> LAYOUT = new FollowUpSheet<>(
      MonitoringSheetWriter::target, TableField.WEIGHT.term(),
      List.of(
          text(MonitoringField.PERIOD, MonitoringTable::periodText, "periodText"),
          amount(MonitoringField.INITIAL_BUDGET, MonitoringTable::initialBudgetCell, "initialBudget"),
          amount(MonitoringField.ANNUAL_BUDGET, MonitoringTable::annualBudgetCell, "annualBudget"),
          amount(MonitoringField.SPENDING_TO_DATE, MonitoringTable::spendingToDateCell, "spendingToDate"),
          text(MonitoringField.EXECUTION_RATE, MonitoringTable::executionRateText, "executionRateText"),
          amount(MonitoringField.EXPECTED_SPENDING, MonitoringTable::expectedSpendingCell, "expectedSpending")),
      List.of(
          value(MonitoringField.PROGRESS, MonitoredIndicator::progress, "progress"),
          value(MonitoringField.EXPECTED, MonitoredIndicator::expected, "expected"),
          row(MonitoringField.DEVIATION, MonitoredIndicator::deviation, "deviation"),
          row(MonitoringField.CORRECTION, MonitoredIndicator::correction, "correction")));

  private final SheetWriter sheet;

  private MonitoringSheetWriter(SheetWriter sheet) {
    this.sheet = sheet;
  }

  /** A comma-separated writer that starts files and byte streams with a byte-order mark. */
  public static MonitoringSheetWriter create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The sheet as text (no byte-order mark).
   *
   * @throws WriteException naming the path of a value no sheet cell can carry so that it reads back equal
   */
  public String write(List<MonitoringTable> tables) {
    return sheet.text(rows(tables));
  }

  /**
   * The sheet as rows of cell texts, the header row first, text marks included: what {@link #write(List)}
   * writes before quoting, for a writer of another container (a workbook) to lay out in its own cells.
   *
   * @throws WriteException naming the path of a value no sheet cell can carry so that it reads back equal
   */
  public List<List<String>> rows(List<MonitoringTable> tables) {
    return LAYOUT.rows(tables);
  }

  /** Writes the sheet to a byte stream as UTF-8 (the stream is flushed, not closed). */
  public void write(List<MonitoringTable> tables, OutputStream out) {
    sheet.writeText(write(tables), out);   // a table no sheet can hold fails before a byte is written
  }

  /** Writes the sheet to a character stream (flushed, not closed; no byte-order mark). */
  public void write(List<MonitoringTable> tables, Writer out) {
    SheetWriter.writeText(write(tables), out);
  }

  /** Writes the sheet to a file, replacing it. */
  public void write(List<MonitoringTable> tables, Path file) {
    sheet.writeText(write(tables), file);   // a table no sheet can hold fails before the file is touched
  }

  /** The target-table cells a monitoring table repeats, as a target table for the indicator sheet's code. */
  private static ProjectTargetTable target(MonitoringTable t) {
    ProjectTargetTable.Builder b = ProjectTargetTable.builder().amountUnit(t.amountUnit()).addAllGoals(t.goals())
        .absentCells(t.absentCells());
    t.fiscalYear().ifPresent(y -> b.fiscalYear(y.getValue()));
    t.unit().ifPresent(b::unit);
    t.projectCode().ifPresent(b::projectCode);
    t.projectName().ifPresent(b::projectName);
    t.indicators().forEach(m -> b.addIndicator(m.indicator()));
    return b.build();
  }

  private static Cell<MonitoringTable> text(MonitoringField f, Function<MonitoringTable, Optional<String>> cell,
      String name) {
    return FollowUpSheet.tableCell(f.term(), t -> t.isAbsent(f), t -> cell.apply(t).isPresent(),
        (t, path) -> WrittenCell.optional(cell.apply(t), path + "." + name));
  }

  private static Cell<MonitoringTable> amount(MonitoringField f,
      Function<MonitoringTable, Optional<WrittenAmount>> cell, String name) {
    return FollowUpSheet.tableCell(f.term(), t -> t.isAbsent(f), t -> cell.apply(t).isPresent(),
        (t, path) -> FollowUpSheet.amount(cell.apply(t), t.amountUnit(), path + "." + name));
  }

  /** A parsed cell, written as its text. */
  private static Cell<MonitoringTable> value(MonitoringField f, Function<MonitoredIndicator, TargetValue> cell,
      String name) {
    return new Cell<>(f.term(), t -> t.isAbsent(f),
        t -> t.indicators().stream().anyMatch(m -> !cell.apply(m).raw().isEmpty()),
        (t, j, path) -> WrittenCell.text(cell.apply(t.indicators().get(j)).raw(), path + "." + name));
  }

  private static Cell<MonitoringTable> row(MonitoringField f, Function<MonitoredIndicator, Optional<String>> cell,
      String name) {
    return new Cell<>(f.term(), t -> t.isAbsent(f),
        t -> t.indicators().stream().anyMatch(m -> cell.apply(m).isPresent()),
        (t, j, path) -> WrittenCell.optional(cell.apply(t.indicators().get(j)), path + "." + name));
  }

  /** Configures a {@link MonitoringSheetWriter}: the delimiter and byte-order mark of {@link SheetWriter}. */
  public static final class Builder {
    private final SheetWriter.Builder sheet = SheetWriter.builder();

    private Builder() {}

    /** Separates cells with commas (CSV), the default. */
    public Builder commaSeparated() {
      sheet.commaSeparated();
      return this;
    }

    /** Separates cells with tabs (TSV); cells are quoted as in CSV where they must be. */
    public Builder tabSeparated() {
      sheet.tabSeparated();
      return this;
    }

    /** Whether files and byte streams start with a UTF-8 byte-order mark; true by default. */
    public Builder byteOrderMark(boolean value) {
      sheet.byteOrderMark(value);
      return this;
    }

    public MonitoringSheetWriter build() {
      return new MonitoringSheetWriter(sheet.build());
    }
  }
}
