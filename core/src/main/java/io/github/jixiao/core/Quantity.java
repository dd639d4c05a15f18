package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantitative target (定量指标值): a comparison, a number and a unit, as in {@code ≥22个},
 * {@code 100%} (an exact target: {@link Comparison#EQUAL}), {@code ≤5万元} or {@code ≥80认可度}.
 * The unit is whatever text follows the number, possibly empty.
 */
public final class Quantity implements TargetValue {
  private final String raw;
  private final Comparison comparison;
  private final BigDecimal amount;
  private final String unit;

  private Quantity(String raw, Comparison comparison, BigDecimal amount, String unit) {
    this.raw = raw;
    this.comparison = comparison;
    this.amount = amount;
    this.unit = unit;
  }

  static Quantity ofParsed(String raw, Comparison comparison, BigDecimal amount, String unit) {
    return new Quantity(raw, comparison, amount, unit);
  }

  /**
   * A quantity written in canonical form, e.g. {@code of(AT_LEAST, new BigDecimal("90"), "%")} is
   * {@code ≥90%}.
   *
   * @throws IllegalArgumentException for {@link Comparison#QUALITATIVE}, or a unit that holds digits or
   *     signs and so could not be read back
   */
  public static Quantity of(Comparison comparison, BigDecimal amount, String unit) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    if (comparison == Comparison.QUALITATIVE) {
      throw new IllegalArgumentException("comparison: a quantity cannot be qualitative (定性)");
    }
    String text = TargetValueGrammar.format(comparison, amount, unit);
    TargetValue parsed = TargetValue.parse(text);
    if (!(parsed instanceof Quantity) || !((Quantity) parsed).unit.equals(unit)) {
      throw new IllegalArgumentException("unit: \"" + Characters.excerpt(unit)
          + "\" cannot follow a number in a target value");
    }
    return (Quantity) parsed;
  }

  /** Shorthand for {@link #of(Comparison, BigDecimal, String)} with the number as text. */
  public static Quantity of(Comparison comparison, String amount, String unit) {
    return of(comparison, Decimals.parse(amount), unit);
  }

  @Override
  public String raw() {
    return raw;
  }

  public Comparison comparison() {
    return comparison;
  }

  /** The number, with the scale it was written with ({@code 25.00} stays {@code 25.00}). */
  public BigDecimal amount() {
    return amount;
  }

  /** The text after the number ({@code 个}, {@code %}, {@code 万元}); empty when there is none. */
  public String unit() {
    return unit;
  }

  /** Whether the unit is a percent sign. */
  public boolean isPercent() {
    return unit.equals("%") || unit.equals("百分比");
  }

  /** The number as money when the unit is one ({@code 元}, {@code 万元}, {@code 万}, {@code 亿元}). */
  public Optional<Amount> asAmount() {
    return AmountUnit.parse(unit).map(u -> Amount.of(amount, u));
  }

  @Override
  public Kind kind() {
    return Kind.QUANTITY;
  }

  @Override
  public String format() {
    return TargetValueGrammar.format(comparison, amount, unit);
  }

  @Override
  public boolean isEquivalentTo(TargetValue other) {
    if (!(other instanceof Quantity)) {
      return false;
    }
    Quantity q = (Quantity) other;
    return q.comparison == comparison && q.amount.compareTo(amount) == 0 && q.unit.equals(unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity && ((Quantity) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Kind.QUANTITY, raw);
  }

  @Override
  public String toString() {
    return "Quantity[\"" + raw + "\" " + comparison + " " + amount.toPlainString() + " \"" + unit + "\"]";
  }
}
