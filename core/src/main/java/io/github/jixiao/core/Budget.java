package io.github.jixiao.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The money of a project (预算规模): the budget total (预算数), of which fiscal funds (其中：财政资金) and other
 * funds (其他资金). Each cell may be absent, as it is in published tables; a blank 其他资金 stays absent
 * rather than being read as zero.
 */
@Value.Immutable
@ModelStyle
public abstract class Budget implements WithBudget {
  private static final Budget EMPTY = builder().build();

  /** 预算数. */
  public abstract Optional<Amount> total();

  /** 其中：财政资金. */
  public abstract Optional<Amount> fiscalFunds();

  /** 其他资金; empty when the cell was left blank. */
  public abstract Optional<Amount> otherFunds();

  /** A budget with the given cells; pass {@code null} for a blank cell. */
  public static Budget of(Amount total, Amount fiscalFunds, Amount otherFunds) {
    return builder().total(Optional.ofNullable(total)).fiscalFunds(Optional.ofNullable(fiscalFunds))
        .otherFunds(Optional.ofNullable(otherFunds)).build();
  }

  /** A budget with every cell blank. */
  public static Budget empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Budget}. */
  public static final class Builder extends ImmutableBudget.Builder {
    Builder() {}
  }
}
