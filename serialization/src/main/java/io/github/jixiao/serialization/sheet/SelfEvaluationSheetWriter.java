package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
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
import java.util.function.Predicate;

/**
 * Writes self-evaluation tables (项目支出绩效自评表) as a sheet in the row layout {@link SelfEvaluationSheetReader}
 * reads: the indicator sheet's table and indicator columns, the budget line (年初预算数 … 执行率得分), 实际完成情况,
 * 总分 and 自评等级 on each table's first row, and per indicator row 分值, 实际完成值, 得分 and 偏差原因分析及改进措施.
 * Every cell is written as it was written (the text, never its parsed view: {@code ≥100%}, {@code 完成},
 * {@code 7分} stay so), with the text marks, quoting and refusals of {@link SheetWriter}.
 *
 * <p>A column is left out where every table lacks its cell ({@linkplain SelfEvaluationTable#absentCells() absent},
 * not blank) and none fills it, so a table read from a sheet without 年初预算数 or 指标值确定依据 is written without
 * them and reads back with the same absent cells. Columns the model has no cell for (预算数, 资金用途, the spending
 * plan) are not written.
 *
 * <pre>{@code
 * SelfEvaluationSheetWriter.create().write(tables, Path.of("自评表.csv"));
 * SelfEvaluationSheetReader.create().read(Path.of("自评表.csv")).value();   // equal to tables
 * }</pre>
 *
 * <p>Thread-safe and reusable.
 */
public final class SelfEvaluationSheetWriter {
  /** 分值 rather than the target sheet's 权重: the word a self-evaluation form heads the points with. */
  static final String POINTS_HEADER = "分值";
  private static final FollowUpSheet<SelfEvaluationTable> LAYOUT = new FollowUpSheet<>(
      SelfEvaluationSheetWriter::target, POINTS_HEADER, List.of(
          amount(SelfEvaluationField.INITIAL_BUDGET, BudgetExecution::initialBudgetCell, "initialBudget"),
          amount(SelfEvaluationField.ANNUAL_BUDGET, BudgetExecution::annualBudgetCell, "annualBudget"),
          amount(SelfEvaluationField.ANNUAL_SPENDING, BudgetExecution::annualSpendingCell, "annualSpending"),
          line(SelfEvaluationField.EXECUTION_RATE, BudgetExecution::executionRateText, "executionRate"),
          line(SelfEvaluationField.EXECUTION_WEIGHT, BudgetExecution::weightText, "weight"),
          line(SelfEvaluationField.EXECUTION_SCORE, BudgetExecution::scoreText, "score"),
          table(SelfEvaluationField.OUTCOME, SelfEvaluationTable::outcome, "outcome"),
          table(SelfEvaluationField.TOTAL_SCORE, SelfEvaluationTable::totalScoreText, "totalScore"),
          table(SelfEvaluationField.GRADE, SelfEvaluationTable::gradeText, "grade")),
      List.of(
          new Cell<>(SelfEvaluationField.ACTUAL.term(), t -> t.isAbsent(SelfEvaluationField.ACTUAL),
              t -> t.indicators().stream().anyMatch(e -> !e.actual().raw().isEmpty()),
              (t, j, path) -> WrittenCell.text(t.indicators().get(j).actual().raw(), path + ".actual")),
          row(SelfEvaluationField.SCORE, EvaluatedIndicator::scoreText, "score"),
          row(SelfEvaluationField.DEVIATION, EvaluatedIndicator::deviation, "deviation")));

  private final SheetWriter sheet;

  private SelfEvaluationSheetWriter(SheetWriter sheet) {
    this.sheet = sheet;
  }

  /** A comma-separated writer that starts files and byte streams with a byte-order mark. */
  public static SelfEvaluationSheetWriter create() {
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
  public String write(List<SelfEvaluationTable> tables) {
    return sheet.text(rows(tables));
  }

  /**
   * The sheet as rows of cell texts, the header row first, text marks included: what {@link #write(List)}
   * writes before quoting, for a writer of another container (a workbook) to lay out in its own cells.
   *
   * @throws WriteException naming the path of a value no sheet cell can carry so that it reads back equal
   */
  public List<List<String>> rows(List<SelfEvaluationTable> tables) {
    return LAYOUT.rows(tables);
  }

  /** Writes the sheet to a byte stream as UTF-8 (the stream is flushed, not closed). */
  public void write(List<SelfEvaluationTable> tables, OutputStream out) {
    sheet.writeText(write(tables), out);   // a table no sheet can hold fails before a byte is written
  }

  /** Writes the sheet to a character stream (flushed, not closed; no byte-order mark). */
  public void write(List<SelfEvaluationTable> tables, Writer out) {
    SheetWriter.writeText(write(tables), out);
  }

  /** Writes the sheet to a file, replacing it. */
  public void write(List<SelfEvaluationTable> tables, Path file) {
    sheet.writeText(write(tables), file);   // a table no sheet can hold fails before the file is touched
  }

  /** The target-table cells a self-evaluation table repeats, as a target table for the indicator sheet's code. */
  private static ProjectTargetTable target(SelfEvaluationTable t) {
    ProjectTargetTable.Builder b = ProjectTargetTable.builder().amountUnit(t.amountUnit()).addAllGoals(t.goals())
        .absentCells(t.absentCells());
    t.fiscalYear().ifPresent(y -> b.fiscalYear(y.getValue()));
    t.fiscalYearText().ifPresent(b::fiscalYearText);
    t.unit().ifPresent(b::unit);
    t.projectCode().ifPresent(b::projectCode);
    t.projectName().ifPresent(b::projectName);
    t.indicators().forEach(e -> b.addIndicator(e.indicator()));
    return b.build();
  }

  private static Cell<SelfEvaluationTable> table(SelfEvaluationField f,
      Function<SelfEvaluationTable, Optional<String>> cell, String name) {
    return FollowUpSheet.tableCell(f.term(), t -> t.isAbsent(f), t -> cell.apply(t).isPresent(),
        (t, path) -> WrittenCell.optional(cell.apply(t), path + "." + name));
  }

  private static Cell<SelfEvaluationTable> line(SelfEvaluationField f,
      Function<BudgetExecution, Optional<String>> cell, String name) {
    return table(f, t -> cell.apply(t.budgetExecution()), "budgetExecution." + name);
  }

  private static Cell<SelfEvaluationTable> amount(SelfEvaluationField f,
      Function<BudgetExecution, Optional<WrittenAmount>> cell, String name) {
    return FollowUpSheet.tableCell(f.term(), t -> t.isAbsent(f), t -> cell.apply(t.budgetExecution()).isPresent(),
        (t, path) -> FollowUpSheet.amount(cell.apply(t.budgetExecution()), t.amountUnit(),
            path + ".budgetExecution." + name));
  }

  private static Cell<SelfEvaluationTable> row(SelfEvaluationField f,
      Function<EvaluatedIndicator, Optional<String>> cell, String name) {
    Predicate<SelfEvaluationTable> fills = t -> t.indicators().stream().anyMatch(e -> cell.apply(e).isPresent());
    return new Cell<>(f.term(), t -> t.isAbsent(f), fills,
        (t, j, path) -> WrittenCell.optional(cell.apply(t.indicators().get(j)), path + "." + name));
  }

  /** Configures a {@link SelfEvaluationSheetWriter}: the delimiter and byte-order mark of {@link SheetWriter}. */
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

    public SelfEvaluationSheetWriter build() {
      return new SelfEvaluationSheetWriter(sheet.build());
    }
  }
}
