package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.spi.PropertyNames;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Format version 1 of a year-end self-evaluation table (项目支出绩效自评表), both ways: the target table's
 * identity and indicator rows under their {@link TableField} names, and the cells the evaluation adds under
 * their {@link SelfEvaluationField} wire names. A number cell is its number beside {@code <name>Text} where the
 * cell is not the number's own digits ({@link NumberCell}).
 */
public final class SelfEvaluationFormat {
  private static final EnumCodes<Grade> GRADES = EnumCodes.of(Grade.values(), Grade::parse);

  static final String ROOT = "selfEvaluation";
  private static final String FISCAL_YEAR_TEXT = TableField.FISCAL_YEAR.property() + "Text";
  private static final String BUDGET_EXECUTION = "budgetExecution";
  private static final String TOTAL_SCORE = SelfEvaluationField.TOTAL_SCORE.wireName();
  private static final String GRADE = SelfEvaluationField.GRADE.wireName();
  private static final String SCORE = SelfEvaluationField.SCORE.wireName();

  // Each list is numbered by the constants of the class after it, in the same order.
  private static final PropertyNames TABLE_PROPERTIES = PropertyNames.of("formatVersion",
      TableField.FISCAL_YEAR.property(), FISCAL_YEAR_TEXT, "unit", TableField.AMOUNT_UNIT.property(),
      TableField.PROJECT_CODE.property(), TableField.PROJECT_NAME.property(), BUDGET_EXECUTION,
      TableField.GOALS.property(), SelfEvaluationField.OUTCOME.wireName(), "indicators", TOTAL_SCORE,
      NumberCell.textName(TOTAL_SCORE), GRADE, NumberCell.textName(GRADE), "absent");

  private static final class TableProperty {
    static final int FORMAT_VERSION = 0;
    static final int FISCAL_YEAR = 1;
    static final int FISCAL_YEAR_TEXT = 2;
    static final int UNIT = 3;
    static final int AMOUNT_UNIT = 4;
    static final int PROJECT_CODE = 5;
    static final int PROJECT_NAME = 6;
    static final int BUDGET_EXECUTION = 7;
    static final int GOALS = 8;
    static final int OUTCOME = 9;
    static final int INDICATORS = 10;
    static final int TOTAL_SCORE = 11;
    static final int TOTAL_SCORE_TEXT = 12;
    static final int GRADE = 13;
    static final int GRADE_TEXT = 14;
    static final int ABSENT = 15;
  }

  /** The three amounts, then the three number cells, each followed by its text. */
  private static final SelfEvaluationField[] LINE_CELLS = {SelfEvaluationField.INITIAL_BUDGET,
      SelfEvaluationField.ANNUAL_BUDGET, SelfEvaluationField.ANNUAL_SPENDING, SelfEvaluationField.EXECUTION_RATE,
      SelfEvaluationField.EXECUTION_WEIGHT, SelfEvaluationField.EXECUTION_SCORE};
  private static final PropertyNames LINE_PROPERTIES = lineProperties();

  private static final PropertyNames INDICATOR_PROPERTIES = TableFormat.indicatorProperties(
      SelfEvaluationField.ACTUAL.wireName(), SCORE, NumberCell.textName(SCORE),
      SelfEvaluationField.DEVIATION.wireName());

  private static final class IndicatorProperty {
    static final int ACTUAL = TableFormat.INDICATOR_EXTRA;
    static final int SCORE = TableFormat.INDICATOR_EXTRA + 1;
    static final int SCORE_TEXT = TableFormat.INDICATOR_EXTRA + 2;
    static final int DEVIATION = TableFormat.INDICATOR_EXTRA + 3;
  }

  private SelfEvaluationFormat() {}

  private static PropertyNames lineProperties() {
    String[] names = new String[LINE_CELLS.length * 2];
    for (int i = 0; i < LINE_CELLS.length; i++) {
      names[2 * i] = LINE_CELLS[i].wireName();
      names[2 * i + 1] = NumberCell.textName(LINE_CELLS[i].wireName());
    }
    return PropertyNames.of(names);
  }

  // ---------------------------------------------------------------- writing

  public static void write(Emitter o, SelfEvaluationTable t) {
    o.beginRoot(ROOT);
    o.integer("formatVersion", TableFormat.VERSION);
    t.fiscalYear().ifPresent(y -> o.integer(TableField.FISCAL_YEAR.property(), y.getValue()));
    o.optional(FISCAL_YEAR_TEXT, t.fiscalYearText().orElse(null));
    t.unit().ifPresent(u -> TableFormat.writeUnit(o, u));
    o.string(TableField.AMOUNT_UNIT.property(), t.amountUnit().name());
    o.optional(TableField.PROJECT_CODE.property(), t.projectCode().orElse(null));
    o.optional(TableField.PROJECT_NAME.property(), t.projectName().orElse(null));
    writeLine(o, t.budgetExecution(), t.amountUnit());
    TableFormat.writeGoals(o, t.goals());
    o.optional(SelfEvaluationField.OUTCOME.wireName(), t.outcome().orElse(null));
    o.beginList("indicators");
    for (int i = 0; i < t.indicators().size(); i++) {
      o.beginItem(i, "indicator");
      writeIndicator(o, t.indicators().get(i));
      o.endItem();
    }
    o.endList();
    NumberCell.decimal(SelfEvaluationFormat::decimal).write(o, TOTAL_SCORE, t.totalScoreText().orElse(null));
    writeGrade(o, t.gradeText().orElse(null));
    AbsentCells.write(o, t.absentCells(), SelfEvaluationField.values(), t.absentEvaluationCells(),
        SelfEvaluationField::wireName);
    o.endRoot();
  }

