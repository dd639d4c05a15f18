package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.internal.sheet.TextMark;
import io.github.jixiao.serialization.internal.sheet.WrittenCell;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    List<ProjectTargetTable> targets = tables.stream().map(SelfEvaluationSheetWriter::target).toList();
    boolean split = targets.stream().flatMap(t -> t.indicators().stream()).anyMatch(SheetWriter::hasSplitCells);
    List<Column> columns = new ArrayList<>();
    for (Column c : Column.all(split)) {
      if (c.isWritten(tables)) {
        columns.add(c);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns.stream().map(Column::header).toList());
    for (int i = 0; i < tables.size(); i++) {
      String path = "tables[" + i + "]";
      if (i > 0) {
        SheetWriter.startsTable(targets.get(i - 1), targets.get(i), path);
      }
      SelfEvaluationTable table = tables.get(i);
      List<String> own = tableCells(table, path);
      int n = Math.max(1, table.indicators().size());
      for (int j = 0; j < n; j++) {
        List<String> full = new ArrayList<>(j == 0 ? own : SheetWriter.blanks(own.size()));
        full.addAll(indicatorCells(table, j, split, path + ".indicators[" + j + "]"));
        List<String> row = new ArrayList<>(columns.size());
        columns.forEach(c -> row.add(full.get(c.index())));
        rows.add(List.copyOf(row));
      }
    }
    return List.copyOf(rows);
  }

  /** Writes the sheet to a byte stream as UTF-8 (the stream is flushed, not closed). */
  public void write(List<SelfEvaluationTable> tables, OutputStream out) {
    String text = write(tables);   // a table no sheet can hold fails before a byte is written
    try {
      sheet.bytes(text, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the sheet could not be written: " + e.getMessage(), e);
    }
  }

  /** Writes the sheet to a character stream (flushed, not closed; no byte-order mark). */
  public void write(List<SelfEvaluationTable> tables, Writer out) {
    String text = write(tables);
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the sheet could not be written: " + e.getMessage(), e);
    }
  }

  /** Writes the sheet to a file, replacing it. */
  public void write(List<SelfEvaluationTable> tables, Path file) {
    String text = write(tables);   // a table no sheet can hold fails before the file is touched
    try (OutputStream out = Files.newOutputStream(file)) {
      sheet.bytes(text, out);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": the sheet could not be written: " + e.getMessage(), e);
    }
  }

  /** The target-table cells a self-evaluation table repeats, as a target table for the indicator sheet's code. */
  private static ProjectTargetTable target(SelfEvaluationTable t) {
    ProjectTargetTable.Builder b = ProjectTargetTable.builder().amountUnit(t.amountUnit()).addAllGoals(t.goals());
    t.fiscalYear().ifPresent(y -> b.fiscalYear(y.getValue()));
    t.fiscalYearText().ifPresent(b::fiscalYearText);
    t.unit().ifPresent(b::unit);
    t.projectCode().ifPresent(b::projectCode);
    t.projectName().ifPresent(b::projectName);
    t.indicators().forEach(e -> b.addIndicator(e.indicator()));
    return b.build();
  }

  /** The table's cells: its target cells, then its own, in column order. */
  private static List<String> tableCells(SelfEvaluationTable t, String path) {
    BudgetExecution line = t.budgetExecution();
    String year = t.fiscalYear().map(y -> SheetWriter.year(y, path + ".fiscalYear"))
        .orElseGet(() -> WrittenCell.optional(t.fiscalYearText(), path + ".fiscalYearText"));
    String at = path + ".budgetExecution.";
    return List.of(
        t.unit().map(u -> WrittenCell.optional(u.code(), path + ".unit.code")).orElse(""),
        t.unit().map(u -> WrittenCell.unitName(u.name(), path + ".unit.name")).orElse(""),
        year,
        WrittenCell.optional(t.projectCode(), path + ".projectCode"),
        WrittenCell.optional(t.projectName(), path + ".projectName"),
        t.amountUnit().label(),
        WrittenCell.goals(t.goals(), path + ".goals"),
        amount(line.initialBudgetCell(), t, at + "initialBudget"),
        amount(line.annualBudgetCell(), t, at + "annualBudget"),
        amount(line.annualSpendingCell(), t, at + "annualSpending"),
        WrittenCell.optional(line.executionRateText(), at + "executionRate"),
        WrittenCell.optional(line.weightText(), at + "weight"),
        WrittenCell.optional(line.scoreText(), at + "score"),
        WrittenCell.optional(t.outcome(), path + ".outcome"),
        WrittenCell.optional(t.totalScoreText(), path + ".totalScore"),
        WrittenCell.optional(t.gradeText(), path + ".grade"));
  }

  /** An amount as the indicator sheet writes it; a cell given empty as a lone mark, so that it is not absent. */
  private static String amount(Optional<WrittenAmount> cell, SelfEvaluationTable t, String path) {
    return cell.filter(c -> c.text().isEmpty()).isPresent() ? TextMark.GIVEN_EMPTY
        : SheetWriter.amount(cell, t.amountUnit(), path);
  }

  /**
   * Row {@code j}'s cells in column order: the indicator sheet's (with the split columns when
   * some row fills them), then 分值 where the split columns do not carry it, 实际完成值, 得分 and 偏差原因. A table
   * without indicators has one row of blank indicator cells.
   */
  private static List<String> indicatorCells(SelfEvaluationTable t, int j, boolean split, String path) {
    if (t.indicators().isEmpty()) {
      return SheetWriter.blanks(Column.INDICATOR_CELLS);
    }
    EvaluatedIndicator e = t.indicators().get(j);
    Indicator i = e.indicator();
    List<String> row = new ArrayList<>(SheetWriter.indicatorCells(i, split, path));
    if (!split) {
      row.addAll(List.of("", "", "", ""));   // the split columns, and 分值: no row fills them
    }
    row.add(WrittenCell.text(e.actual().raw(), path + ".actual"));
    row.add(WrittenCell.optional(e.scoreText(), path + ".score"));
    row.add(WrittenCell.optional(e.deviation(), path + ".deviation"));
    return row;
  }

  /**
   * A column the writer may write: its header, its index among a row's full cells (the table's own, then the
   * indicator row's), and the cell it holds. A column is written unless every table lacks its cell and none
   * fills it; those that start tables or rows are always written.
   */
  private record Column(String header, int index, TableField field, SelfEvaluationField evaluationField) {
    /** A row's full cells, in order: the table's target cells, its own, an indicator's target cells, its own. */
    private static final List<TableField> TABLE_TARGET = List.of(TableField.UNIT_CODE, TableField.UNIT_NAME,
        TableField.FISCAL_YEAR, TableField.PROJECT_CODE, TableField.PROJECT_NAME, TableField.AMOUNT_UNIT,
        TableField.GOALS);
    private static final List<SelfEvaluationField> TABLE_OWN = List.of(SelfEvaluationField.INITIAL_BUDGET,
        SelfEvaluationField.ANNUAL_BUDGET, SelfEvaluationField.ANNUAL_SPENDING, SelfEvaluationField.EXECUTION_RATE,
        SelfEvaluationField.EXECUTION_WEIGHT, SelfEvaluationField.EXECUTION_SCORE, SelfEvaluationField.OUTCOME,
        SelfEvaluationField.TOTAL_SCORE, SelfEvaluationField.GRADE);
    private static final List<TableField> ROW_TARGET = List.of(TableField.CATEGORY, TableField.SUBCATEGORY,
        TableField.NAME, TableField.DESCRIPTION, TableField.TARGET, TableField.BASIS, TableField.COMPARISON,
        TableField.UNIT_OF_MEASURE, TableField.DIRECTION, TableField.WEIGHT);
    private static final List<SelfEvaluationField> ROW_OWN = List.of(SelfEvaluationField.ACTUAL,
        SelfEvaluationField.SCORE, SelfEvaluationField.DEVIATION);
    static final int INDICATOR_CELLS = ROW_TARGET.size() + ROW_OWN.size();
    private static final List<TableField> ALWAYS = List.of(TableField.PROJECT_CODE, TableField.PROJECT_NAME,
        TableField.AMOUNT_UNIT, TableField.NAME, TableField.TARGET);
    private static final List<TableField> SPLIT = List.of(TableField.COMPARISON, TableField.UNIT_OF_MEASURE,
        TableField.DIRECTION);

    /** Every column in order, the split ones only when {@code split}. */
    static List<Column> all(boolean split) {
      List<Column> all = new ArrayList<>();
      int k = 0;
      for (TableField f : TABLE_TARGET) {
        all.add(new Column(f.term(), k++, f, null));
      }
      for (SelfEvaluationField f : TABLE_OWN) {
        all.add(new Column(f.term(), k++, null, f));
      }
      for (TableField f : ROW_TARGET) {
        if (split || !SPLIT.contains(f)) {
          all.add(new Column(f == TableField.WEIGHT ? POINTS_HEADER : f.term(), k, f, null));
        }
        k++;
      }
      for (SelfEvaluationField f : ROW_OWN) {
        all.add(new Column(f.term(), k++, null, f));
      }
      return all;
    }

    boolean isWritten(List<SelfEvaluationTable> tables) {
      if (field != null && ALWAYS.contains(field)) {
        return true;
      }
      return tables.isEmpty() || tables.stream().anyMatch(t -> !absent(t) || fills(t));
    }

    private boolean absent(SelfEvaluationTable t) {
      return field != null ? t.isAbsent(field) : t.isAbsent(evaluationField);
    }

    /** Whether the table has something to write in this column, absent or not. */
    private boolean fills(SelfEvaluationTable t) {
      if (field != null) {
        return switch (field) {
          case UNIT_CODE -> t.unit().flatMap(u -> u.code()).isPresent();
          case UNIT_NAME -> t.unit().isPresent();
          case FISCAL_YEAR -> t.fiscalYear().isPresent() || t.fiscalYearText().isPresent();
          case GOALS -> !t.goals().isEmpty();
          default -> t.indicators().stream().map(EvaluatedIndicator::indicator).anyMatch(i -> fills(i, field));
        };
      }
      BudgetExecution line = t.budgetExecution();
      return switch (evaluationField) {
        case ACTUAL -> t.indicators().stream().anyMatch(e -> !e.actual().raw().isEmpty());
        case SCORE -> t.indicators().stream().anyMatch(e -> e.scoreText().isPresent());
        case DEVIATION -> t.indicators().stream().anyMatch(e -> e.deviation().isPresent());
        case INITIAL_BUDGET -> line.initialBudgetCell().isPresent();
        case ANNUAL_BUDGET -> line.annualBudgetCell().isPresent();
        case ANNUAL_SPENDING -> line.annualSpendingCell().isPresent();
        case EXECUTION_RATE -> line.executionRateText().isPresent();
        case EXECUTION_WEIGHT -> line.weightText().isPresent();
        case EXECUTION_SCORE -> line.scoreText().isPresent();
        case OUTCOME -> t.outcome().isPresent();
        case TOTAL_SCORE -> t.totalScoreText().isPresent();
        case GRADE -> t.gradeText().isPresent();
      };
    }

    private static boolean fills(Indicator i, TableField field) {
      Optional<?> cell = switch (field) {
        case CATEGORY -> Optional.of(i.categoryLabel()).filter(s -> !s.isEmpty());
        case SUBCATEGORY -> Optional.of(i.subcategoryLabel()).filter(s -> !s.isEmpty());
        case DESCRIPTION -> i.description();
        case BASIS -> i.basis();
        case COMPARISON -> i.comparisonText();
        case UNIT_OF_MEASURE -> i.unitOfMeasure();
        case DIRECTION -> i.directionText();
        case WEIGHT -> i.weightText();
        default -> Optional.empty();
      };
      return cell.isPresent();
    }
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
