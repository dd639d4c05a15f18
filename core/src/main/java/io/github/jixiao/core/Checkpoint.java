package io.github.jixiao.core;

import java.math.BigDecimal;
import java.time.Month;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One checkpoint of a spending plan (资金支出计划): the cumulative share of the budget to be spent by the end
 * of a month, e.g. {@code 6月底 50.00%}. The percent is empty when the cell was left blank, or when it holds
 * no percentage, whose text {@link #unparsedText()} keeps.
 */
@Value.Immutable
@ModelStyle
public abstract class Checkpoint implements WithCheckpoint {
  /** The month at whose end the checkpoint falls ({@code 3月底} is {@link Month#MARCH}). */
  @Value.Parameter
  public abstract Month month();

  /** The cumulative percent, scale as written ({@code 25.00}); empty for a blank cell. */
  @Value.Parameter
  public abstract Optional<BigDecimal> percent();

  /** The cell as written when it is no percentage ({@code 过半}, {@code 3/4}); empty when it is one or blank. */
  public abstract Optional<String> unparsedText();

  /** A filled checkpoint. */
  public static Checkpoint of(Month month, BigDecimal percent) {
    return ImmutableCheckpoint.of(month, Optional.of(percent));
  }

  /** A checkpoint whose cell was left blank. */
  public static Checkpoint blank(Month month) {
    return ImmutableCheckpoint.of(month, Optional.empty());
  }

  /**
   * A checkpoint from a published cell: {@code 25.00%}, {@code 25}, or blank. Never throws: a cell that is no
   * percentage is kept as {@link #unparsedText()}.
   */
  public static Checkpoint parse(Month month, String cell) {
    String t = Characters.toHalfWidth(cell).strip();
    if (t.isEmpty()) {
      return blank(month);
    }
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    try {
      return of(month, Decimals.parse(t));
    } catch (NumberFormatException notAPercentage) {
      return blank(month).withUnparsedText(cell);
    }
  }

  /** The published label of the checkpoint, e.g. {@code 3月底}. */
  public String label() {
    return month().getValue() + "月底";
  }

  /** Whether the cell was left blank: no percent and nothing else written. */
  public boolean isBlank() {
    return percent().isEmpty() && unparsedText().isEmpty();
  }

  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Checkpoint}. */
  public static final class Builder extends ImmutableCheckpoint.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
