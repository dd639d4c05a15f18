package io.github.jixiao.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The money of a project (预算规模): the budget total (预算数), of which fiscal funds (其中：财政资金) and other
 * funds (其他资金). Each cell is kept as written ({@link WrittenAmount}) and read as an amount where it is
 * one; a blank 其他资金 stays absent rather than being read as zero, and {@code 10000万元} or {@code —} stays
 * as written for the validator to report.
 */
@Value.Immutable
@ModelStyle
public abstract class Budget implements WithBudget {
  private static final Budget EMPTY = builder().build();

  /** The 预算数 cell as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> totalCell();

  /** The 其中：财政资金 cell as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> fiscalFundsCell();

  /** The 其他资金 cell as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> otherFundsCell();

  /** 预算数; empty when the cell was left blank or holds no amount. */
  public Optional<Amount> total() {
    return totalCell().flatMap(WrittenAmount::amount);
  }

  /** 其中：财政资金; empty when the cell was left blank or holds no amount. */
  public Optional<Amount> fiscalFunds() {
    return fiscalFundsCell().flatMap(WrittenAmount::amount);
  }

  /** 其他资金; empty when the cell was left blank or holds no amount. */
  public Optional<Amount> otherFunds() {
    return otherFundsCell().flatMap(WrittenAmount::amount);
  }

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

  /** Builds a {@link Budget}; the amount setters add to the generated cell setters. */
  public static final class Builder extends ImmutableBudget.Builder {
    Builder() {}

    /** Sets 预算数 to an amount given as a value. */
    public Builder total(Amount amount) {
      return totalCell(WrittenAmount.of(amount));
    }

    /** Sets 预算数, or leaves it blank when {@code amount} is empty. */
    public Builder total(Optional<Amount> amount) {
      return totalCell(amount.map(WrittenAmount::of));
    }

    /** Sets 其中：财政资金 to an amount given as a value. */
    public Builder fiscalFunds(Amount amount) {
      return fiscalFundsCell(WrittenAmount.of(amount));
    }

    /** Sets 其中：财政资金, or leaves it blank when {@code amount} is empty. */
    public Builder fiscalFunds(Optional<Amount> amount) {
      return fiscalFundsCell(amount.map(WrittenAmount::of));
    }

    /** Sets 其他资金 to an amount given as a value. */
    public Builder otherFunds(Amount amount) {
      return otherFundsCell(WrittenAmount.of(amount));
    }

    /** Sets 其他资金, or leaves it blank when {@code amount} is empty. */
    public Builder otherFunds(Optional<Amount> amount) {
      return otherFundsCell(amount.map(WrittenAmount::of));
    }
  }
}
