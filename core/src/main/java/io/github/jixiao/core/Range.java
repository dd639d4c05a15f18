package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target given as a range (区间指标值): {@code 80-100分}, {@code 10-15个}, or as a tolerance around a
 * planned figure (偏差率), {@code ±3%以内}, which is the range from −3% to 3%. Both ends count as met.
 *
 * <pre>{@code
 * Range r = (Range) TargetValue.parse("80-100分");
 * r.low(); r.high(); r.unit();   // 80, 100, "分"
 * }</pre>
 */
public final class Range implements TargetValue {
  private final String raw;
  private final BigDecimal low;
  private final BigDecimal high;
  private final String unit;
  private final boolean tolerance;

  private Range(String raw, BigDecimal low, BigDecimal high, String unit, boolean tolerance) {
    this.raw = raw;
    this.low = low;
    this.high = high;
    this.unit = unit;
    this.tolerance = tolerance;
  }

  static Range ofParsed(String raw, BigDecimal low, BigDecimal high, String unit, boolean tolerance) {
    return new Range(raw, low, high, unit, tolerance);
  }

  /**
   * A range in canonical form: {@code between(new BigDecimal("80"), new BigDecimal("100"), "分")} is
   * {@code 80-100分}.
   *
   * @throws IllegalArgumentException when {@code low} is above {@code high}, or the unit could not be read back
   */
  public static Range between(BigDecimal low, BigDecimal high, String unit) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(unit, "unit");
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("low: " + low.toPlainString() + " is above high " + high.toPlainString());
    }
    return checked(TargetValueGrammar.formatRange(low, high, unit, false), unit);
  }

  /**
   * A tolerance in canonical form: {@code tolerance(new BigDecimal("3"), "%")} is {@code ±3%}.
   *
   * @throws IllegalArgumentException when {@code deviation} is negative, or the unit could not be read back
   */
  public static Range tolerance(BigDecimal deviation, String unit) {
    Objects.requireNonNull(deviation, "deviation");
    Objects.requireNonNull(unit, "unit");
    if (deviation.signum() < 0) {
      throw new IllegalArgumentException("deviation: expected zero or more, found " + deviation.toPlainString());
    }
    return checked(TargetValueGrammar.formatRange(deviation.negate(), deviation, unit, true), unit);
  }

  private static Range checked(String text, String unit) {
    TargetValue parsed = TargetValue.parse(text);
    if (!(parsed instanceof Range) || !((Range) parsed).unit.equals(unit)) {
      throw new IllegalArgumentException("unit: \"" + Characters.excerpt(unit)
          + "\" cannot follow a number in a target value");
    }
    return (Range) parsed;
  }

  @Override
  public String raw() {
    return raw;
  }

  /** The lower end; for a tolerance, minus the deviation. */
  public BigDecimal low() {
    return low;
  }

  /** The upper end; for a tolerance, the deviation. */
  public BigDecimal high() {
    return high;
  }

  /** The text after the numbers ({@code 分}, {@code %}, {@code 个}); empty when there is none. */
  public String unit() {
    return unit;
  }

  /** Whether the range was written as a deviation either way ({@code ±3%}). */
  public boolean isTolerance() {
    return tolerance;
  }

  /** Whether the unit is a percent sign. */
  public boolean isPercent() {
    return unit.equals("%") || unit.equals("百分比");
  }

  @Override
  public Kind kind() {
    return Kind.RANGE;
  }

  @Override
  public String format() {
    return TargetValueGrammar.formatRange(low, high, unit, tolerance);
  }

  @Override
  public boolean isEquivalentTo(TargetValue other) {
    if (!(other instanceof Range)) {
      return false;
    }
    Range r = (Range) other;
    return r.low.compareTo(low) == 0 && r.high.compareTo(high) == 0 && r.unit.equals(unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Range && ((Range) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Kind.RANGE, raw);
  }

  @Override
  public String toString() {
    return "Range[\"" + raw + "\" " + low.toPlainString() + ".." + high.toPlainString() + " \"" + unit + "\"]";
  }
}