  private static void writeLine(Emitter o, BudgetExecution line, AmountUnit tableUnit) {
    o.beginObject(BUDGET_EXECUTION);
    line.initialBudgetCell().ifPresent(a -> TableFormat.writeCell(o, LINE_CELLS[0].wireName(), a, tableUnit));
    line.annualBudgetCell().ifPresent(a -> TableFormat.writeCell(o, LINE_CELLS[1].wireName(), a, tableUnit));
    line.annualSpendingCell().ifPresent(a -> TableFormat.writeCell(o, LINE_CELLS[2].wireName(), a, tableUnit));
    NumberCell.percent(SelfEvaluationFormat::percent)
        .write(o, LINE_CELLS[3].wireName(), line.executionRateText().orElse(null));
    NumberCell.decimal(SelfEvaluationFormat::decimal)
        .write(o, LINE_CELLS[4].wireName(), line.weightText().orElse(null));
    NumberCell.decimal(SelfEvaluationFormat::decimal)
        .write(o, LINE_CELLS[5].wireName(), line.scoreText().orElse(null));
    o.endObject();
  }

  private static void writeIndicator(Emitter o, EvaluatedIndicator row) {
    o.beginItemObject();
    TableFormat.writeIndicatorCells(o, row.indicator());
    writeValue(o, SelfEvaluationField.ACTUAL.wireName(), row.actual());
    NumberCell.decimal(SelfEvaluationFormat::decimal).write(o, SCORE, row.scoreText().orElse(null));
    o.optional(SelfEvaluationField.DEVIATION.wireName(), row.deviation().orElse(null));
    o.endItemObject();
  }

  /** A cell read by the target-value grammar; left out when blank and empty, as a blank row is. */
  static void writeValue(Emitter o, String name, TargetValue v) {
    if (!v.raw().isEmpty()) {
      TableFormat.writeTarget(o, name, v);
    }
  }

  /** The grade's code where the cell names one, and the cell as written where it is not the code's label. */
  private static void writeGrade(Emitter o, String text) {
    if (text == null) {
      return;
    }
    Grade grade = Grade.parse(text).orElse(null);
    if (grade != null) {
      o.code(GRADE, grade);
    }
    if (grade == null || !text.equals(grade.label())) {
      o.string(NumberCell.textName(GRADE), text);
    }
  }

  // The model reads number cells; a cell holding text is built only to ask it what the text reads as.
  private static Optional<BigDecimal> decimal(String text) {
    return EvaluatedIndicator.builder().scoreText(text).build().score();
  }

  private static Optional<BigDecimal> percent(String text) {
    return BudgetExecution.builder().executionRateText(text).build().executionRate();
  }

  // ---------------------------------------------------------------- reading

  public static SelfEvaluationTable read(Cursor c) {
    SelfEvaluationTable.Builder b = SelfEvaluationTable.builder();
    AmountUnit amountUnit = AmountUnit.WAN_YUAN;
    Line line = new Line();
    NumberCell total = NumberCell.decimal(SelfEvaluationFormat::decimal);
    Grade grade = null;
    String gradeCell = null;
    String gradeText = null;
    c.beginObject("a self-evaluation table", TABLE_PROPERTIES);
    while (c.nextField()) {
      if (c.isNull() && c.fieldNumber() != TableProperty.FORMAT_VERSION) {
        continue;
      }
      switch (c.fieldNumber()) {
        case TableProperty.FORMAT_VERSION:
          TableFormat.checkVersion(c);
          break;
        case TableProperty.FISCAL_YEAR:
          b.fiscalYear(TableFormat.year(c));
          break;
        case TableProperty.FISCAL_YEAR_TEXT:
          b.fiscalYearText(c.string("the fiscal year as written"));
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
        case TableProperty.BUDGET_EXECUTION:
          line.read(c);
          break;
        case TableProperty.GOALS:
          TableFormat.readGoals(c, b::addGoal);
          break;
        case TableProperty.OUTCOME:
          b.outcome(c.string("the outcome (实际完成情况)"));
          break;
        case TableProperty.INDICATORS:
          c.beginList("the indicators", "indicator");
          while (c.nextItem()) {
            b.addIndicator(readIndicator(c));
          }
          break;
        case TableProperty.TOTAL_SCORE:
          total.readNumber(c, "the total score");
          break;
        case TableProperty.TOTAL_SCORE_TEXT:
          total.readText(c, "the total score as written");
          break;
        case TableProperty.GRADE:
          gradeCell = c.string("the grade");
          grade = GRADES.resolve(gradeCell);
          if (grade == null) {
            throw c.invalid("expected the grade as one of " + GRADES.names() + " (or its Chinese label), found \""
                + Cursor.excerpt(gradeCell) + "\"");
          }
          break;
        case TableProperty.GRADE_TEXT:
          gradeText = c.string("the grade as written");
          break;
        case TableProperty.ABSENT:
          AbsentCells.read(c, b::addAbsentCell, SelfEvaluationField.values(), SelfEvaluationField::wireName,
              b::addAbsentEvaluationCell);
          break;
        default:
          c.unknownField();
      }
    }
    Optional.ofNullable(total.text(c, TOTAL_SCORE)).ifPresent(b::totalScoreText);
    Optional.ofNullable(gradeText(c, grade, gradeCell, gradeText)).ifPresent(b::gradeText);
    return b.budgetExecution(line.build(amountUnit, c)).build();
  }

