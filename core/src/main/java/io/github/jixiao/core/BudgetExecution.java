package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The budget line of a self-evaluation table (预算执行情况): 年初预算数, 全年预算数 (A), 全年执行数 (B), 执行率
 * (B/A) as published, and the line's points (分值) and score (得分).
 *
 * <p>Every cell is kept as written beside what it reads as. A rate that contradicts its own A and B, or a score
 * above the points, still builds: reporting it is the validator's work.
 */
@Value.Immutable
@ModelStyle
public abstract class BudgetExecution implements WithBudgetExecution {
  private static final BudgetExecution EMPTY = builder().build();

  /** The 年初预算数 cell as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> initialBudgetCell();

  /** The 全年预算数 (A) cell as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> annualBudgetCell();

  /** The 全年执行数 (B) cell as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> annualSpendingCell();

  /** The 执行率 cell as written ({@code 95.5%}, {@code 95.50}); empty when it was left blank. */
  public abstract Optional<String> executionRateText();

  /** The 分值 cell of the line as written ({@code 10}); empty when it was left blank. */
  public abstract Optional<String> weightText();

  /** The 得分 cell of the line as written ({@code 9.55}); empty when it was left blank. */
  public abstract Optional<String> scoreText();

  /** 年初预算数; empty when the cell is blank or holds no amount. */
  public Optional<Amount> initialBudget() {
    return initialBudgetCell().flatMap(WrittenAmount::amount);
  }

  /** 全年预算数 (A); empty when the cell is blank or holds no amount. */
  public Optional<Amount> annualBudget() {
    return annualBudgetCell().flatMap(WrittenAmount::amount);
  }

  /** 全年执行数 (B); empty when the cell is blank or holds no amount. */
  public Optional<Amount> annualSpending() {
    return annualSpendingCell().flatMap(WrittenAmount::amount);
  }

  /**
   * 执行率 as a number of percent: {@code 95.5%} and {@code 95.5} both read as 95.5. Empty when the cell is
   * blank or holds no number. A cell written as a fraction ({@code 0.955}) reads as 0.955: telling it from a
   * rate under one percent is the validator's work, against A and B.
   */
  @Value.Lazy
  public Optional<BigDecimal> executionRate() {
    return executionRateText().map(Percents::parseOrNull);
  }

  /** 分值 of the line as a number; empty when the cell is blank or holds none. */
  @Value.Lazy
  public Optional<BigDecimal> weight() {
    return weightText().map(Points::parseOrNull);
  }

  /** 得分 of the line as a number; empty when the cell is blank or holds none. */
  @Value.Lazy
  public Optional<BigDecimal> score() {
    return scoreText().map(Points::parseOrNull);
  }

  /** A line with every cell blank. */
  public static BudgetExecution empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link BudgetExecution}; the amount setters add to the generated cell setters. */
  public static final class Builder extends ImmutableBudgetExecution.Builder {
    Builder() {}

    /** Sets 年初预算数 to an amount given as a value. */
    public Builder initialBudget(Amount amount) {
      return initialBudgetCell(WrittenAmount.of(amount));
    }

    /** Sets 全年预算数 (A) to an amount given as a value. */
    public Builder annualBudget(Amount amount) {
      return annualBudgetCell(WrittenAmount.of(amount));
    }

    /** Sets 全年执行数 (B) to an amount given as a value. */
    public Builder annualSpending(Amount amount) {
      return annualSpendingCell(WrittenAmount.of(amount));
    }

    /** Sets the line's 分值 to the number, scale kept. */
    public Builder weight(BigDecimal weight) {
      return weightText(Decimals.format(weight));
    }
  }
}
