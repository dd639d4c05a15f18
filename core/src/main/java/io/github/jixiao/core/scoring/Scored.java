package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/** A computed score (计算得分): its value to two decimals, the points it is out of, and how it was reached. */
public final class Scored implements ScoreResult {
  private final BigDecimal value;
  private final BigDecimal points;
  private final ScoreBasis basis;

  private Scored(BigDecimal value, BigDecimal points, ScoreBasis basis) {
    this.value = value;
    this.points = points;
    this.basis = basis;
  }

  /**
   * A score of {@code value}, set to two decimals half up (a value of more decimals is rounded here once).
   *
   * @throws IllegalArgumentException when {@code value} is negative
   */
  static Scored of(BigDecimal value, BigDecimal points, ScoreBasis basis) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(basis, "basis");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("value: a score is never negative, found " + value.toPlainString());
    }
    return new Scored(value.setScale(2, RoundingMode.HALF_UP), points, basis);
  }

  /** The score, two decimals: {@code 8.33}, {@code 10.00}. */
  public BigDecimal value() {
    return value;
  }

  /** The 分值 the score is out of, as read. */
  public BigDecimal points() {
    return points;
  }

  public ScoreBasis basis() {
    return basis;
  }

  /** Whether the score is the whole of the points. */
  public boolean isFullPoints() {
    return value.compareTo(points) >= 0;
  }

  @Override
  public Optional<BigDecimal> score() {
    return Optional.of(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scored s && s.value.equals(value) && s.points.compareTo(points) == 0 && s.basis == basis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, points.stripTrailingZeros(), basis);
  }

  @Override
  public String toString() {
    return "Scored[" + value.toPlainString() + "/" + points.toPlainString() + " " + basis + "]";
  }
}