  /**
   * The 自评等级 cell: {@code gradeText} when given, else a Chinese label given in the code's place as it was
   * written ({@code "优秀"}), else the code's label.
   */
  private static String gradeText(Cursor c, Grade grade, String cell, String text) {
    if (text == null) {
      return grade == null ? null : cell.equals(grade.name()) ? grade.label() : cell;
    }
    if (grade != null && Grade.parse(text).orElse(null) != grade) {
      c.disagreement("\"" + GRADE + "\": " + grade.name() + " disagrees with \"" + NumberCell.textName(GRADE)
          + "\": \"" + Cursor.excerpt(text) + "\"; the text, as written, is kept");
    }
    return text;
  }

  private static EvaluatedIndicator readIndicator(Cursor c) {
    EvaluatedIndicator.Builder b = EvaluatedIndicator.builder();
    NumberCell score = NumberCell.decimal(SelfEvaluationFormat::decimal);
    b.indicator(TableFormat.readIndicator(c, INDICATOR_PROPERTIES, field -> {
      switch (field) {
        case IndicatorProperty.ACTUAL:
          b.actual(TableFormat.readTarget(c, "the actual value"));
          break;
        case IndicatorProperty.SCORE:
          score.readNumber(c, "the score");
          break;
        case IndicatorProperty.SCORE_TEXT:
          score.readText(c, "the score as written");
          break;
        case IndicatorProperty.DEVIATION:
          b.deviation(c.string("the deviation reason"));
          break;
        default:
          c.unknownField();
      }
    }));
    Optional.ofNullable(score.text(c, SCORE)).ifPresent(b::scoreText);
    return b.build();
  }

  /** The budget line as read: its amounts wait for the table's money unit, known once the table is read. */
  private static final class Line {
    private final TableFormat.PendingAmount[] amounts = {new TableFormat.PendingAmount(),
        new TableFormat.PendingAmount(), new TableFormat.PendingAmount()};
    private final NumberCell[] numbers = {NumberCell.percent(SelfEvaluationFormat::percent),
        NumberCell.decimal(SelfEvaluationFormat::decimal), NumberCell.decimal(SelfEvaluationFormat::decimal)};

    void read(Cursor c) {
      c.beginObject("the budget line (预算执行情况)", LINE_PROPERTIES);
      while (c.nextField()) {
        if (c.isNull()) {
          continue;
        }
        int cell = c.fieldNumber() / 2;
        boolean text = c.fieldNumber() % 2 == 1;
        if (c.fieldNumber() < 0) {
          c.unknownField();
        } else if (cell < amounts.length && text) {
          amounts[cell].text = c.string("the budget cell as written");
        } else if (cell < amounts.length) {
          TableFormat.readAmount(c, amounts[cell]);
        } else if (text) {
          numbers[cell - amounts.length].readText(c, LINE_CELLS[cell].term() + " as written");
        } else {
          numbers[cell - amounts.length].readNumber(c, LINE_CELLS[cell].term());
        }
      }
    }

    BudgetExecution build(AmountUnit tableUnit, Cursor c) {
      BudgetExecution.Builder b = BudgetExecution.builder();
      cell(0, tableUnit, c).ifPresent(b::initialBudgetCell);
      cell(1, tableUnit, c).ifPresent(b::annualBudgetCell);
      cell(2, tableUnit, c).ifPresent(b::annualSpendingCell);
      Optional.ofNullable(numbers[0].text(c, LINE_CELLS[3].wireName())).ifPresent(b::executionRateText);
      Optional.ofNullable(numbers[1].text(c, LINE_CELLS[4].wireName())).ifPresent(b::weightText);
      Optional.ofNullable(numbers[2].text(c, LINE_CELLS[5].wireName())).ifPresent(b::scoreText);
      return b.build();
    }

    private Optional<WrittenAmount> cell(int i, AmountUnit tableUnit, Cursor c) {
      return amounts[i].in(tableUnit, c, LINE_CELLS[i].wireName());
    }
  }
}
