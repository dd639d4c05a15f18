package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of its points a row earns, kept as a fraction so that nothing is rounded before the one rounding of
 * the score: points × numerator ÷ denominator, to two decimals half up. The denominator is positive.
 */
record Share(BigDecimal numerator, BigDecimal denominator) {
  static final Share FULL = new Share(BigDecimal.ONE, BigDecimal.ONE);
  static final Share NONE = new Share(BigDecimal.ZERO, BigDecimal.ONE);

  static Share of(BigDecimal numerator, BigDecimal denominator) {
    return new Share(numerator, denominator);
  }

  static Share of(BigDecimal fraction) {
    return new Share(fraction, BigDecimal.ONE);
  }

  /** Whether the share is less than {@code fraction}, compared exactly. */
  boolean isBelow(BigDecimal fraction) {
    return numerator.compareTo(fraction.multiply(denominator)) < 0;
  }

  /** This share, or {@code cap} when this is more. */
  Share atMost(BigDecimal cap) {
    return isBelow(cap) || numerator.compareTo(cap.multiply(denominator)) == 0 ? this : of(cap);
  }

  /** points × numerator ÷ denominator, the only rounding: two decimals, half up. */
  BigDecimal applyTo(BigDecimal points) {
    return points.multiply(numerator).divide(denominator, 2, RoundingMode.HALF_UP);
  }
}
