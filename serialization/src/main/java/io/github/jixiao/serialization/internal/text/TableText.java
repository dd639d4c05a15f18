package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.SourceSpan;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one published project target table from its rows: the unit row (unit and 单位：万元), the label/value
 * rows (项目编码, 项目名称, 预算数, 其中：财政资金, 其他资金), the use of funds under 预算规模及资金用途, the spending
 * plan (a row of month labels, then a row of percents), 绩效目标, and the indicator rows under the
 * 一级指标… header, blank category cells inheriting from the row above. Rows are recognised by their labels,
 * not their position; a row with no known label is reported.
 */
public final class TableText {
  /** The labels of the label/value rows, as {@link Cells#key} folds them. */
  private static final Map<String, TableField> LABELS = Map.ofEntries(
      Map.entry("项目编码", TableField.PROJECT_CODE), Map.entry("项目代码", TableField.PROJECT_CODE),
      Map.entry("项目名称", TableField.PROJECT_NAME),
      Map.entry("预算数", TableField.BUDGET), Map.entry("预算金额", TableField.BUDGET),
      Map.entry("资金总额", TableField.BUDGET),
      Map.entry("其中:财政资金", TableField.FISCAL_FUNDS), Map.entry("财政资金", TableField.FISCAL_FUNDS),
      Map.entry("财政拨款", TableField.FISCAL_FUNDS),
      Map.entry("其他资金", TableField.OTHER_FUNDS), Map.entry("其中:其他资金", TableField.OTHER_FUNDS),
      Map.entry("资金用途", TableField.FUND_USE));
  /** The cells of a published indicator row, left to right. */
  private static final TableField[] INDICATOR_FIELDS = {TableField.CATEGORY, TableField.SUBCATEGORY, TableField.NAME,
      TableField.DESCRIPTION, TableField.TARGET, TableField.BASIS};
  /** The headers of {@link #INDICATOR_FIELDS}: each field's label, then the variants published tables use. */
  private static final List<List<String>> INDICATOR_HEADERS = List.of(
      List.of(TableField.CATEGORY.term()), List.of(TableField.SUBCATEGORY.term(), "二级绩效指标"),
      List.of(TableField.NAME.term(), "三级指标名称", "指标名称"),
      List.of(TableField.DESCRIPTION.term(), "指标解释", "指标内容"),
      List.of(TableField.TARGET.term(), "目标值", "年度指标值", "指标值及单位"),
      List.of(TableField.BASIS.term(), "绩效标准", "取值依据"));
  private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月底");
  private static final Pattern TITLE_YEAR = Pattern.compile("^(?:\\d{1,3}\\s*[.．、]\\s*)?(\\d{4})\\s*年");

  private final TableBlock block;
  private final int index;
  private final String source;
  private final List<ReadProblem> warnings;
  private final SourceMap.Builder map;

  private final ProjectTargetTable.Builder table = ProjectTargetTable.builder();
  private final List<Indicator> indicators = new ArrayList<>();
  private AmountUnit amountUnit = AmountUnit.WAN_YUAN;
  private final TableBlock.Cell[] budgetCells = new TableBlock.Cell[3];
  private List<Month> months = List.of();
  private int[] columns;
  private String previousCategory;
  private String previousSubcategory;
  private String cutOff;
  /** The label/value rows seen, for telling an absent row from a blank cell. */
  private final Set<TableField> labelled = EnumSet.noneOf(TableField.class);
  /** Whether the indicator header names a 指标值确定依据 column; null before the header. */
  private Boolean basisHeader;

  private TableText(TableBlock block, int index, String source, List<ReadProblem> warnings, SourceMap.Builder map) {
    this.block = block;
    this.index = index;
    this.source = source;
    this.warnings = warnings;
    this.map = map;
  }

  /**
   * Reads the table. When {@code atEnd} the text ended inside or right after it: a table that stops before its
   * indicator rows, or in the middle of one, is kept with {@code complete(false)} and a warning naming the last
   * line.
   */
  public static ProjectTargetTable read(TableBlock block, int index, String source, boolean atEnd, int lastLine,
      List<ReadProblem> warnings, SourceMap.Builder map) {
    return new TableText(block, index, source, warnings, map).read(atEnd, lastLine);
  }

