package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.spi.PropertyNames;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Format version 1 of a mid-year monitoring table (项目支出绩效运行监控表), both ways: the target table's
 * identity and indicator rows under their {@link TableField} names, and the cells monitoring adds under their
 * {@link MonitoringField} wire names.
 */
public final class MonitoringFormat {
  static final String ROOT = "monitoring";
  private static final String EXECUTION_RATE = MonitoringField.EXECUTION_RATE.wireName();

  /** The amount cells, each followed by its text; 年初预算数 last, as it was added last. */
  private static final MonitoringField[] AMOUNT_CELLS = {MonitoringField.ANNUAL_BUDGET,
      MonitoringField.SPENDING_TO_DATE, MonitoringField.EXPECTED_SPENDING, MonitoringField.INITIAL_BUDGET};

  // Each list is numbered by the constants of the class after it, in the same order.
  private static final PropertyNames TABLE_PROPERTIES = PropertyNames.of("formatVersion",
      TableField.FISCAL_YEAR.property(), "unit", TableField.AMOUNT_UNIT.property(),
      TableField.PROJECT_CODE.property(), TableField.PROJECT_NAME.property(), TableField.GOALS.property(),
      MonitoringField.PERIOD.wireName(), EXECUTION_RATE, NumberCell.textName(EXECUTION_RATE), "indicators",
      "absent", AMOUNT_CELLS[0].wireName(), NumberCell.textName(AMOUNT_CELLS[0].wireName()),
      AMOUNT_CELLS[1].wireName(), NumberCell.textName(AMOUNT_CELLS[1].wireName()), AMOUNT_CELLS[2].wireName(),
      NumberCell.textName(AMOUNT_CELLS[2].wireName()), AMOUNT_CELLS[3].wireName(),
      NumberCell.textName(AMOUNT_CELLS[3].wireName()));

  private static final class TableProperty {
    static final int FORMAT_VERSION = 0;
    static final int FISCAL_YEAR = 1;
    static final int UNIT = 2;
    static final int AMOUNT_UNIT = 3;
    static final int PROJECT_CODE = 4;
    static final int PROJECT_NAME = 5;
    static final int GOALS = 6;
    static final int PERIOD = 7;
    static final int EXECUTION_RATE = 8;
    static final int EXECUTION_RATE_TEXT = 9;
    static final int INDICATORS = 10;
    static final int ABSENT = 11;
    /** Each amount, then its text, in the order of {@link #AMOUNT_CELLS}. */
    static final int AMOUNTS = 12;
  }

  private static final PropertyNames INDICATOR_PROPERTIES = TableFormat.indicatorProperties(
      MonitoringField.PROGRESS.wireName(), MonitoringField.EXPECTED.wireName(), MonitoringField.DEVIATION.wireName(),
      MonitoringField.CORRECTION.wireName());

  private static final class IndicatorProperty {
    static final int PROGRESS = TableFormat.INDICATOR_EXTRA;
    static final int EXPECTED = TableFormat.INDICATOR_EXTRA + 1;
    static final int DEVIATION = TableFormat.INDICATOR_EXTRA + 2;
    static final int CORRECTION = TableFormat.INDICATOR_EXTRA + 3;
  }

  private MonitoringFormat() {}

  // ---------------------------------------------------------------- writing

  public static void write(Emitter o, MonitoringTable t) {
    o.beginRoot(ROOT);
    o.integer("formatVersion", TableFormat.VERSION);
    t.fiscalYear().ifPresent(y -> o.integer(TableField.FISCAL_YEAR.property(), y.getValue()));
    t.unit().ifPresent(u -> TableFormat.writeUnit(o, u));
    o.string(TableField.AMOUNT_UNIT.property(), t.amountUnit().name());
    o.optional(TableField.PROJECT_CODE.property(), t.projectCode().orElse(null));
    o.optional(TableField.PROJECT_NAME.property(), t.projectName().orElse(null));
    TableFormat.writeGoals(o, t.goals());
    o.optional(MonitoringField.PERIOD.wireName(), t.periodText().orElse(null));
    t.initialBudgetCell().ifPresent(a -> TableFormat.writeCell(o, AMOUNT_CELLS[3].wireName(), a, t.amountUnit()));
    t.annualBudgetCell().ifPresent(a -> TableFormat.writeCell(o, AMOUNT_CELLS[0].wireName(), a, t.amountUnit()));
    t.spendingToDateCell().ifPresent(a -> TableFormat.writeCell(o, AMOUNT_CELLS[1].wireName(), a, t.amountUnit()));
    t.expectedSpendingCell().ifPresent(a -> TableFormat.writeCell(o, AMOUNT_CELLS[2].wireName(), a, t.amountUnit()));
    NumberCell.percent(MonitoringFormat::percent).write(o, EXECUTION_RATE, t.executionRateText().orElse(null));
    o.beginList("indicators");
    for (int i = 0; i < t.indicators().size(); i++) {
      o.beginItem(i, "indicator");
      writeIndicator(o, t.indicators().get(i));
      o.endItem();
    }
    o.endList();
    AbsentCells.write(o, t.absentCells(), MonitoringField.values(), t.absentMonitoringCells(),
        MonitoringField::wireName);
    o.endRoot();
  }

