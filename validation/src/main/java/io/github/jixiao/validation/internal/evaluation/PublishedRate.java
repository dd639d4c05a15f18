package io.github.jixiao.validation.internal.evaluation;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A published 执行率 held against the spending and budget beside it (执行率核对): quiet when it is spending ÷
 * budget rounded half up or cut to the decimals it was written with, so {@code 95.5%} stands for anything from
 * 95.45% up to 95.6% exclusive; a rate written without a percent sign and at most 1 ({@code 0.955}) is also read
 * as a fraction. Amounts are compared after exact conversion to 元.
 */
final class PublishedRate {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PublishedRate() {}

  /**
   * The rate spending ÷ budget comes to, two decimals and a percent sign ({@code 75.00%}), when the published
   * rate disagrees with it; empty when it agrees or when a number is missing, the budget is not positive or the
   * spending is negative.
   */
  static Optional<String> disagreement(Optional<BigDecimal> written, Optional<String> text, Optional<Amount> budget,
      Optional<Amount> spending) {
    if (written.isEmpty() || text.isEmpty() || budget.isEmpty() || spending.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal a = budget.get().to(AmountUnit.YUAN).value();
    BigDecimal b = spending.get().to(AmountUnit.YUAN).value();
    if (a.signum() <= 0 || b.signum() < 0) {
      return Optional.empty();
    }
    BigDecimal rate = b.multiply(HUNDRED).divide(a, MathContext.DECIMAL64);
    BigDecimal r = written.get();
    boolean percentSign = text.get().contains("%") || text.get().contains("％");
    if (agrees(r, rate) || (!percentSign && r.compareTo(BigDecimal.ONE) <= 0 && agrees(r.movePointRight(2), rate))) {
      return Optional.empty();
    }
    return Optional.of(rate.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%");
  }

  /** Whether {@code written} is {@code exact} rounded half up or cut to the decimals {@code written} has. */
  private static boolean agrees(BigDecimal written, BigDecimal exact) {
    int scale = Math.max(written.scale(), 0);
    return exact.setScale(scale, RoundingMode.HALF_UP).compareTo(written) == 0
        || exact.setScale(scale, RoundingMode.DOWN).compareTo(written) == 0;
  }
}