  /** The year a table's title begins with ({@code 1.2025年基层团组织经费绩效目标表}), if any. */
  public static Optional<Integer> titleYear(TableBlock block) {
    if (block.title() == null) {
      return Optional.empty();
    }
    Matcher m = TITLE_YEAR.matcher(block.title().trimmed());
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private ProjectTargetTable read(boolean atEnd, int lastLine) {
    map.table(index, SourceSpan.lines(source, block.firstLine(), block.lastLine()));
    List<TableBlock.Row> rows = block.rows();
    int r = 0;
    boolean fundUseNext = false;
    for (; r < rows.size() && columns == null; r++) {
      TableBlock.Row row = rows.get(r);
      String first = row.cells().get(0).key();
      if (first.equals("一级指标")) {
        header(row);
      } else if (first.startsWith("资金支出计划")) {
        months = months(row);
        if (r + 1 < rows.size()) {
          plan(rows.get(++r));
        }
      } else if (first.equals("绩效目标") || first.equals("年度目标") || first.equals("年度绩效目标")) {
        goals(row);
      } else if (fundUseNext && first.isEmpty()) {
        fundUse(row);
      } else if (!labels(row)) {
        if (r == 0) {
          unitRow(row);
        } else {
          warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_ROW, at(row.cells().get(0)), "row «"
              + Cells.excerpt(row.cells().get(0).trimmed()) + "…» is not a known row of a project target table "
              + "and is not read"));
        }
      }
      fundUseNext = row.cells().stream().anyMatch(c -> c.key().equals("预算规模及资金用途"));
    }
    if (columns == null) {
      cutOff = "before its indicator rows";
    }
    for (; r < rows.size(); r++) {
      indicator(rows.get(r), atEnd && r == rows.size() - 1);
    }
    if (columns != null && indicators.isEmpty()) {
      cutOff = "after the header of its indicator rows";
    }
    table.amountUnit(amountUnit).addAllIndicators(indicators).budget(Budget.builder()
        .totalCell(amount(budgetCells[0])).fiscalFundsCell(amount(budgetCells[1]))
        .otherFundsCell(amount(budgetCells[2])).build());
    table.absentCells(absentCells());
    if (cutOff != null && atEnd) {
      table.complete(false);
      warnings.add(ReadProblem.warning(TextProblems.CUT_OFF, SourceLocation.at(source, lastLine, 0),
          "the text ends at line " + lastLine + ", inside table " + (index + 1) + " (lines " + block.firstLine()
              + "–" + block.lastLine() + ") " + cutOff + "; the rows read are kept and the table is marked "
              + "incomplete"));
    } else if (cutOff != null) {
      warnings.add(ReadProblem.warning(TextProblems.NO_INDICATORS, SourceLocation.at(source, block.lastLine(), 0),
          "table " + (index + 1) + " (lines " + block.firstLine() + "–" + block.lastLine() + ") ends " + cutOff
              + ", before the next table"));
    }
    return table.build();
  }

  private void unitRow(TableBlock.Row row) {
    for (TableBlock.Cell cell : row.cells()) {
      String key = cell.key();
      if (key.isEmpty()) {
        continue;
      }
      if (key.startsWith("单位:")) {
        // A unit that names no money unit is kept as written for the validator; amounts are read in 万元.
        Optional<AmountUnit> named = AmountUnit.parse(cell.trimmed());
        named.ifPresent(u -> amountUnit = u);
        if (named.isEmpty()) {
          table.amountUnitText(cell.trimmed());
          warnings.add(ReadProblem.warning(TextProblems.NOT_AN_AMOUNT_UNIT, at(cell), "«"
              + Cells.excerpt(cell.trimmed()) + "» names no money unit (元, 万元 or 亿元); the amounts are read in 万元"
              + " and the cell is kept as written"));
        }
        mapCell(CellAddress.of(index, TableField.AMOUNT_UNIT), cell);
      } else {
        BudgetUnit unit = BudgetUnit.parse(cell.trimmed());
        table.unit(unit);
        mapCell(CellAddress.of(index, TableField.UNIT_NAME), cell);
        mapCell(CellAddress.of(index, TableField.UNIT_CODE), cell);
      }
    }
  }

  /** A row of label/value pairs; false when it holds no known label. */
  private boolean labels(TableBlock.Row row) {
    boolean known = false;
    List<TableBlock.Cell> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      TableField field = LABELS.get(cells.get(i).key());
      if (field == null) {
        known |= cells.get(i).key().equals("预算规模及资金用途");
        continue;
      }
      known = true;
      labelled.add(field);
      if (i + 1 >= cells.size()) {
        continue;
      }
      TableBlock.Cell value = cells.get(++i);
      mapCell(CellAddress.of(index, field), value);
      String text = value.trimmed();
      switch (field) {
        case PROJECT_CODE -> optional(text).ifPresent(table::projectCode);
        case PROJECT_NAME -> optional(text).ifPresent(table::projectName);
        case FUND_USE -> optional(text).ifPresent(table::fundUse);
        case BUDGET -> budgetCells[0] = value;
        case FISCAL_FUNDS -> budgetCells[1] = value;
        default -> budgetCells[2] = value;
      }
    }
    return known;
  }

  private void fundUse(TableBlock.Row row) {
    StringBuilder text = new StringBuilder();
    for (TableBlock.Cell cell : row.cells().subList(1, row.cells().size())) {
      if (!cell.trimmed().isEmpty()) {
        text.append(text.length() > 0 ? "\n" : "").append(cell.trimmed());
        mapCell(CellAddress.of(index, TableField.FUND_USE), cell);
      }
    }
    optional(text.toString()).ifPresent(table::fundUse);
  }

  private List<Month> months(TableBlock.Row row) {
    List<Month> list = new ArrayList<>();
    for (TableBlock.Cell cell : row.cells().subList(1, row.cells().size())) {
      Matcher m = MONTH.matcher(cell.key());
      if (m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 12) {
        list.add(Month.of(Integer.parseInt(m.group(1))));
      } else {
        warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_ROW, at(cell), "spending-plan column «"
            + Cells.excerpt(cell.trimmed()) + "» is not a month end such as 3月底 and is not read"));
      }
    }
    return list;
  }

  private void plan(TableBlock.Row row) {
    List<TableBlock.Cell> cells = row.cells();
    int offset = cells.size() > months.size() ? 1 : 0;
    SpendingPlan.Builder plan = SpendingPlan.builder();
    for (int i = 0; i < months.size(); i++) {
      TableBlock.Cell cell = i + offset < cells.size() ? cells.get(i + offset) : null;
      plan.addCheckpoint(Checkpoint.parse(months.get(i), cell == null ? "" : cell.trimmed()));
      if (i == 0 && cell != null) {
        mapCell(CellAddress.of(index, TableField.SPENDING_PLAN), cell);
      }
    }
    table.spendingPlan(plan.build());
  }

  private void goals(TableBlock.Row row) {
    List<TableBlock.Cell> cells = row.cells().subList(1, row.cells().size());
    StringBuilder text = new StringBuilder();
    for (TableBlock.Cell cell : cells) {
      text.append(text.length() > 0 ? "\n" : "").append(cell.text());
    }
    if (!cells.isEmpty()) {
      mapCell(CellAddress.of(index, TableField.GOALS), cells.get(0));
    }
    table.addAllGoals(GoalCell.split(text.toString()));
  }

  private void header(TableBlock.Row row) {
    columns = new int[] {0, 1, 2, 3, 4, 5};
    List<TableBlock.Cell> cells = row.cells();
    basisHeader = cells.stream().anyMatch(c -> INDICATOR_HEADERS.get(5).contains(c.key()));
    for (int i = 0; i < cells.size(); i++) {
      boolean known = false;
      for (int f = 0; f < INDICATOR_HEADERS.size(); f++) {
        if (INDICATOR_HEADERS.get(f).contains(cells.get(i).key())) {
          columns[f] = i;
          known = true;
        }
      }
      if (!known) {
        warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_HEADER, at(cells.get(i)), "indicator column «"
            + Cells.excerpt(cells.get(i).trimmed()) + "» is not known and is not read"));
      }
    }
  }

  private void indicator(TableBlock.Row row, boolean last) {
    int j = indicators.size();
    List<TableBlock.Cell> cells = row.cells();
    map.indicator(index, j, SourceSpan.lines(source, row.firstLine(), row.lastLine()));
    if (cells.size() < INDICATOR_FIELDS.length) {
      if (last) {
        cutOff = "in indicator row " + (j + 1) + " (" + cells.size() + " of " + INDICATOR_FIELDS.length + " cells)";
      } else {
        warnings.add(ReadProblem.warning(TextProblems.ROW_CELL_COUNT, at(cells.get(0)), "indicator row "
            + (j + 1) + " has " + cells.size() + " cells, expected " + INDICATOR_FIELDS.length
            + "; the cells are read from the left"));
      }
    } else if (cells.size() > INDICATOR_FIELDS.length) {
      warnings.add(ReadProblem.warning(TextProblems.ROW_CELL_COUNT, at(cells.get(INDICATOR_FIELDS.length)),
          "indicator row " + (j + 1) + " has " + cells.size() + " cells, expected " + INDICATOR_FIELDS.length
              + "; the cells after the sixth are not read"));
    }
    String[] text = new String[INDICATOR_FIELDS.length];
    for (int f = 0; f < INDICATOR_FIELDS.length; f++) {
      TableBlock.Cell cell = columns[f] < cells.size() ? cells.get(columns[f]) : null;
      text[f] = cell == null ? null : cell.trimmed();
      if (cell != null) {
        mapCell(CellAddress.of(index, j, INDICATOR_FIELDS[f]), cell);
      }
    }
    boolean categoryBlank = text[0] == null || text[0].isEmpty();
    boolean sameCategory = categoryBlank || text[0].equals(previousCategory);
    String category = categoryBlank ? previousCategory : text[0];
    String subcategory = text[1] == null || text[1].isEmpty() ? (sameCategory ? previousSubcategory : null) : text[1];
    Indicator.Builder b = Indicator.builder();
    if (category != null) {
      b.categoryLabel(category);
    }
    if (subcategory != null) {
      b.subcategoryLabel(subcategory);
    }
    previousCategory = category;
    previousSubcategory = subcategory;
    b.name(text[2] == null ? "" : text[2]);
    optional(text[3]).ifPresent(b::description);
    b.target(TargetValue.parse(text[4] == null ? "" : text[4]));
    optional(text[5]).ifPresent(b::basis);
    indicators.add(b.build());
  }

  /**
   * A budget cell in the table's money unit, which may be declared anywhere in the table; kept as written
   * when it is no amount ({@code 10000万元}, {@code —}), for the validator to report.
   */
  private Optional<WrittenAmount> amount(TableBlock.Cell cell) {
    if (cell == null || cell.trimmed().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(WrittenAmount.parse(cell.trimmed(), amountUnit));
  }

  /**
   * The cells the published layout lacks: a budget row without its label (no 其他资金 row), no spending-plan
   * block, an indicator header without 指标值确定依据, and the split columns, which published tables do not
   * have.
   */
  private Set<TableField> absentCells() {
    Set<TableField> absent = EnumSet.of(TableField.COMPARISON, TableField.UNIT_OF_MEASURE, TableField.DIRECTION,
        TableField.WEIGHT);
    for (TableField field : List.of(TableField.PROJECT_CODE, TableField.PROJECT_NAME, TableField.BUDGET,
        TableField.FISCAL_FUNDS, TableField.OTHER_FUNDS)) {
      if (!labelled.contains(field)) {
        absent.add(field);
      }
    }
    if (months.isEmpty()) {
      absent.add(TableField.SPENDING_PLAN);
    }
    if (basisHeader == Boolean.FALSE) {
      absent.add(TableField.BASIS);
    }
    return absent;
  }

  private static Optional<String> optional(String text) {
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private SourceLocation at(TableBlock.Cell cell) {
    return cell == null ? SourceLocation.at(source, block.lastLine(), 0) : SourceLocation.at(source, cell.firstLine(), 2);
  }

  /** Records where the cell at {@code address} was read, the address as the location's path. */
  private void mapCell(CellAddress address, TableBlock.Cell cell) {
    map.cell(address, at(cell).withPath(address.toString()));
  }
}