  private static void writeIndicator(Emitter o, MonitoredIndicator row) {
    o.beginItemObject();
    TableFormat.writeIndicatorCells(o, row.indicator());
    SelfEvaluationFormat.writeValue(o, MonitoringField.PROGRESS.wireName(), row.progress());
    SelfEvaluationFormat.writeValue(o, MonitoringField.EXPECTED.wireName(), row.expected());
    o.optional(MonitoringField.DEVIATION.wireName(), row.deviation().orElse(null));
    o.optional(MonitoringField.CORRECTION.wireName(), row.correction().orElse(null));
    o.endItemObject();
  }

  // The model reads the rate; a table holding the text is built only to ask it what the text reads as.
  private static Optional<BigDecimal> percent(String text) {
    return MonitoringTable.builder().executionRateText(text).build().executionRate();
  }

  // ---------------------------------------------------------------- reading

  public static MonitoringTable read(Cursor c) {
    MonitoringTable.Builder b = MonitoringTable.builder();
    AmountUnit amountUnit = AmountUnit.WAN_YUAN;
    TableFormat.PendingAmount[] amounts = {new TableFormat.PendingAmount(), new TableFormat.PendingAmount(),
        new TableFormat.PendingAmount(), new TableFormat.PendingAmount()};
    NumberCell rate = NumberCell.percent(MonitoringFormat::percent);
    c.beginObject("a monitoring table", TABLE_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull() && c.fieldNumber() != TableProperty.FORMAT_VERSION) {
        continue;
      }
      int field = c.fieldNumber();
      switch (field) {
        case TableProperty.FORMAT_VERSION:
          TableFormat.checkVersion(c);
          break;
        case TableProperty.FISCAL_YEAR:
          b.fiscalYear(TableFormat.year(c));
          break;
        case TableProperty.UNIT:
          b.unit(TableFormat.readUnit(c));
          break;
        case TableProperty.AMOUNT_UNIT:
          amountUnit = TableFormat.code(c, "the amount unit", TableFormat.AMOUNT_UNITS);
          b.amountUnit(amountUnit);
          break;
        case TableProperty.PROJECT_CODE:
          b.projectCode(c.string("the project code"));
          break;
        case TableProperty.PROJECT_NAME:
          b.projectName(c.string("the project name"));
          break;
        case TableProperty.GOALS:
          TableFormat.readGoals(c, b::addGoal);
          break;
        case TableProperty.PERIOD:
          b.periodText(c.string("the period monitored (监控期)"));
          break;
        case TableProperty.EXECUTION_RATE:
          rate.readNumber(c, "the execution rate");
          break;
        case TableProperty.EXECUTION_RATE_TEXT:
          rate.readText(c, "the execution rate as written");
          break;
        case TableProperty.INDICATORS:
          c.beginList("the indicators", "indicator");
          while (c.nextItem()) {
            b.addIndicator(readIndicator(c));
          }
          break;
        case TableProperty.ABSENT:
          AbsentCells.read(c, b::addAbsentCell, MonitoringField.values(), MonitoringField::wireName,
              b::addAbsentMonitoringCell);
          break;
        default:
          if (field >= TableProperty.AMOUNTS && (field - TableProperty.AMOUNTS) % 2 == 1) {
            amounts[(field - TableProperty.AMOUNTS) / 2].text = c.string("the budget cell as written");
          } else if (field >= TableProperty.AMOUNTS) {
            TableFormat.readAmount(c, amounts[(field - TableProperty.AMOUNTS) / 2]);
          } else {
            c.unknownField();
          }
      }
    }
    cell(amounts, 0, amountUnit, c).ifPresent(b::annualBudgetCell);
    cell(amounts, 1, amountUnit, c).ifPresent(b::spendingToDateCell);
    cell(amounts, 2, amountUnit, c).ifPresent(b::expectedSpendingCell);
    cell(amounts, 3, amountUnit, c).ifPresent(b::initialBudgetCell);
    Optional.ofNullable(rate.text(c, EXECUTION_RATE)).ifPresent(b::executionRateText);
    return b.build();
  }

  private static Optional<WrittenAmount> cell(TableFormat.PendingAmount[] amounts, int i, AmountUnit tableUnit,
      Cursor c) {
    return amounts[i].in(tableUnit, c, AMOUNT_CELLS[i].wireName());
  }

  private static MonitoredIndicator readIndicator(Cursor c) {
    MonitoredIndicator.Builder b = MonitoredIndicator.builder();
    b.indicator(TableFormat.readIndicator(c, INDICATOR_PROPERTIES, field -> {
      switch (field) {
        case IndicatorProperty.PROGRESS:
          b.progress(TableFormat.readTarget(c, "the progress to date"));
          break;
        case IndicatorProperty.EXPECTED:
          b.expected(TableFormat.readTarget(c, "the expected year-end value"));
          break;
        case IndicatorProperty.DEVIATION:
          b.deviation(c.string("the deviation reason"));
          break;
        case IndicatorProperty.CORRECTION:
          b.correction(c.string("the correction"));
          break;
        default:
          c.unknownField();
      }
    }));
    return b.build();
  }
}
