package io.github.jixiao.office;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a sheet in the form layout (表单式工作表) into its tables: a title row starts a table (and gives its
 * year), a {@code 单位：万元} line its money unit, each label of the header block its value (the next cell to
 * its right that is not a label), the row naming 三级指标 and 指标值 the indicator grid, whose rows run to the
 * next title or header block. Cells of a merged region all read as the region's text, so a run of equal texts
 * in a row is one cell. What the form holds that is no table's cell is reported, located, never dropped
 * silently.
 */
final class FormSheet {
  /** A run of equal texts in a row (a merged region, or one cell) and its first column, 0-based. */
  private record Run(String text, int column) {}

  private final String source;
  private final String sheet;
  private final List<ReadProblem> warnings;
  private final List<FormTable> tables = new ArrayList<>();
  private FormTable table;
  private boolean inGrid;
  /** A self-evaluation form's 项目资金 block: the budget-line cell of each value column, by 0-based column. */
  private final Map<Integer, SelfEvaluationField> budgetColumns = new TreeMap<>();
  /** A self-evaluation form's goal block: the columns of 预期目标 and 实际完成情况, -1 until its header is read. */
  private int expectedColumn = -1;
  private int outcomeColumn = -1;

  private FormSheet(String source, String sheet, List<ReadProblem> warnings) {
    this.source = source;
    this.sheet = sheet;
    this.warnings = warnings;
  }

  /**
   * Whether {@code sheet} is in the form layout: its first filled row below any title and sheet-wide cells
   * ({@code 单位：万元}, {@code 填报单位：…}) is a label followed by its value (项目名称 | 2025年特困生救助金), where
   * the row layout's is all column headers, the indicator columns among them. A title sits above either
   * layout, so it decides only for a titled sheet whose first row is an indicator grid with no table column.
   */
  static boolean isForm(SheetReader.Sheet sheet) {
    boolean titled = false;
    for (SheetReader.Row row : sheet.rows()) {
      List<Run> runs = runs(row.cells());
      if (runs.isEmpty()) {
        continue;
      }
      if (runs.size() == 1 && FormLabels.isTitle(runs.get(0).text())) {
        titled = true;
        continue;
      }
      if (runs.stream().filter(r -> !r.text().isEmpty()).allMatch(r -> FormLabels.amountUnit(r.text()).isPresent()
          || FormLabels.labelled(r.text()).isPresent() || FormLabels.yearLine(r.text()).isPresent())) {
        continue;
      }
      if (isGridHeader(runs)) {
        return titled && runs.stream().noneMatch(r -> FormLabels.field(r.text()).isPresent());
      }
      for (int i = 0; i + 1 < runs.size(); i++) {
        if (FormLabels.field(runs.get(i).text()).isPresent() && !FormLabels.isLabel(runs.get(i + 1).text())) {
          return true;
        }
      }
      return false;
    }
    return titled;
  }

  /** The tables of a sheet in the form layout, in order; what is not read is added to {@code warnings}. */
  static List<FormTable> tables(String source, SheetReader.Sheet sheet, List<ReadProblem> warnings) {
    FormSheet form = new FormSheet(source, sheet.name(), warnings);
    sheet.rows().forEach(form::accept);
    form.finish();
    return form.tables;
  }

