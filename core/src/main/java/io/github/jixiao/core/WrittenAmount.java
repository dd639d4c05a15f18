package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A budget cell as written (预算数, 财政资金, 其他资金) with the amount it reads as: {@code 5.60},
 * {@code 1,234.50}, {@code ５．００}, {@code 10000元}, the incomplete {@code 250万}, or text that is no amount at
 * all ({@code —}, {@code 5.00（其中省级3.00）}), which is kept so that a reviewer is told about it.
 *
 * <p>Equality is by the text and the amount: {@code 5.60} and {@code 5.6} are different cells of the same sum.
 */
public final class WrittenAmount {
  /** Why a written amount is not a plain one. */
  public enum Flaw {
    /** The unit is cut short: {@code 250万} reads as 250万元, but 万 alone is no money unit. */
    INCOMPLETE_UNIT,
    /** The text is no amount: {@code —}, {@code 待定}, {@code 5.00（其中省级3.00）}. */
    NOT_AN_AMOUNT
  }

  private final String text;
  private final Amount amount;
  private final Flaw flaw;

  private WrittenAmount(String text, Amount amount, Flaw flaw) {
    this.text = Objects.requireNonNull(text, "text");
    this.amount = amount;
    this.flaw = flaw;
  }

  /**
   * Reads a cell in a table whose amounts are in {@code tableUnit}: a bare number is in that unit, a number
   * followed by 元, 万元 or 亿元 in that one, a number followed by 万 or 亿 in 万元 or 亿元 with
   * {@link Flaw#INCOMPLETE_UNIT}. Never throws: text that is no amount has {@link Flaw#NOT_AN_AMOUNT}, and a
   * blank text neither an amount nor a flaw.
   */
  public static WrittenAmount parse(String text, AmountUnit tableUnit) {
    Objects.requireNonNull(tableUnit, "tableUnit");
    String t = Characters.toHalfWidth(text).strip();
    if (t.isEmpty()) {
      return new WrittenAmount(text, null, null);
    }
    AmountUnit unit = tableUnit;
    Flaw flaw = null;
    boolean labelled = false;
    for (AmountUnit u : AmountUnit.values()) {
      if (t.endsWith(u.label()) && (u != AmountUnit.YUAN || !isLongUnit(t))) {
        unit = u;
        t = t.substring(0, t.length() - u.label().length()).strip();
        labelled = true;
        break;
      }
    }
    if (!labelled && (t.endsWith("万") || t.endsWith("亿"))) {
      unit = t.endsWith("万") ? AmountUnit.WAN_YUAN : AmountUnit.YI_YUAN;
      t = t.substring(0, t.length() - 1).strip();
      flaw = Flaw.INCOMPLETE_UNIT;
    }
    try {
      return new WrittenAmount(text, Amount.of(Decimals.parse(t), unit), flaw);
    } catch (NumberFormatException notADecimal) {
      return new WrittenAmount(text, null, Flaw.NOT_AN_AMOUNT);
    }
  }

  /** 万元 and 亿元 end in 元 too: the longest label that matches names the unit. */
  private static boolean isLongUnit(String t) {
    return t.endsWith(AmountUnit.WAN_YUAN.label()) || t.endsWith(AmountUnit.YI_YUAN.label());
  }

  /**
   * The cell of an amount given as a value: its text is the number alone in plain digits, as a table in the
   * amount's unit writes it ({@code 5.60}; {@code 5E+3} is {@code 5000}, an amount keeps no negative scale).
   */
  public static WrittenAmount of(Amount amount) {
    return new WrittenAmount(digits(amount.value()), amount, null);
  }

  private static String digits(BigDecimal value) {
    boolean wholeAndShort = value.scale() < 0 && (long) value.precision() - value.scale() <= Decimals.MAX_LENGTH;
    return Decimals.format(wholeAndShort ? value.setScale(0) : value);
  }

  /**
   * Whether the cell is its amount's own digits, as {@link #of} writes them: a format that writes the
   * amount need not write the text.
   */
  public boolean isDigitsOfAmount() {
    return amount != null && text.equals(digits(amount.value()));
  }

  /** The cell as written. */
  public String text() {
    return text;
  }

  /** The amount the cell reads as; empty when it is blank or no amount. */
  public Optional<Amount> amount() {
    return Optional.ofNullable(amount);
  }

  /** Why the cell is not a plain amount, if it is not; empty for a plain amount and for a blank cell. */
  public Optional<Flaw> flaw() {
    return Optional.ofNullable(flaw);
  }

  /** Whether nothing but spaces was written. */
  public boolean isBlank() {
    return amount == null && flaw == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WrittenAmount && ((WrittenAmount) o).text.equals(text)
        && Objects.equals(((WrittenAmount) o).amount, amount);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + Objects.hashCode(amount);
  }

  /** The cell as written. */
  @Override
  public String toString() {
    return text;
  }
}
