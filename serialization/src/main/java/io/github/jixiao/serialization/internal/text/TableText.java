package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
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
import java.util.function.Function;
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
      Map.entry("资金用途", TableField.FUND_USE),
      Map.entry("年度资金总额", TableField.BUDGET), Map.entry("项目资金总额", TableField.BUDGET),
      Map.entry("项目总预算", TableField.BUDGET), Map.entry("年度预算数", TableField.BUDGET),
      Map.entry("其中:财政拨款", TableField.FISCAL_FUNDS),
      Map.entry("实施单位", TableField.UNIT_NAME), Map.entry("预算单位", TableField.UNIT_NAME),
      Map.entry("单位名称", TableField.UNIT_NAME), Map.entry("项目实施单位", TableField.UNIT_NAME));
  /** The supervising department (主管部门): the table model has no cell for it. */
  private static final List<String> SUPERVISOR_LABELS = List.of("主管部门", "主管单位", "项目主管部门");
  /**
   * Labels spanning the budget rows on the left ({@code 项目资金（万元）}, {@code 资金情况}): no value of their own,
   * but a money unit in brackets.
   */
  private static final List<String> FUNDS_LABELS = List.of("项目资金", "资金情况", "项目资金情况", "资金投入情况",
      "预算资金", "年度资金");
  private static final List<String> GOALS_LABELS = List.of("绩效目标", "年度目标", "年度绩效目标", "年度总体目标",
      "总体目标", "项目绩效目标");
  /** The cells of a published indicator row, left to right. */
  private static final TableField[] INDICATOR_FIELDS = {TableField.CATEGORY, TableField.SUBCATEGORY, TableField.NAME,
      TableField.DESCRIPTION, TableField.TARGET, TableField.BASIS};
  /**
   * The grid column after {@link #INDICATOR_FIELDS} in a table with {@link ExtraCells}: 分值, the indicator's
   * points; the extra cells' columns follow it.
   */
  private static final int WEIGHT_COLUMN = 6;
  private static final int FIRST_EXTRA_COLUMN = 7;
  private static final List<String> WEIGHT_HEADERS = List.of("分值", "权重", "指标分值");
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
  /** The cells of the same rows a self-evaluation or monitoring table adds; null for a target table. */
  private final ExtraCells extra;

  private final ProjectTargetTable.Builder table = ProjectTargetTable.builder();
  private final List<Indicator> indicators = new ArrayList<>();
  private AmountUnit amountUnit = AmountUnit.WAN_YUAN;
  private final TableBlock.Cell[] budgetCells = new TableBlock.Cell[3];
  private List<Month> months = List.of();
  private GridColumns columns;
  private int shiftedRows;
  private TableBlock.Row firstShifted;
  private boolean unitDeclared;
  private AmountUnit labelledUnit;
  private TableBlock.Cell supervisor;
  private boolean unitGiven;
  /** Labels of a label row without values, by position: the next row holds their values in the same cells. */
  private Map<Integer, TableField> valuesBelow;
  private String previousCategory;
  private String previousSubcategory;
  private String cutOff;
  /** The label/value rows seen, for telling an absent row from a blank cell. */
  private final Set<TableField> labelled = EnumSet.noneOf(TableField.class);

  private TableText(TableBlock block, int index, String source, List<ReadProblem> warnings, SourceMap.Builder map,
      ExtraCells extra) {
    this.block = block;
    this.index = index;
    this.source = source;
    this.warnings = warnings;
    this.map = map;
    this.extra = extra;
  }

  /**
   * Reads the table. When {@code atEnd} the text ended inside or right after it: a table that stops before its
   * indicator rows, or in the middle of one, is kept with {@code complete(false)} and a warning naming the last
   * line.
   */
  public static ProjectTargetTable read(TableBlock block, int index, String source, boolean atEnd, int lastLine,
      List<ReadProblem> warnings, SourceMap.Builder map) {
    return new TableText(block, index, source, warnings, map, null).read(atEnd, lastLine);
  }

  /**
   * Reads the target cells of a self-evaluation table (项目支出绩效自评表) or a monitoring table (绩效运行监控表) as
   * {@link #read} reads a target table's, handing the rows and columns only such a table has to {@code extra},
   * which then builds the table.
   */
  public static ProjectTargetTable read(TableBlock block, int index, String source, boolean atEnd, int lastLine,
      List<ReadProblem> warnings, SourceMap.Builder map, ExtraCells extra) {
    return new TableText(block, index, source, warnings, map, extra).read(atEnd, lastLine);
  }

  /** The year a table's title begins with ({@code 1.2025年基层团组织经费绩效目标表}), if any. */
  public static Optional<Integer> titleYear(TableBlock block) {
    if (block.title() == null) {
      return Optional.empty();
    }
    Matcher m = TITLE_YEAR.matcher(block.title().trimmed());
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** {@code 13068221…}: the two digits after the division code, as a year of this century. */
  public static Optional<Integer> codeYear(ProjectTargetTable t) {
    return t.projectCode().filter(c -> c.length() >= 8 && c.substring(0, 8).chars().allMatch(Character::isDigit))
        .map(c -> 2000 + Integer.parseInt(c.substring(6, 8)));
  }

  private ProjectTargetTable read(boolean atEnd, int lastLine) {
    map.table(index, SourceSpan.lines(source, block.firstLine(), block.lastLine()));
    List<TableBlock.Row> rows = block.rows();
    int r = 0;
    boolean fundUseNext = false;
    for (; r < rows.size() && columns == null; r++) {
      TableBlock.Row row = rows.get(r);
      String first = row.cells().get(0).key();
      Map<Integer, TableField> labelsAbove = valuesBelow;
      valuesBelow = null;
      int own = extra == null || GridColumns.isHeader(row) ? 0 : extra.rows(rows, r, this);
      if (own > 0) {
        fundsUnit(row.cells().get(0));
        r += own - 1;
        continue;
      }
      if (GridColumns.isHeader(row)) {
        header(row);
      } else if (labelsAbove != null && valuesBelow(labelsAbove, row)) {
        continue;
      } else if (first.startsWith("资金支出计划")) {
        months = months(row);
        if (r + 1 < rows.size()) {
          plan(rows.get(++r));
        }
      } else if (isGoalsLabel(Cells.bareLabel(row.cells().get(0).text()))) {
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
      if (extra == null || !extra.trailingRow(rows.get(r), columns.width(), extraColumns(),
          columns.column(WEIGHT_COLUMN))) {
        indicator(rows.get(r), atEnd && r == rows.size() - 1);
      }
    }
    if (columns != null && indicators.isEmpty()) {
      cutOff = "after the header of its indicator rows";
    }
    reportGuesses();
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
        declaredUnit(cell);
      } else {
        unit(cell);
      }
    }
  }

  private void declaredUnit(TableBlock.Cell cell) {
    unitDeclared = true;
    mapCell(CellAddress.of(index, TableField.AMOUNT_UNIT), cell);
    // A unit that names no money unit is kept as written for the validator; amounts are read in 万元.
    Optional<AmountUnit> named = AmountUnit.parse(cell.trimmed());
    named.ifPresent(u -> amountUnit = u);
    if (named.isEmpty()) {
      table.amountUnitText(cell.trimmed());
      warnings.add(ReadProblem.warning(TextProblems.NOT_AN_AMOUNT_UNIT, at(cell), "«"
          + Cells.excerpt(cell.trimmed()) + "» names no money unit (元, 万元 or 亿元); the amounts are read in 万元"
          + " and the cell is kept as written"));
    }
  }

  private void unit(TableBlock.Cell cell) {
    table.unit(BudgetUnit.parse(cell.trimmed()));
    unitGiven = true;
    mapCell(CellAddress.of(index, TableField.UNIT_NAME), cell);
    mapCell(CellAddress.of(index, TableField.UNIT_CODE), cell);
  }

  /**
   * Reads what was taken without a cell of its own saying so, and reports it: the money unit from a
   * {@code 单位：万元} line above the table or from a {@code 项目资金（万元）} label, the 主管部门 as the budget unit
   * when no 实施单位 is given, rows shifted under a 绩效指标 label.
   */
  private void reportGuesses() {
    TextLine line = block.unitLine();
    AmountUnit lineUnit = line == null ? null
        : AmountUnit.parse(Cells.key(line.text()).replaceFirst("^金额", "")).orElse(null);
    if (!unitDeclared && labelledUnit != null) {
      amountUnit = labelledUnit;
    }
    if (lineUnit != null && lineUnit != amountUnit && (unitDeclared || labelledUnit != null)) {
      warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_ROW, SourceLocation.at(source, line.number(), 1),
          "line " + line.number() + " «" + Cells.excerpt(line.trimmed()) + "» above table " + (index + 1)
              + " names another money unit than the table's own " + amountUnit.label() + " and is not read"));
    } else if (lineUnit != null && !unitDeclared && labelledUnit == null) {
      amountUnit = lineUnit;
      SourceLocation where = SourceLocation.at(source, line.number(), 1);
      map.cell(CellAddress.of(index, TableField.AMOUNT_UNIT), where.withPath(
          CellAddress.of(index, TableField.AMOUNT_UNIT).toString()));
      warnings.add(ReadProblem.warning(TextProblems.GUESSED, where, "table " + (index + 1) + " states no money "
          + "unit; its amounts are read in " + amountUnit.label() + " as line " + line.number() + " «"
          + Cells.excerpt(line.trimmed()) + "» above it says"));
    }
    if (supervisor != null && !unitGiven) {
      unit(supervisor);
      warnings.add(ReadProblem.warning(TextProblems.GUESSED, at(supervisor), "table " + (index + 1)
          + " names no 实施单位; its supervising department (主管部门) «" + Cells.excerpt(supervisor.trimmed())
          + "» is read as the budget unit"));
    } else if (supervisor != null) {
      warnings.add(ReadProblem.warning(TextProblems.NOT_KEPT, at(supervisor), "the supervising department "
          + "(主管部门) «" + Cells.excerpt(supervisor.trimmed()) + "» has no cell in a project target table and "
          + "is not kept"));
    }
    if (shiftedRows > 0) {
      warnings.add(ReadProblem.warning(TextProblems.GUESSED, at(firstShifted.cells().get(0)), shiftedRows
          + " indicator row(s) of table " + (index + 1) + ", the first at line " + firstShifted.firstLine()
          + ", do not line up with the 绩效指标 label column and are read shifted by one column"));
    }
  }

  /**
   * A row of label/value pairs ({@code 项目名称\t某某项目\t主管部门\t某某局}); false when it holds no known label.
   * Two or more labels with no value beside them (the next cell is a label too, or there is none) take their
   * values from the same cells of the next row.
   */
  private boolean labels(TableBlock.Row row) {
    boolean known = false;
    Map<Integer, TableField> withoutValue = new java.util.HashMap<>();
    List<Integer> unread = new ArrayList<>();
    List<TableBlock.Cell> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      String key = cells.get(i).key();
      if (key.startsWith("单位:")) {
        declaredUnit(cells.get(i));
        continue;
      }
      if (SUPERVISOR_LABELS.contains(key)) {
        known = true;
        if (i + 1 < cells.size() && !isLabel(cells.get(i + 1))) {
          supervisor = cells.get(++i);
        }
        continue;
      }
      String bare = Cells.bareLabel(cells.get(i).text());
      if (FUNDS_LABELS.contains(bare)) {
        known = true;
        AmountUnit.parse(key.substring(Math.min(bare.length(), key.length()))).ifPresent(u -> labelledUnit = u);
        continue;
      }
      TableField field = label(key);
      if (field == null) {
        if (key.equals("预算规模及资金用途")) {
          known = true;
        } else if (!key.isEmpty()) {
          unread.add(i);
          i += i + 1 < cells.size() && !isLabel(cells.get(i + 1)) ? 1 : 0;
        }
        continue;
      }
      known = true;
      labelled.add(field);
      if (i + 1 >= cells.size() || isLabel(cells.get(i + 1))) {
        withoutValue.put(i, field);
        continue;
      }
      value(field, cells.get(++i));
    }
    if (withoutValue.size() > 1) {
      valuesBelow = withoutValue;
    }
    if (known) {
      for (int i : unread) {
        TableBlock.Cell label = cells.get(i);
        warnings.add(ReadProblem.warning(TextProblems.UNKNOWN_ROW, at(label), "cell «" + Cells.excerpt(
            label.trimmed()) + "» beside the known labels of its row is not a known label; it and its value are "
            + "not read"));
      }
    }
    return known;
  }

  /** The values under a row of labels without values; false when the row holds labels of its own. */
  private boolean valuesBelow(Map<Integer, TableField> labels, TableBlock.Row row) {
    List<TableBlock.Cell> cells = row.cells();
    if (cells.stream().anyMatch(TableText::isLabel)) {
      return false;
    }
    labels.forEach((i, field) -> {
      if (i < cells.size()) {
        value(field, cells.get(i));
      }
    });
    return true;
  }

  private static TableField label(String key) {
    TableField field = LABELS.get(key);
    return field == null && key.startsWith("其中:") ? LABELS.get(key.substring(3)) : field;
  }

  private static boolean isLabel(TableBlock.Cell cell) {
    String key = cell.key();
    return label(key) != null || SUPERVISOR_LABELS.contains(key) || FUNDS_LABELS.contains(Cells.bareLabel(cell.text()));
  }

  private void value(TableField field, TableBlock.Cell value) {
    if (field == TableField.UNIT_NAME) {
      if (!value.trimmed().isEmpty()) {
        unit(value);
      }
      return;
    }
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

  static boolean isGoalsLabel(String bareLabel) {
    return GOALS_LABELS.contains(bareLabel);
  }

  /**
   * A money unit in the brackets of a 项目资金（万元） label heading a self-evaluation's or monitoring table's budget
   * block.
   */
  private void fundsUnit(TableBlock.Cell cell) {
    String bare = Cells.bareLabel(cell.text());
    if (FUNDS_LABELS.contains(bare)) {
      AmountUnit.parse(cell.key().substring(Math.min(bare.length(), cell.key().length())))
          .ifPresent(u -> labelledUnit = u);
    }
  }

  /** The goals written in one cell (under a 预期目标 label). */
  void goals(TableBlock.Cell cell) {
    mapCell(CellAddress.of(index, TableField.GOALS), cell);
    table.addAllGoals(GoalCell.splitAnyNumbering(cell.text()));
  }

  void goals(TableBlock.Row row) {
    List<TableBlock.Cell> cells = row.cells().subList(1, row.cells().size());
    StringBuilder text = new StringBuilder();
    for (TableBlock.Cell cell : cells) {
      text.append(text.length() > 0 ? "\n" : "").append(cell.text());
    }
    if (!cells.isEmpty()) {
      mapCell(CellAddress.of(index, TableField.GOALS), cells.get(0));
    }
    table.addAllGoals(GoalCell.splitAnyNumbering(text.toString()));
  }

  private void header(TableBlock.Row row) {
    List<List<String>> headers = INDICATOR_HEADERS;
    if (extra != null) {
      headers = new ArrayList<>(INDICATOR_HEADERS);
      headers.add(WEIGHT_HEADERS);
      headers.addAll(extra.gridHeaders());
    }
    columns = GridColumns.of(row, headers, cell -> warnings.add(ReadProblem.warning(
        TextProblems.UNKNOWN_HEADER, at(cell), "indicator column «" + Cells.excerpt(cell.trimmed())
            + "» is not known and is not read")));
    for (int k = 0; extra != null && k < extra.gridHeaders().size(); k++) {
      extra.gridColumn(k, columns.has(FIRST_EXTRA_COLUMN + k));
    }
  }

  /** The header cell of each of the extra cells' grid columns, -1 where the header has none. */
  private int[] extraColumns() {
    int[] at = new int[extra.gridHeaders().size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = columns.column(FIRST_EXTRA_COLUMN + k);
    }
    return at;
  }

  private void indicator(TableBlock.Row row, boolean last) {
    int j = indicators.size();
    List<TableBlock.Cell> cells = row.cells();
    map.indicator(index, j, SourceSpan.lines(source, row.firstLine(), row.lastLine()));
    GridColumns.Alignment alignment = columns.align(cells);
    int offset = alignment.offset();
    if (alignment.guessed() && shiftedRows++ == 0) {
      firstShifted = row;
    }
    int width = columns.width();
    int count = cells.size() - offset;
    if (count < width) {
      if (last) {
        cutOff = "in indicator row " + (j + 1) + " (" + count + " of " + width + " cells)";
      } else {
        warnings.add(ReadProblem.warning(TextProblems.ROW_CELL_COUNT, at(cells.get(0)), "indicator row "
            + (j + 1) + " has " + count + " cells, expected " + width + "; the cells are read from the left"));
      }
    } else if (count > width && cells.subList(width + offset, cells.size()).stream()
        .anyMatch(c -> !c.trimmed().isEmpty())) {
      warnings.add(ReadProblem.warning(TextProblems.ROW_CELL_COUNT, at(cells.get(width + offset)),
          "indicator row " + (j + 1) + " has " + count + " cells, expected " + width
              + "; the cells after the first " + width + " are not read"));
    }
    String[] text = new String[INDICATOR_FIELDS.length];
    for (int f = 0; f < INDICATOR_FIELDS.length; f++) {
      TableBlock.Cell cell = columns.cell(cells, f, offset);
      text[f] = cell == null ? null : cell.trimmed();
      if (cell != null) {
        mapCell(CellAddress.of(index, j, INDICATOR_FIELDS[f]), cell);
      }
    }
    text[0] = restOfLabel(text[0], previousCategory, IndicatorCategory::parse, row);
    text[1] = restOfLabel(text[1], previousSubcategory, IndicatorSubcategory::parse, row);
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
    if (extra != null) {
      TableBlock.Cell points = columns.cell(cells, WEIGHT_COLUMN, offset);
      if (points != null) {
        mapCell(CellAddress.of(index, j, TableField.WEIGHT), points);
        optional(points.trimmed()).ifPresent(b::weightText);
      }
      TableBlock.Cell[] ownCells = new TableBlock.Cell[extra.gridHeaders().size()];
      for (int k = 0; k < ownCells.length; k++) {
        ownCells[k] = columns.cell(cells, FIRST_EXTRA_COLUMN + k, offset);
      }
      extra.indicatorCells(j, ownCells);
    }
    indicators.add(b.build());
  }

  /**
   * A label broken over two rows written one a line ({@code 产出指标(50} / {@code 分)}, {@code 产出} / {@code 指标}):
   * a cell that names nothing alone but completes the label above is the rest of it, and the row inherits the
   * label above (blank is returned); reported, as a guess.
   */
  private String restOfLabel(String cell, String above, Function<String, Optional<?>> parse, TableBlock.Row row) {
    if (cell == null || cell.isEmpty() || above == null || parse.apply(cell).isPresent()
        || parse.apply(above + cell).isEmpty()) {
      return cell;
    }
    warnings.add(ReadProblem.warning(TextProblems.GUESSED, at(row.cells().get(0)), "«" + Cells.excerpt(cell)
        + "» names nothing alone and completes the label «" + Cells.excerpt(above) + "» above it: read as the rest "
        + "of that label, the row inheriting it"));
    return "";
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
   * block, an indicator column the grid's header does not name (指标值确定依据 in a four-column grid), and the
   * split columns, which published tables do not have.
   */
  private Set<TableField> absentCells() {
    Set<TableField> absent = EnumSet.of(TableField.COMPARISON, TableField.UNIT_OF_MEASURE, TableField.DIRECTION,
        TableField.WEIGHT);
    if (extra != null && columns != null && columns.has(WEIGHT_COLUMN)) {
      absent.remove(TableField.WEIGHT);
    }
    for (TableField field : List.of(TableField.PROJECT_CODE, TableField.PROJECT_NAME, TableField.BUDGET,
        TableField.FISCAL_FUNDS, TableField.OTHER_FUNDS)) {
      if (!labelled.contains(field)) {
        absent.add(field);
      }
    }
    if (months.isEmpty()) {
      absent.add(TableField.SPENDING_PLAN);
    }
    for (int f = 0; columns != null && f < INDICATOR_FIELDS.length; f++) {
      if (!columns.has(f)) {
        absent.add(INDICATOR_FIELDS[f]);
      }
    }
    return absent;
  }

  private static Optional<String> optional(String text) {
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private SourceLocation at(TableBlock.Cell cell) {
    return cell == null ? SourceLocation.at(source, block.lastLine(), 0) : SourceLocation.at(source, cell.firstLine(), cell.column());
  }

  /** Records where the cell at {@code address} was read, the address as the location's path. */
  private void mapCell(CellAddress address, TableBlock.Cell cell) {
    map.cell(address, at(cell).withPath(address.toString()));
  }
}