  private void accept(SheetReader.Row row) {
    List<Run> runs = runs(row.cells());
    if (runs.isEmpty()) {
      return;
    }
    if (runs.size() == 1 && FormLabels.isTitle(runs.get(0).text())) {
      start(row.number());
      FormLabels.titleYear(runs.get(0).text()).ifPresent(year ->
          table.put(TableField.FISCAL_YEAR, new FormTable.Value(year, row.number(), runs.get(0).column() + 1)));
      if (FormLabels.isEvaluationTitle(runs.get(0).text())) {
        table.markEvaluation();
      }
      return;
    }
    Optional<String> yearLine = runs.size() == 1 ? FormLabels.yearLine(runs.get(0).text()) : Optional.empty();
    if (yearLine.isPresent() && table != null && !table.hasGrid()) {
      if (!table.has(TableField.FISCAL_YEAR)) {
        table.put(TableField.FISCAL_YEAR, new FormTable.Value(yearLine.get(), row.number(), runs.get(0).column() + 1));
      }
      table.extendTo(row.number());
      return;
    }
    if (isGridHeader(runs)) {
      if (table == null || table.hasGrid()) {
        start(row.number());
      }
      table.grid(row);
      if (runs.stream().anyMatch(r -> SelfEvaluationSheetReader.field(r.text()).isPresent())) {
        table.markEvaluation();
      }
      table.extendTo(row.number());
      inGrid = true;
      return;
    }
    // A grid row starts with its category; a row starting with a label is the next table's header block.
    String lead = runs.get(0).text();
    Optional<SelfEvaluationField> closing = FormLabels.closing(lead);
    if (closing.isPresent() && table != null && table.hasGrid()) {
      closing(row, runs, closing.get());
      table.extendTo(row.number());
      return;
    }
    boolean block = FormLabels.field(lead).isPresent() || FormLabels.isNotKept(lead)
        || FormLabels.amountUnit(lead).isPresent() || FormLabels.labelled(lead).isPresent();
    if (inGrid && !block) {
      if (runs.size() == 1 && row.cells().stream().filter(c -> !c.isBlank()).count() > 1) {
        warn(FormProblems.NOTE_NOT_READ, row.number(), runs.get(0).column(), "the row «"
            + excerpt(runs.get(0).text()) + "» spans the indicator grid (a note?); it is not read");
        return;
      }
      table.indicator(row);
      table.extendTo(row.number());
      return;
    }
    if (table == null || inGrid) {
      start(row.number());
    }
    header(row, runs);
    table.extendTo(row.number());
  }

  /**
   * The header row of a self-evaluation form's 项目资金 block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
   * 得分): its columns are the budget line's from here on.
   */
  private boolean budgetHeader(List<Run> runs) {
    Map<Integer, SelfEvaluationField> columns = new TreeMap<>();
    for (Run r : runs) {
      FormLabels.budgetLine(r.text()).ifPresent(f -> columns.put(r.column(), f));
    }
    long amounts = columns.values().stream().filter(f -> f == SelfEvaluationField.INITIAL_BUDGET
        || f == SelfEvaluationField.ANNUAL_BUDGET || f == SelfEvaluationField.ANNUAL_SPENDING).count();
    if (amounts < 2) {
      return false;
    }
    budgetColumns.clear();
    budgetColumns.putAll(columns);
    table.markEvaluation();
    return true;
  }

  /**
   * A row of the 项目资金 block: 年度资金总额 gives the budget line, each cell under its column (read by column,
   * not by run, since equal amounts side by side are one run); the rows under it (其中：财政拨款, 上年结转资金,
   * 其他资金) have no cell in the model and are reported when they hold anything.
   */
  private boolean budgetRow(SheetReader.Row row, List<Run> runs) {
    if (budgetColumns.isEmpty()) {
      return false;
    }
    Run lead = runs.stream().filter(r -> !r.text().isEmpty() && !FormLabels.isGroup(r.text())).findFirst()
        .orElse(null);
    if (lead == null) {
      return false;
    }
    if (FormLabels.field(lead.text()).filter(f -> f == TableField.BUDGET).isPresent()) {
      budgetColumns.forEach((column, field) -> put(field, new FormTable.Value(cell(row, column), row.number(),
          column + 1), field.term()));
      return true;
    }
    if (!FormLabels.isBudgetLineRow(lead.text())) {
      return false;
    }
    // the national form fills the points, rate and score of these rows with a dash: nothing is held there
    String held = budgetColumns.keySet().stream().map(c -> cell(row, c)).filter(t -> !t.isEmpty() && !isDash(t))
        .reduce((a, b) -> a + " " + b).orElse("");
    if (!held.isEmpty()) {
      warn(FormProblems.LABEL_NOT_KEPT, row.number(), lead.column(), "«" + lead.text() + "» (" + excerpt(held)
          + ") has no place in a self-evaluation table, which keeps the budget line of 年度资金总额; it is not kept");
    }
    return true;
  }

  /** The header row of a self-evaluation form's goal block: 年度总体目标 | 预期目标 | 实际完成情况. */
  private boolean goalHeader(List<Run> runs) {
    Run expected = runs.stream().filter(r -> FormLabels.isExpectedGoal(r.text())).findFirst().orElse(null);
    Run outcome = runs.stream().filter(r -> FormLabels.isOutcome(r.text())).findFirst().orElse(null);
    if (expected == null || outcome == null) {
      return false;
    }
    expectedColumn = expected.column();
    outcomeColumn = outcome.column();
    table.markEvaluation();
    return true;
  }

