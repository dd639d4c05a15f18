package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Deadline;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.PartialDate;
import io.github.jixiao.core.Period;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.spi.PropertyNames;
import io.github.jixiao.serialization.spi.Token;
import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Format version 1 of a project target table (项目支出绩效目标表), both ways. The cells are named by
 * {@link TableField#property()}; enums are written as their stable ASCII codes (the constant names) and read
 * from the codes or the Chinese labels.
 */
public final class TableFormat {
  private static final EnumCodes<IndicatorCategory> CATEGORIES =
      EnumCodes.of(IndicatorCategory.values(), IndicatorCategory::parse);
  private static final EnumCodes<IndicatorSubcategory> SUBCATEGORIES =
      EnumCodes.of(IndicatorSubcategory.values(), IndicatorSubcategory::parse);
  private static final EnumCodes<Comparison> COMPARISONS = EnumCodes.of(Comparison.values(), Comparison::parse);
  private static final EnumCodes<Direction> DIRECTIONS = EnumCodes.of(Direction.values(), Direction::parse);
  private static final EnumCodes<TargetValue.Kind> KINDS =
      EnumCodes.of(TargetValue.Kind.values(), TargetValueKinds::parse);
  static final EnumCodes<AmountUnit> AMOUNT_UNITS = EnumCodes.of(AmountUnit.values(), AmountUnit::parse);
  private static final EnumCodes<IndicatorFramework> FRAMEWORKS =
      EnumCodes.of(IndicatorFramework.values(), IndicatorFramework::parse);

  static final int VERSION = 1;

  // A cell kept as written where it differs from what its parsed value writes as: "<property>Text".
  private static final String TEXT = "Text";
  private static final String FISCAL_YEAR_TEXT = TableField.FISCAL_YEAR.property() + TEXT;
  private static final String AMOUNT_UNIT_TEXT = TableField.AMOUNT_UNIT.property() + TEXT;

  // The names of the cells come from TableField, so that the formats, the reports and the source map agree.
  // Each list is numbered by the constants of the class after it, in the same order: the walk switches on
  // those numbers, so a name is spelt once, here.
  private static final PropertyNames TABLE_PROPERTIES = PropertyNames.of("formatVersion",
      TableField.FISCAL_YEAR.property(), "unit", TableField.AMOUNT_UNIT.property(),
      TableField.PROJECT_CODE.property(), TableField.PROJECT_NAME.property(), "budget", TableField.FUND_USE.property(),
      TableField.SPENDING_PLAN.property(), TableField.GOALS.property(), "indicators", "framework", "complete",
      FISCAL_YEAR_TEXT, AMOUNT_UNIT_TEXT, "absent");

  private static final class TableProperty {
    static final int FORMAT_VERSION = 0;
    static final int FISCAL_YEAR = 1;
    static final int UNIT = 2;
    static final int AMOUNT_UNIT = 3;
    static final int PROJECT_CODE = 4;
    static final int PROJECT_NAME = 5;
    static final int BUDGET = 6;
    static final int FUND_USE = 7;
    static final int SPENDING_PLAN = 8;
    static final int GOALS = 9;
    static final int INDICATORS = 10;
    static final int FRAMEWORK = 11;
    static final int COMPLETE = 12;
    static final int FISCAL_YEAR_TEXT = 13;
    static final int AMOUNT_UNIT_TEXT = 14;
    static final int ABSENT = 15;
  }

  private static final PropertyNames UNIT_PROPERTIES =
      PropertyNames.of(TableField.UNIT_CODE.property(), TableField.UNIT_NAME.property());

  private static final class UnitProperty {
    static final int CODE = 0;
    static final int NAME = 1;
  }

  private static final PropertyNames BUDGET_PROPERTIES = PropertyNames.of(TableField.BUDGET.property(),
      TableField.FISCAL_FUNDS.property(), TableField.OTHER_FUNDS.property(), TableField.BUDGET.property() + TEXT,
      TableField.FISCAL_FUNDS.property() + TEXT, TableField.OTHER_FUNDS.property() + TEXT);

  private static final class BudgetProperty {
    static final int TOTAL = 0;
    static final int FISCAL_FUNDS = 1;
    static final int OTHER_FUNDS = 2;
    /** The three texts follow the three amounts, in the same order. */
    static final int TEXTS = 3;
  }

  private static final PropertyNames AMOUNT_PROPERTIES = PropertyNames.of("value", "unit");

  private static final class AmountProperty {
    static final int VALUE = 0;
    static final int UNIT = 1;
  }

  private static final PropertyNames CHECKPOINT_PROPERTIES = PropertyNames.of("month", "percent", "percentText");

  private static final class CheckpointProperty {
    static final int MONTH = 0;
    static final int PERCENT = 1;
    static final int PERCENT_TEXT = 2;
  }

  private static final String COMPARISON_TEXT = TableField.COMPARISON.property() + TEXT;
  private static final String DIRECTION_TEXT = TableField.DIRECTION.property() + TEXT;
  private static final String WEIGHT_TEXT = TableField.WEIGHT.property() + TEXT;
  private static final String CATEGORY_LABEL = TableField.CATEGORY.property() + "Label";
  private static final String SUBCATEGORY_LABEL = TableField.SUBCATEGORY.property() + "Label";
  private static final PropertyNames INDICATOR_PROPERTIES = PropertyNames.of(TableField.CATEGORY.property(),
      CATEGORY_LABEL, TableField.SUBCATEGORY.property(), SUBCATEGORY_LABEL, TableField.NAME.property(),
      TableField.DESCRIPTION.property(), TableField.TARGET.property(), TableField.BASIS.property(), TableField.COMPARISON.property(),
      TableField.UNIT_OF_MEASURE.property(), TableField.DIRECTION.property(), TableField.WEIGHT.property(),
      COMPARISON_TEXT, DIRECTION_TEXT, WEIGHT_TEXT);

  /** The indicator properties followed by {@code extra}, numbered after them, for rows of the other tables. */
  static PropertyNames indicatorProperties(String... extra) {
    List<String> names = new ArrayList<>(INDICATOR_PROPERTIES.names());
    names.addAll(List.of(extra));
    return PropertyNames.of(names.toArray(String[]::new));
  }

  /** The number of the first property {@link #indicatorProperties} adds. */
  static final int INDICATOR_EXTRA = IndicatorProperty.WEIGHT_TEXT + 1;

  private static final class IndicatorProperty {
    static final int CATEGORY = 0;
    static final int CATEGORY_LABEL = 1;
    static final int SUBCATEGORY = 2;
    static final int SUBCATEGORY_LABEL = 3;
    static final int NAME = 4;
    static final int DESCRIPTION = 5;
    static final int TARGET = 6;
    static final int BASIS = 7;
    static final int COMPARISON = 8;
    static final int UNIT_OF_MEASURE = 9;
    static final int DIRECTION = 10;
    static final int WEIGHT = 11;
    static final int COMPARISON_TEXT = 12;
    static final int DIRECTION_TEXT = 13;
    static final int WEIGHT_TEXT = 14;
  }

  private static final PropertyNames TARGET_PROPERTIES = PropertyNames.of("text", "kind", "comparison", "amount",
      "unit", "date", "start", "end");

  private static final class TargetProperty {
    static final int TEXT = 0;
    static final int KIND = 1;
    static final int COMPARISON = 2;
    static final int AMOUNT = 3;
    static final int UNIT = 4;
    static final int DATE = 5;
    static final int START = 6;
    static final int END = 7;
  }

  private TableFormat() {}

  // ---------------------------------------------------------------- writing

  public static void write(Emitter o, ProjectTargetTable t, boolean root) {
    if (root) {
      o.beginRoot("table");
      o.integer("formatVersion", VERSION);
    } else {
      o.beginItemObject();
    }
    t.fiscalYear().ifPresent(y -> o.integer(TableField.FISCAL_YEAR.property(), y.getValue()));
    o.optional(FISCAL_YEAR_TEXT, t.fiscalYearText().orElse(null));
    t.unit().ifPresent(u -> writeUnit(o, u));
    o.string(TableField.AMOUNT_UNIT.property(), t.amountUnit().name());
    o.optional(AMOUNT_UNIT_TEXT, t.amountUnitText().orElse(null));
    o.optional(TableField.PROJECT_CODE.property(), t.projectCode().orElse(null));
    o.optional(TableField.PROJECT_NAME.property(), t.projectName().orElse(null));
    writeBudget(o, t.budget(), t.amountUnit());
    o.optional(TableField.FUND_USE.property(), t.fundUse().orElse(null));
    o.beginList(TableField.SPENDING_PLAN.property());
    List<Checkpoint> checkpoints = t.spendingPlan().checkpoints();
    for (int i = 0; i < checkpoints.size(); i++) {
      o.beginItem(i, "checkpoint");
      o.beginItemObject();
      o.integer("month", checkpoints.get(i).month().getValue());
      BigDecimal percent = checkpoints.get(i).percent().orElse(null);
      if (percent != null) {
        o.decimal("percent", percent);
      }
      o.optional("percentText", checkpoints.get(i).unparsedText().orElse(null));
      o.endItemObject();
      o.endItem();
    }
    o.endList();
    writeGoals(o, t.goals());
    o.beginList("indicators");
    for (int i = 0; i < t.indicators().size(); i++) {
      o.beginItem(i, "indicator");
      writeIndicator(o, t.indicators().get(i));
      o.endItem();
    }
    o.endList();
    t.framework().ifPresent(f -> o.string("framework", f.name()));
    if (!t.absentCells().isEmpty()) {
      writeAbsent(o, t.absentCells());
    }
    o.bool("complete", t.complete());
    if (root) {
      o.endRoot();
    } else {
      o.endItemObject();
    }
  }

  static void writeUnit(Emitter o, BudgetUnit u) {
    o.beginObject("unit");
    o.optional(TableField.UNIT_CODE.property(), u.code().orElse(null));
    o.string(TableField.UNIT_NAME.property(), u.name());
    o.endObject();
  }

  /** The wire names of the cells the layout lacks, in the order of {@link TableField}. */
  private static void writeAbsent(Emitter o, Set<TableField> absent) {
    o.beginList("absent");
    int i = 0;
    for (TableField field : TableField.values()) {
      if (absent.contains(field)) {
        o.stringItem(i++, "cell", field.wireName());
      }
    }
    o.endList();
  }

  private static void writeBudget(Emitter o, Budget b, AmountUnit tableUnit) {
    o.beginObject("budget");
    b.totalCell().ifPresent(a -> writeCell(o, TableField.BUDGET.property(), a, tableUnit));
    b.fiscalFundsCell().ifPresent(a -> writeCell(o, TableField.FISCAL_FUNDS.property(), a, tableUnit));
    b.otherFundsCell().ifPresent(a -> writeCell(o, TableField.OTHER_FUNDS.property(), a, tableUnit));
    o.endObject();
  }

  /** The amount, and the text beside it when it is not the amount's own digits ({@code 10000万元}). */
  static void writeCell(Emitter o, String name, WrittenAmount cell, AmountUnit tableUnit) {
    Amount a = cell.amount().orElse(null);
    if (a != null) {
      writeAmount(o, name, a, tableUnit);
    }
    if (!cell.isDigitsOfAmount()) {
      o.string(name + TEXT, cell.text());
    }
  }

  /** An amount in the table's unit is a bare decimal; one in another unit says which. */
  private static void writeAmount(Emitter o, String name, Amount a, AmountUnit tableUnit) {
    if (a.unit() == tableUnit) {
      o.decimal(name, a.value());
    } else {
      o.beginObject(name);
      o.decimal("value", a.value());
      o.string("unit", a.unit().name());
      o.endObject();
    }
  }

  private static void writeIndicator(Emitter o, Indicator i) {
    o.beginItemObject();
    writeIndicatorCells(o, i);
    o.endItemObject();
  }

  /** The indicator's properties, in an object the caller opened: a row of any table starts with them. */
  static void writeIndicatorCells(Emitter o, Indicator i) {
    // Plain ifs, not Optional chains: this runs for every row, and each lambda and Optional is an allocation.
    IndicatorCategory category = i.category().orElse(null);
    writeLabel(o, TableField.CATEGORY.property(), CATEGORY_LABEL, i.categoryLabel(),
        category == null ? null : category.name(), category == null ? null : category.label());
    IndicatorSubcategory subcategory = i.subcategory().orElse(null);
    writeLabel(o, TableField.SUBCATEGORY.property(), SUBCATEGORY_LABEL, i.subcategoryLabel(),
        subcategory == null ? null : subcategory.name(), subcategory == null ? null : subcategory.label());
    o.string(TableField.NAME.property(), i.name());
    o.optional(TableField.DESCRIPTION.property(), i.description().orElse(null));
    writeTarget(o, TableField.TARGET.property(), i.target());
    o.optional(TableField.BASIS.property(), i.basis().orElse(null));
    // Each call of an Optional getter makes a new Optional: one call each.
    // The split columns: the parsed value, and the cell as written when the value does not write as it.
    Comparison comparison = i.comparison().orElse(null);
    if (comparison != null) {
      o.code(TableField.COMPARISON.property(), comparison);
    }
    writeText(o, COMPARISON_TEXT, i.comparisonText().orElse(null), comparison == null ? null : comparison.symbol());
    o.optional(TableField.UNIT_OF_MEASURE.property(), i.unitOfMeasure().orElse(null));
    Direction direction = i.direction().orElse(null);
    if (direction != null) {
      o.code(TableField.DIRECTION.property(), direction);
    }
    writeText(o, DIRECTION_TEXT, i.directionText().orElse(null), direction == null ? null : direction.label());
    BigDecimal weight = i.weight().orElse(null);
    if (weight != null) {
      o.decimal(TableField.WEIGHT.property(), weight);
    }
    writeText(o, WEIGHT_TEXT, i.weightText().orElse(null), weight == null ? null : DecimalText.format(weight));
  }

  /** A cell's text, when there is one and it is not what its parsed value writes as ({@code standard}). */
  private static void writeText(Emitter o, String name, String text, String standard) {
    if (text != null && !text.equals(standard)) {
      o.string(name, text);
    }
  }

  /**
   * A category cell: the code alone when the label is the standard one, the code and the label when the
   * label is a variant that names it, the label alone when it names nothing.
   */
  private static void writeLabel(Emitter o, String name, String labelName, String label, String code,
      String standard) {
    if (label.isEmpty()) {
      return;
    }
    if (code != null) {
      o.string(name, code);
    }
    if (!label.equals(standard)) {
      o.string(labelName, label);
    }
  }

  /** A cell read by the target-value grammar: its text, the truth, and its parsed parts. */
  static void writeTarget(Emitter o, String name, TargetValue v) {
    o.beginObject(name);
    o.string("text", v.raw());
    o.code("kind", v.kind());
    if (v instanceof Quantity) {
      Quantity q = (Quantity) v;
      o.code("comparison", q.comparison());
      o.decimal("amount", q.amount());
      o.string("unit", q.unit());
    } else if (v instanceof Deadline) {
      o.string("date", PartialDateText.format(((Deadline) v).date()));
    } else if (v instanceof Period) {
      o.string("start", PartialDateText.format(((Period) v).start()));
      o.string("end", PartialDateText.format(((Period) v).end()));
    }
    o.endObject();
  }

  /** 年度绩效目标, the goals every table of the format carries, as a list of strings. */
  static void writeGoals(Emitter o, List<String> goals) {
    o.beginList(TableField.GOALS.property());
    for (int i = 0; i < goals.size(); i++) {
      o.stringItem(i, "goal", goals.get(i));
    }
    o.endList();
  }

  // ---------------------------------------------------------------- reading

  /** Reads the goals list, handing each goal to {@code goal}. */
  static void readGoals(Cursor c, Consumer<String> goal) {
    c.beginList("the goals", "goal");
    while (c.nextItem()) {
      goal.accept(c.string("a goal"));
    }
  }

  /**
   * A budget cell as read: its amount, whose unit may be the table's, known only once the whole table is read,
   * and its text as written; either may be missing.
   */
  static final class PendingAmount {
    BigDecimal value;
    AmountUnit unit;
    String text;

    /** The cell; the text is the truth, and an amount written beside it must agree with what it reads as. */
    Optional<WrittenAmount> in(AmountUnit tableUnit, Cursor c, String name) {
      Amount amount = value == null ? null : Amount.of(value, unit == null ? tableUnit : unit);
      if (text == null) {
        return Optional.ofNullable(amount).map(WrittenAmount::of);
      }
      WrittenAmount cell = WrittenAmount.parse(text, tableUnit);
      if (amount != null && !cell.amount().map(amount::equals).orElse(false)) {
        c.disagreement("\"" + name + "\": " + amount + " disagrees with \"" + name + TEXT + "\": \""
            + Cursor.excerpt(text) + "\"; the text, as written, is kept");
      }
      return Optional.of(cell);
    }
  }

  public static ProjectTargetTable read(Cursor c) {
    ProjectTargetTable.Builder b = ProjectTargetTable.builder();
    AmountUnit amountUnit = AmountUnit.WAN_YUAN;
    PendingAmount[] budget = {new PendingAmount(), new PendingAmount(), new PendingAmount()};
    c.beginObject("a project target table", TABLE_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull() && c.fieldNumber() != TableProperty.FORMAT_VERSION) {
        continue;
      }
      switch (c.fieldNumber()) {
        case TableProperty.FORMAT_VERSION:
          checkVersion(c);
          break;
        case TableProperty.FISCAL_YEAR:
          b.fiscalYear(year(c));
          break;
        case TableProperty.UNIT:
          b.unit(readUnit(c));
          break;
        case TableProperty.AMOUNT_UNIT:
          amountUnit = code(c, "the amount unit", AMOUNT_UNITS);
          b.amountUnit(amountUnit);
          break;
        case TableProperty.PROJECT_CODE:
          b.projectCode(c.string("the project code"));
          break;
        case TableProperty.PROJECT_NAME:
          b.projectName(c.string("the project name"));
          break;
        case TableProperty.BUDGET:
          readBudget(c, budget);
          break;
        case TableProperty.FUND_USE:
          b.fundUse(c.string("the use of funds"));
          break;
        case TableProperty.SPENDING_PLAN:
          b.spendingPlan(readPlan(c));
          break;
        case TableProperty.GOALS:
          readGoals(c, b::addGoal);
          break;
        case TableProperty.INDICATORS:
          c.beginList("the indicators", "indicator");
          while (c.nextItem()) {
            b.addIndicator(readIndicator(c));
          }
          break;
        case TableProperty.FRAMEWORK:
          b.framework(code(c, "the indicator framework", FRAMEWORKS));
          break;
        case TableProperty.COMPLETE:
          b.complete(c.bool("whether the table is complete"));
          break;
        case TableProperty.FISCAL_YEAR_TEXT:
          b.fiscalYearText(c.string("the fiscal year as written"));
          break;
        case TableProperty.AMOUNT_UNIT_TEXT:
          b.amountUnitText(c.string("the money unit as written"));
          break;
        case TableProperty.ABSENT:
          c.beginList("the cells the layout lacks", "cell");
          while (c.nextItem()) {
            b.addAbsentCell(absentCell(c));
          }
          break;
        default:
          c.unknownField();
      }
    }
    Budget money = Budget.builder()
        .totalCell(budget[0].in(amountUnit, c, TableField.BUDGET.property()))
        .fiscalFundsCell(budget[1].in(amountUnit, c, TableField.FISCAL_FUNDS.property()))
        .otherFundsCell(budget[2].in(amountUnit, c, TableField.OTHER_FUNDS.property()))
        .build();
    return b.budget(money).build();
  }

  private static TableField absentCell(Cursor c) {
    String name = c.string("a cell the layout lacks");
    return TableField.fromWireName(name).orElseThrow(() -> c.invalid("expected the wire name of a cell such as "
        + TableField.OTHER_FUNDS.wireName() + ", found \"" + Cursor.excerpt(name) + "\""));
  }

  static void checkVersion(Cursor c) {
    int v = c.integer("the format version");
    if (v != VERSION) {
      throw c.error(Problem.VERSION, "this reader reads format version " + VERSION + "; the input declares version "
          + v);
    }
  }

  static Year year(Cursor c) {
    int y = c.integer("the fiscal year");
    if (y < 1 || y > 9999) {
      throw c.invalid("expected the fiscal year as four digits such as 2025, found " + y);
    }
    return Year.of(y);
  }

  static BudgetUnit readUnit(Cursor c) {
    BudgetUnit.Builder u = BudgetUnit.builder();
    boolean named = false;
    c.beginObject("the budget unit", UNIT_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull()) {
        continue;
      }
      switch (c.fieldNumber()) {
        case UnitProperty.CODE:
          u.code(c.string("the unit code"));
          break;
        case UnitProperty.NAME:
          u.name(c.string("the unit name"));
          named = true;
          break;
        default:
          c.unknownField();
      }
    }
    if (!named) {
      throw c.missing("name", "the budget unit's name (单位名称)");
    }
    return u.build();
  }

  private static void readBudget(Cursor c, PendingAmount[] budget) {
    c.beginObject("the budget", BUDGET_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull()) {
        continue;
      }
      int field = c.fieldNumber();
      if (field >= BudgetProperty.TOTAL && field <= BudgetProperty.OTHER_FUNDS) {
        readAmount(c, budget[field]);
      } else if (field >= BudgetProperty.TEXTS && field < BudgetProperty.TEXTS + 3) {
        budget[field - BudgetProperty.TEXTS].text = c.string("the budget cell as written");
      } else {
        c.unknownField();
      }
    }
  }

  /** An amount, or in lenient mode a text that is no decimal, kept as the cell's text. */
  static void readAmount(Cursor c, PendingAmount into) {
    if (c.token() != Token.START_OBJECT) {
      Object read = c.decimalOrText("the amount");
      if (read instanceof BigDecimal) {
        into.value = (BigDecimal) read;
      } else {
        into.text = (String) read;
      }
      return;
    }
    BigDecimal value = null;
    AmountUnit unit = null;
    c.beginObject("the amount", AMOUNT_PROPERTIES);
    while (c.nextField()) {
      switch (c.fieldNumber()) {
        case AmountProperty.VALUE:
          value = c.decimal("the amount");
          break;
        case AmountProperty.UNIT:
          unit = code(c, "the amount's unit", AMOUNT_UNITS);
          break;
        default:
          c.unknownField();
      }
    }
    if (value == null) {
      throw c.missing("value", "the amount as a decimal such as \"5.60\"");
    }
    into.value = value;
    into.unit = unit;
  }

  private static SpendingPlan readPlan(Cursor c) {
    SpendingPlan.Builder plan = SpendingPlan.builder();
    c.beginList("the spending plan", "checkpoint");
    while (c.nextItem()) {
      Month month = null;
      BigDecimal percent = null;
      String text = null;
      c.beginObject("a checkpoint", CHECKPOINT_PROPERTIES);
      while (c.nextField()) {
        if (c.isNull()) {
          continue;
        }
        switch (c.fieldNumber()) {
          case CheckpointProperty.MONTH:
            month = month(c);
            break;
          case CheckpointProperty.PERCENT:
            Object read = c.decimalOrText("the cumulative percent");
            if (read instanceof BigDecimal) {
              percent = (BigDecimal) read;
            } else {
              text = (String) read;
            }
            break;
          case CheckpointProperty.PERCENT_TEXT:
            text = c.string("the checkpoint as written");
            break;
          default:
            c.unknownField();
        }
      }
      if (month == null) {
        throw c.missing("month", "the month (1–12) at whose end the checkpoint falls");
      }
      Checkpoint checkpoint = percent == null ? Checkpoint.blank(month) : Checkpoint.of(month, percent);
      plan.addCheckpoint(text == null ? checkpoint : checkpoint.withUnparsedText(text));
    }
    return plan.build();
  }

  /** 3, "3", "3月底" or "MARCH". */
  private static Month month(Cursor c) {
    if (c.token() == Token.STRING) {
      String s = c.string("the month").strip();
      int end = s.endsWith("月底") ? s.length() - 2 : s.length();
      int number = end <= 2 ? AsciiDigits.value(s, 0, end) : -1;
      if (number >= 1 && number <= 12) {
        return Month.of(number);
      }
      for (Month m : Month.values()) {
        if (m.name().equals(s)) {
          return m;
        }
      }
      throw c.invalid("expected the month as 1 to 12 (or 3月底, MARCH), found \"" + Cursor.excerpt(s) + "\"");
    }
    int m = c.integer("the month");
    if (m < 1 || m > 12) {
      throw c.invalid("expected the month as 1 to 12, found " + m);
    }
    return Month.of(m);
  }


  private static Indicator readIndicator(Cursor c) {
    return readIndicator(c, INDICATOR_PROPERTIES, null);
  }

  /**
   * An indicator row whose properties are {@code names}: the indicator's, then those numbered from
   * {@link #INDICATOR_EXTRA}, which {@code extra} reads (the cursor on the value, not null).
   */
  static Indicator readIndicator(Cursor c, PropertyNames names, IntConsumer extra) {
    Indicator.Builder b = Indicator.builder();
    String category = null;
    IndicatorCategory categoryCode = null;
    String categoryLabel = null;
    String subcategory = null;
    IndicatorSubcategory subcategoryCode = null;
    String subcategoryLabel = null;
    Comparison comparison = null;
    String comparisonText = null;
    Direction direction = null;
    String directionText = null;
    Object weight = null;
    String weightText = null;
    c.beginObject("an indicator", names);
    while (c.nextField()) {
      if (c.isNull()) {
        continue;
      }
      switch (c.fieldNumber()) {
        case IndicatorProperty.CATEGORY:
          category = c.string("the indicator category");
          categoryCode = labelCode(c, category, CATEGORIES, "产出指标");
          break;
        case IndicatorProperty.CATEGORY_LABEL:
          categoryLabel = c.string("the indicator category as written");
          break;
        case IndicatorProperty.SUBCATEGORY:
          subcategory = c.string("the indicator sub-category");
          subcategoryCode = labelCode(c, subcategory, SUBCATEGORIES, "数量指标");
          break;
        case IndicatorProperty.SUBCATEGORY_LABEL:
          subcategoryLabel = c.string("the indicator sub-category as written");
          break;
        case IndicatorProperty.NAME:
          b.name(c.string("the indicator name"));
          break;
        case IndicatorProperty.DESCRIPTION:
          b.description(c.string("the indicator description"));
          break;
        case IndicatorProperty.TARGET:
          b.target(readTarget(c, "the target value"));
          break;
        case IndicatorProperty.BASIS:
          b.basis(c.string("the basis of the target value"));
          break;
        case IndicatorProperty.COMPARISON:
          comparison = code(c, "the comparison", COMPARISONS);
          break;
        case IndicatorProperty.COMPARISON_TEXT:
          comparisonText = c.string("the comparison as written");
          break;
        case IndicatorProperty.DIRECTION_TEXT:
          directionText = c.string("the direction as written");
          break;
        case IndicatorProperty.WEIGHT_TEXT:
          weightText = c.string("the weight as written");
          break;
        case IndicatorProperty.UNIT_OF_MEASURE:
          b.unitOfMeasure(c.string("the unit of measure"));
          break;
        case IndicatorProperty.DIRECTION:
          direction = code(c, "the direction", DIRECTIONS);
          break;
        case IndicatorProperty.WEIGHT:
          weight = c.decimalOrText("the weight");
          break;
        default:
          if (extra != null && c.fieldNumber() >= INDICATOR_EXTRA) {
            extra.accept(c.fieldNumber());
          } else {
            c.unknownField();
          }
      }
    }
    splitColumns(c, b, comparison, comparisonText, direction, directionText, weight, weightText);
    b.categoryLabel(label(c, "category", category, categoryCode, categoryLabel, CATEGORIES,
        IndicatorCategory::label));
    b.subcategoryLabel(label(c, "subcategory", subcategory, subcategoryCode, subcategoryLabel, SUBCATEGORIES,
        IndicatorSubcategory::label));
    return b.build();
  }

  /**
   * The split columns: the text as written when given (a code beside it must name the same thing), else the
   * code's own text; a weight that is no decimal, kept in lenient mode, is its text.
   */
  private static void splitColumns(Cursor c, Indicator.Builder b, Comparison comparison, String comparisonText,
      Direction direction, String directionText, Object weight, String weightText) {
    if (comparisonText != null) {
      if (comparison != null && Comparison.parse(comparisonText).orElse(null) != comparison) {
        c.disagreement("\"comparison\": " + comparison.name() + " disagrees with \"" + COMPARISON_TEXT + "\": \""
            + Cursor.excerpt(comparisonText) + "\"; the text, as written, is kept");
      }
      b.comparisonText(comparisonText);
    } else if (comparison != null) {
      b.comparison(comparison);
    }
    if (directionText != null) {
      if (direction != null && Direction.parse(directionText).orElse(null) != direction) {
        c.disagreement("\"direction\": " + direction.name() + " disagrees with \"" + DIRECTION_TEXT + "\": \""
            + Cursor.excerpt(directionText) + "\"; the text, as written, is kept");
      }
      b.directionText(directionText);
    } else if (direction != null) {
      b.direction(direction);
    }
    if (weightText == null && weight instanceof String) {
      weightText = (String) weight;
    } else if (weightText != null && weight instanceof BigDecimal
        && !Indicator.builder().weightText(weightText).build().weight().map(weight::equals).orElse(false)) {
      c.disagreement("\"weight\": " + weight + " disagrees with \"" + WEIGHT_TEXT + "\": \""
          + Cursor.excerpt(weightText) + "\"; the text, as written, is kept");
    }
    if (weightText != null) {
      b.weightText(weightText);
    } else if (weight != null) {
      b.weight((BigDecimal) weight);
    }
  }

  /** What a category cell's code names; it may be a Chinese label written in the code's place. */
  private static <E extends Enum<E>> E labelCode(Cursor c, String text, EnumCodes<E> codes, String example) {
    E e = codes.resolve(text);
    if (e == null) {
      throw c.invalid("expected one of " + codes.names() + " or a Chinese label such as " + example + ", found \""
          + Cursor.excerpt(text) + "\"");
    }
    return e;
  }

  /**
   * The label as written: {@code xLabel} when given (the code beside it must name the same thing), else the
   * code's standard label, else a Chinese label given in place of the code, as it was written. {@code code}
   * is the cell as written and {@code coded} what it names, both null when the cell is absent.
   */
  private static <E extends Enum<E>> String label(Cursor c, String name, String code, E coded, String label,
      EnumCodes<E> codes, Function<E, String> standard) {
    if (label != null) {
      if (code != null && coded != codes.resolve(label)) {
        c.disagreement("\"" + name + "\": " + code + " disagrees with \"" + name + "Label\": \""
            + Cursor.excerpt(label) + "\"; the label, as written, is kept");
      }
      return label;
    }
    if (code == null) {
      return "";
    }
    return code.equals(coded.name()) ? standard.apply(coded) : code;
  }

  static <E extends Enum<E>> E code(Cursor c, String what, EnumCodes<E> codes) {
    String text = c.string(what);
    E e = codes.resolve(text);
    if (e == null) {
      throw c.invalid("expected " + what + " as one of " + codes.names() + " (or its Chinese label), found \""
          + Cursor.excerpt(text) + "\"");
    }
    return e;
  }

  /** The original text is the truth; parts written beside it must agree with what it reads as. */
  /** A cell read by the target-value grammar, named {@code what} in messages. */
  static TargetValue readTarget(Cursor c, String what) {
    if (c.token() == Token.STRING) {
      return TargetValue.parse(c.string(what));
    }
    String text = null;
    TargetValue.Kind kind = null;
    Comparison comparison = null;
    BigDecimal amount = null;
    String unit = null;
    PartialDate date = null;
    PartialDate start = null;
    PartialDate end = null;
    c.beginObject(what, TARGET_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull()) {
        continue;
      }
      switch (c.fieldNumber()) {
        case TargetProperty.TEXT:
          text = c.string("the target value as written");
          break;
        case TargetProperty.KIND:
          kind = code(c, "the kind of target value", KINDS);
          break;
        case TargetProperty.COMPARISON:
          comparison = code(c, "the comparison", COMPARISONS);
          break;
        case TargetProperty.AMOUNT:
          amount = c.decimal("the amount");
          break;
        case TargetProperty.UNIT:
          unit = c.string("the unit");
          break;
        case TargetProperty.DATE:
          date = date(c);
          break;
        case TargetProperty.START:
          start = date(c);
          break;
        case TargetProperty.END:
          end = date(c);
          break;
        default:
          c.unknownField();
      }
    }
    if (text == null) {
      throw c.missing("text", what + " as written, such as \"≥22个\"");
    }
    TargetValue v = TargetValue.parse(text);
    String disagreement = TargetValueKinds.disagreement(v, kind, comparison, amount, unit, date, start, end);
    if (disagreement != null) {
      c.disagreement("the parts disagree with the text \"" + Cursor.excerpt(text) + "\": " + disagreement
          + "; the text is kept");
    }
    return v;
  }

  private static PartialDate date(Cursor c) {
    String s = c.string("a date");
    PartialDate d = PartialDateText.parse(s);
    if (d == null) {
      throw c.invalid("expected a date such as 2025-12, 2025-12-31, 2025 or --12, found \"" + Cursor.excerpt(s) + "\"");
    }
    return d;
  }
}
