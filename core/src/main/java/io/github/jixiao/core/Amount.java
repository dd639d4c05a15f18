package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money with its unit (金额): {@code 5.60万元}.
 *
 * <p>Equality is by value within a unit: {@code 5.60万元} equals {@code 5.6万元}, while the scale as written
 * is kept ({@link #value()} returns {@code 5.60}). Amounts in different units are never {@code equals};
 * compare them with {@link #isEqualTo} or {@link #compareTo}, which convert exactly.
 */
public final class Amount implements Comparable<Amount> {
  private final BigDecimal value;
  private final AmountUnit unit;

  private Amount(BigDecimal value, AmountUnit unit) {
    this.value = Objects.requireNonNull(value, "value");
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /** An amount of {@code value} in {@code unit}. */
  public static Amount of(BigDecimal value, AmountUnit unit) {
    return new Amount(value, unit);
  }

  /**
   * An amount written as a plain decimal, thousands separators allowed ({@code 3,309,840.00}).
   *
   * @throws NumberFormatException when {@code value} is not a decimal number
   */
  public static Amount of(String value, AmountUnit unit) {
    return new Amount(Decimals.parse(value), unit);
  }

  /** An amount in 万元. */
  public static Amount wanYuan(String value) {
    return of(value, AmountUnit.WAN_YUAN);
  }

  /** An amount in 元. */
  public static Amount yuan(String value) {
    return of(value, AmountUnit.YUAN);
  }

  /** The number as written, scale kept. */
  public BigDecimal value() {
    return value;
  }

  public AmountUnit unit() {
    return unit;
  }

  /** The same amount in another unit, converted exactly ({@code 5.6万元} is {@code 56000元}). */
  public Amount to(AmountUnit target) {
    return target == unit ? this : new Amount(unit.convert(value, target), target);
  }

  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** Whether both amounts are the same sum of money, whatever their units. */
  public boolean isEqualTo(Amount other) {
    return compareTo(other) == 0;
  }

  /** Compares sums of money across units. */
  @Override
  public int compareTo(Amount other) {
    return to(AmountUnit.YUAN).value.compareTo(other.to(AmountUnit.YUAN).value);
  }

  public Amount plus(Amount other) {
    return new Amount(value.add(other.to(unit).value), unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount && ((Amount) o).unit == unit && ((Amount) o).value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * unit.hashCode() + (value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode());
  }

  /** The amount as published: {@code 5.60万元}. */
  @Override
  public String toString() {
    return value.toPlainString() + unit.label();
  }
}