  /** The row under the goal block's header: the goals under 预期目标, the outcome under 实际完成情况. */
  private boolean goalValues(SheetReader.Row row) {
    if (expectedColumn < 0) {
      return false;
    }
    put(TableField.GOALS, new FormTable.Value(cell(row, expectedColumn), row.number(), expectedColumn + 1), "预期目标");
    put(SelfEvaluationField.OUTCOME, new FormTable.Value(cell(row, outcomeColumn), row.number(), outcomeColumn + 1),
        "实际完成情况");
    expectedColumn = -1;
    outcomeColumn = -1;
    return true;
  }

  /**
   * A row closing a self-evaluation table after its grid: 自评等级 with its value after it, or 总分 with the
   * total under the grid's 得分 column (the national form puts the sum of the points under 分值 beside it, which
   * is no cell of the table and is reported when it is not the total itself), else after the label. A second
   * closing label on the row takes the cell after it ({@code 总分 | 100 | 90 | 自评等级 | 良}), or the text after
   * its colon ({@code 自评等级：良}).
   */
  private void closing(SheetReader.Row row, List<Run> runs, SelfEvaluationField field) {
    table.markEvaluation();
    int scoreColumn = -1;
    List<String> grid = table.gridHeader().cells();
    for (int c = 0; c < grid.size() && field == SelfEvaluationField.TOTAL_SCORE; c++) {
      if (SelfEvaluationSheetReader.field(grid.get(c)).filter(f -> f == SelfEvaluationField.SCORE).isPresent()) {
        scoreColumn = c;
      }
    }
    Run lead = runs.get(0);
    FormTable.Value value;
    if (scoreColumn > lead.column()) {
      value = new FormTable.Value(cell(row, scoreColumn), row.number(), scoreColumn + 1);
    } else {
      value = runs.size() > 1 && FormLabels.closing(runs.get(1).text()).isEmpty()
          ? new FormTable.Value(cell(row, runs.get(1).column()), row.number(), runs.get(1).column() + 1)
          : new FormTable.Value("", row.number(), lead.column() + 2);
    }
    put(field, value, lead.text());
    for (int i = 1; i < runs.size(); i++) {
      Run r = runs.get(i);
      Optional<SelfEvaluationField> other = FormLabels.closing(r.text());
      Optional<String[]> labelled = FormLabels.closingLabelled(r.text());
      if (other.isPresent()) {
        Run next = i + 1 < runs.size() ? runs.get(++i) : null;
        put(other.get(), next == null ? new FormTable.Value("", row.number(), r.column() + 2)
            : new FormTable.Value(cell(row, next.column()), row.number(), next.column() + 1), r.text());
      } else if (labelled.isPresent()) {
        put(FormLabels.closing(labelled.get()[0]).orElseThrow(),
            new FormTable.Value(labelled.get()[1], row.number(), r.column() + 1), labelled.get()[0]);
      } else if (!r.text().isEmpty() && !r.text().equals(value.text().strip())) {
        warn(FormProblems.LABEL_NOT_KEPT, row.number(), r.column(), "«" + excerpt(r.text()) + "» on the «"
            + lead.text() + "» row has no place in a self-evaluation table (the sum of the points is not kept); it"
            + " is not kept");
      }
    }
  }

  private void put(SelfEvaluationField field, FormTable.Value value, String label) {
    if (!table.has(field)) {
      table.put(field, value);
    } else if (!table.value(field).text().equals(value.text())) {
      warn(FormProblems.LABEL_TWICE, value.row(), value.column() - 1, "«" + label + "» is given twice («"
          + excerpt(table.value(field).text()) + "», then «" + excerpt(value.text()) + "»); the first is kept");
    }
  }

  private static boolean isDash(String text) {
    return text.chars().allMatch(c -> "—–-－/／".indexOf(c) >= 0);
  }

  /**
   * The text of 0-based column {@code column} of a row, stripped as runs are, except where it is marked as
   * written ({@code ' 9 }): the sheet reader takes the mark off and keeps the spaces after it. Empty past the
   * row's last cell.
   */
  private static String cell(SheetReader.Row row, int column) {
    String text = column < row.cells().size() ? row.cells().get(column) : "";
    return text.strip().startsWith("'") ? text : text.strip();
  }

  /** A row of the header block: each label takes the run after it as its value. */
  private void header(SheetReader.Row row, List<Run> runs) {
    if (budgetHeader(runs) || goalHeader(runs) || goalValues(row) || budgetRow(row, runs)) {
      return;
    }
    header(row.number(), runs);
  }

