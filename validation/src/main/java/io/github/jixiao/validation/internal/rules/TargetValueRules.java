package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.Qualitative;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.Range;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.validation.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Target values (指标值): present and meaningful, and of the kind the indicator needs — a time for a
 * timeliness indicator, a capped amount for a cost, a percentage floor for satisfaction — and consistent with
 * the split columns (指标性质, 度量单位, 指标方向) where a table has them.
 *
 * <p>A row gets the most specific finding: a timeliness row holding a name is told that it needs a time,
 * rather than twice that it holds no value.
 */
public final class TargetValueRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Spreadsheet day numbers of 2000-01-01 and 2099-12-31: an integer in between, alone, is likely a date. */
  private static final int FIRST_SERIAL = 36526;
  private static final int LAST_SERIAL = 73050;
  private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final Set<String> TIME_UNITS = Set.of("天", "日", "个工作日", "工作日", "小时", "周", "个月", "月",
      "年", "分钟");
  private static final Set<IndicatorSubcategory> COSTS = EnumSet.of(IndicatorSubcategory.COST,
      IndicatorSubcategory.ECONOMIC_COST, IndicatorSubcategory.SOCIAL_COST, IndicatorSubcategory.ENVIRONMENTAL_COST);

  private TargetValueRules() {}

  /**
   * Whether a target-value cell states a value: a number, a time, or a qualitative judgement — not blank,
   * and not a bare name or activity such as {@code 组织培训班次}.
   */
  public static boolean holdsValue(String text) {
    TargetValue v = TargetValue.parse(text);
    return !v.isBlank() && (!(v instanceof Qualitative) || QualitativeTargets.isJudgement(v.raw(), "", ""));
  }

  static void checkRow(TableScope s, int row, Indicator i) {
    TargetValue typed = i.target();
    String raw = typed.raw();
    Optional<String> placeholder = Placeholders.in(raw);
    if (placeholder.isPresent()) {
      // The template's ≥**% was never filled in: that is the one thing to fix in this cell.
      s.reportRow(Rule.PLACEHOLDER_LEFT, row, TableField.TARGET, raw, raw, placeholder.get());
      return;
    }
    TargetValue v = SplitColumns.combined(i);
    if (v.isBlank()) {
      s.reportRow(Rule.TARGET_BLANK, row, TableField.TARGET, null);
    } else if ((isTimeliness(i) || isQuantity(i)) && EvaluativeWords.isBare(raw)) {
      s.reportRow(Rule.VAGUE_TARGET, row, TableField.TARGET, raw, raw, i.name());
    } else if (!isCost(i) && !isSatisfaction(i) && UnitsByName.missing(i, v).isPresent()) {
      s.reportRow(Rule.QUANTITY_WITHOUT_UNIT, row, i.unitOfMeasure().isPresent() ? TableField.UNIT_OF_MEASURE
          : TableField.TARGET, raw, raw, i.name(), UnitsByName.missing(i, v).get());
    } else if (isTimeliness(i)) {
      timeliness(s, row, v, raw);
    } else if (isCost(i)) {
      cost(s, row, v, raw);
    } else if (isSatisfaction(i)) {
      satisfaction(s, row, v, raw);
    } else {
      other(s, row, i, v, raw);
    }
    splitColumns(s, row, i, typed);
  }

  private static boolean isTimeliness(Indicator i) {
    return i.subcategory().filter(sub -> sub == IndicatorSubcategory.TIMELINESS).isPresent();
  }

  private static boolean isQuantity(Indicator i) {
    return i.subcategory().filter(sub -> sub == IndicatorSubcategory.QUANTITY).isPresent();
  }

  private static boolean isCost(Indicator i) {
    return i.category().filter(c -> c == IndicatorCategory.COST).isPresent()
        || i.subcategory().filter(COSTS::contains).isPresent();
  }

  private static boolean isSatisfaction(Indicator i) {
    return i.category().filter(c -> c == IndicatorCategory.SATISFACTION).isPresent()
        || i.subcategory().filter(sub -> sub == IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION
            || sub == IndicatorSubcategory.SATISFACTION).isPresent();
  }

  private static void timeliness(TableScope s, int row, TargetValue v, String raw) {
    if (v instanceof Quantity) {
      Quantity q = (Quantity) v;
      Optional<LocalDate> serial = dateSerial(q);
      if (serial.isPresent()) {
        s.reportRow(Rule.DATE_SERIAL, row, TableField.TARGET, raw, raw, serial.get());
        return;
      }
      if (q.isPercent()) {
        percent(s, row, q, raw, false);
        return;
      }
      if (TIME_UNITS.contains(q.unit())) {
        return;
      }
    }
    if (v instanceof Range && (((Range) v).isPercent() || TIME_UNITS.contains(((Range) v).unit()))) {
      return;
    }
    if (v.kind() != TargetValue.Kind.DEADLINE && v.kind() != TargetValue.Kind.PERIOD) {
      s.reportRow(Rule.TIMELINESS_NOT_A_TIME, row, TableField.TARGET, raw, raw);
    }
  }

  private static Optional<LocalDate> dateSerial(Quantity q) {
    BigDecimal n = q.amount();
    if (!q.unit().isEmpty() || q.comparison() != Comparison.EQUAL || n.stripTrailingZeros().scale() > 0
        || n.compareTo(BigDecimal.valueOf(FIRST_SERIAL)) < 0 || n.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0) {
      return Optional.empty();
    }
    return Optional.of(SERIAL_EPOCH.plusDays(n.longValueExact()));
  }

  private static void cost(TableScope s, int row, TargetValue v, String raw) {
    if (v instanceof Range) {
      // A cost range (8-10万元) is capped by its upper end.
      Range r = (Range) v;
      Optional<Amount> high = r.unit().isEmpty() ? Optional.of(Amount.of(r.high(), s.table.amountUnit()))
          : AmountUnit.parse(r.unit()).map(u -> Amount.of(r.high(), u));
      high.ifPresentOrElse(a -> BudgetRules.checkCost(s, row, raw, a),
          () -> s.reportRow(Rule.COST_NOT_AN_AMOUNT, row, TableField.TARGET, raw, raw));
      return;
    }
    Optional<Amount> amount = v instanceof Quantity ? BudgetRules.costAmount(s, (Quantity) v) : Optional.empty();
    if (amount.isEmpty()) {
      s.reportRow(Rule.COST_NOT_AN_AMOUNT, row, TableField.TARGET, raw, raw);
      return;
    }
    Quantity q = (Quantity) v;
    if (q.comparison().isFloor()) {
      s.reportRow(Rule.COST_AS_FLOOR, row, TableField.TARGET, raw, raw);
    }
    BudgetRules.checkCost(s, row, raw, amount.get());
  }

  private static void satisfaction(TableScope s, int row, TargetValue v, String raw) {
    if (v instanceof Range && ((Range) v).isPercent()) {
      // 90%-100%: the lower end is the floor that is promised.
      if (((Range) v).low().compareTo(s.policy.satisfactionFloor()) < 0) {
        s.reportRow(Rule.SATISFACTION_BELOW_FLOOR, row, TableField.TARGET, raw, raw,
            s.policy.satisfactionFloor().toPlainString());
      }
      return;
    }
    if (!(v instanceof Quantity) || !((Quantity) v).isPercent()) {
      s.reportRow(Rule.SATISFACTION_NOT_PERCENT, row, TableField.TARGET, raw, raw);
      return;
    }
    Quantity q = (Quantity) v;
    if (percent(s, row, q, raw, true)) {
      return;
    }
    if (!q.comparison().isFloor()) {
      s.reportRow(Rule.SATISFACTION_NOT_FLOOR, row, TableField.TARGET, raw, raw);
    } else if (q.amount().compareTo(HUNDRED) > 0) {
      s.reportRow(Rule.SATISFACTION_ABOVE_100, row, TableField.TARGET, raw, raw);
    } else if (q.amount().compareTo(s.policy.satisfactionFloor()) < 0) {
      s.reportRow(Rule.SATISFACTION_BELOW_FLOOR, row, TableField.TARGET, raw, raw,
          s.policy.satisfactionFloor().toPlainString());
    }
  }

  private static void other(TableScope s, int row, Indicator i, TargetValue v, String raw) {
    if (v instanceof Qualitative
        && !QualitativeTargets.isJudgement(raw, i.name(), i.description().orElse(""))) {
      s.reportRow(Rule.TARGET_NOT_A_VALUE, row, TableField.TARGET, raw, raw);
    } else if (v instanceof Quantity && ((Quantity) v).isPercent()) {
      percent(s, row, (Quantity) v, raw, false);
    }
  }

  /**
   * The checks of any percentage: one that is always met ({@code ≤100%}, {@code ≥0%}); a floor above 100%
   * outside satisfaction, where growth rates make it possible. Returns whether a finding was made.
   */
  private static boolean percent(TableScope s, int row, Quantity q, String raw, boolean satisfaction) {
    BigDecimal n = q.amount();
    Comparison c = q.comparison();
    boolean alwaysMet = c == Comparison.AT_MOST && n.compareTo(HUNDRED) >= 0
        || c == Comparison.LESS_THAN && n.compareTo(HUNDRED) > 0
        || c == Comparison.AT_LEAST && n.signum() <= 0
        || c == Comparison.MORE_THAN && n.signum() < 0;
    if (alwaysMet) {
      s.reportRow(Rule.PERCENT_ALWAYS_MET, row, TableField.TARGET, raw, raw);
      return true;
    }
    if (!satisfaction && c.isFloor() && n.compareTo(HUNDRED) > 0) {
      s.reportRow(Rule.PERCENT_FLOOR_ABOVE_100, row, TableField.TARGET, raw, raw);
      return true;
    }
    return false;
  }

  /** The split columns must say what the value text says. */
  private static void splitColumns(TableScope s, int row, Indicator i, TargetValue v) {
    if (i.unitOfMeasure().isEmpty() && i.comparison().isEmpty() && i.direction().isEmpty()) {
      return;   // the two-column layout's cells are absent from most tables: nothing to compare, nothing built
    }
    Optional<Quantity> q = v instanceof Quantity ? Optional.of((Quantity) v) : Optional.empty();
    i.unitOfMeasure().filter(u -> !u.isBlank()).ifPresent(unit -> q.filter(x -> !x.unit().isEmpty())
        .filter(x -> !sameUnit(unit, x.unit()))
        .ifPresent(x -> s.reportRow(Rule.UNIT_CONTRADICTS_VALUE, row, TableField.UNIT_OF_MEASURE, unit, v.raw(), unit,
            x.unit())));
    i.comparison().ifPresent(c -> {
      Optional<Comparison> written = q.filter(SplitColumns::writesSign).map(Quantity::comparison);
      boolean contradicts = c == Comparison.QUALITATIVE ? q.isPresent()
          : q.isPresent() ? written.isPresent() && written.get() != c : v instanceof Qualitative;
      if (contradicts) {
        s.reportRow(Rule.COMPARISON_CONTRADICTS_VALUE, row, TableField.COMPARISON, c.symbol(), v.raw(), c.symbol(),
            written.map(Comparison::symbol).orElse(Comparison.QUALITATIVE.symbol()));
      }
    });
    i.direction().ifPresent(d -> {
      Comparison c = i.comparison().orElse(q.map(Quantity::comparison).orElse(Comparison.EQUAL));
      if (d == Direction.POSITIVE && c.isCeiling() || d == Direction.NEGATIVE && c.isFloor()) {
        s.reportRow(Rule.DIRECTION_CONTRADICTS_COMPARISON, row, TableField.DIRECTION, d.label(), d.label(), c.symbol());
      }
    });
  }

  /** Units that mean the same: {@code 万} and {@code 万元}, {@code %} and {@code 百分比}, any spacing. */
  private static boolean sameUnit(String column, String inValue) {
    return normalUnit(column).equals(normalUnit(inValue));
  }

  private static String normalUnit(String unit) {
    String u = unit.strip().replace("％", "%");
    if (u.equals("百分比") || u.equals("百分率")) {
      return "%";
    }
    return AmountUnit.parse(u).map(Enum::name).orElse(u);
  }
}