  private void header(int row, List<Run> runs) {
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      String text = run.text();
      if (text.isBlank() || FormLabels.isGroup(text)) {
        continue;
      }
      Optional<AmountUnit> unit = FormLabels.amountUnit(text);
      if (unit.isPresent()) {
        put(TableField.AMOUNT_UNIT, new FormTable.Value(unit.get().label(), row, run.column() + 1), text);
        continue;
      }
      Optional<String[]> labelled = FormLabels.labelled(text);
      if (labelled.isPresent()) {
        String[] parts = labelled.get();
        put(FormLabels.field(parts[0]).orElseThrow(), new FormTable.Value(parts[1], row, run.column() + 1), parts[0]);
        continue;
      }
      Optional<TableField> field = FormLabels.field(text);
      int month = FormLabels.month(text);
      if (field.isEmpty() && month == 0 && !FormLabels.isNotKept(text)) {
        warn(FormProblems.CELL_NOT_READ, row, run.column(), "cell «" + excerpt(text)
            + "» is neither a label of the form nor a label's value; it is not read");
        continue;
      }
      Run next = i + 1 < runs.size() && !FormLabels.isLabel(runs.get(i + 1).text()) ? runs.get(++i) : null;
      FormTable.Value value = next == null ? new FormTable.Value("", row, run.column() + 2)
          : new FormTable.Value(next.text(), row, next.column() + 1);
      if (FormLabels.isNotKept(text)) {
        if (!value.text().isBlank()) {
          warn(FormProblems.LABEL_NOT_KEPT, row, value.column() - 1, "«" + text + "» (" + excerpt(value.text())
              + ") has no place in a target table; it is not kept");
        }
      } else if (month > 0) {
        if (table.hasMonth(month)) {
          warn(FormProblems.LABEL_TWICE, row, run.column(), "«" + text + "» is given twice; the first is kept");
        } else {
          table.putMonth(month, value);
        }
      } else {
        put(field.get(), value, text);
      }
    }
  }

  private void put(TableField field, FormTable.Value value, String label) {
    if (!table.has(field)) {
      table.put(field, value);
    } else if (!table.value(field).text().equals(value.text())) {
      warn(FormProblems.LABEL_TWICE, value.row(), value.column() - 1, "«" + label + "» is given twice («"
          + excerpt(table.value(field).text()) + "», then «" + excerpt(value.text()) + "»); the first is kept");
    }
  }

  private static boolean isGridHeader(List<Run> runs) {
    return runs.stream().anyMatch(r -> FormLabels.namesIndicator(r.text()))
        && runs.stream().anyMatch(r -> FormLabels.namesTarget(r.text()));
  }

  private void start(int row) {
    finish();
    table = new FormTable(sheet, row);
    inGrid = false;
    budgetColumns.clear();
    expectedColumn = -1;
    outcomeColumn = -1;
  }

  private void finish() {
    if (table == null) {
      return;
    }
    if (table.isEmpty()) {
      warn(FormProblems.CELL_NOT_READ, table.firstRow(), 0,
          "a title or money unit with no table below it (no label, no indicator grid); it is not read");
    } else {
      if (!table.hasGrid()) {
        warn(FormProblems.NO_GRID, table.firstRow(), 0,
            "the form table has no indicator grid (no row naming 三级指标 and 指标值); it is read without indicators");
      }
      tables.add(table);
    }
    table = null;
  }

  private void warn(String code, int row, int column, String message) {
    warnings.add(ReadProblem.warning(code, SourceLocation.at(source, row, column + 1).withSheet(sheet), message));
  }

  private static String excerpt(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= 30 ? flat : flat.substring(0, 30) + "…";
  }

  /** The runs of equal texts in a row; blank runs are kept, so a label's empty value is seen as one. */
  private static List<Run> runs(List<String> cells) {
    List<Run> runs = new ArrayList<>();
    int last = cells.size();
    while (last > 0 && cells.get(last - 1).isBlank()) {
      last--;
    }
    for (int c = 0; c < last; c++) {
      String text = cells.get(c).strip();
      if (runs.isEmpty() || !runs.get(runs.size() - 1).text().equals(text) || text.isEmpty()) {
        runs.add(new Run(text, c));
      }
    }
    runs.removeIf(r -> r.text().isEmpty() && r.column() == 0);
    return runs.stream().anyMatch(r -> !r.text().isEmpty()) ? runs : List.of();
  }
}
