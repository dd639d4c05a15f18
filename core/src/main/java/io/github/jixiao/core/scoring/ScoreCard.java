package io.github.jixiao.core.scoring;

import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores a policy computes for a whole self-evaluation table (评分结果): one per indicator row, in the
 * table's order, and one for the budget line; the total and the grade when every one of them was computed.
 */
public final class ScoreCard {
  private final List<ScoreResult> indicators;
  private final ScoreResult execution;

  private ScoreCard(List<ScoreResult> indicators, ScoreResult execution) {
    this.indicators = indicators;
    this.execution = execution;
  }

  /** The scores of the indicator rows, in the table's order, and of the budget line. */
  public static ScoreCard of(List<? extends ScoreResult> indicators, ScoreResult execution) {
    return new ScoreCard(List.copyOf(indicators), Objects.requireNonNull(execution, "execution"));
  }

  /** One score per indicator row, in the table's order. */
  public List<ScoreResult> indicators() {
    return indicators;
  }

  /** The budget line's score. */
  public ScoreResult execution() {
    return execution;
  }

  /** Whether every row and the budget line were scored. */
  public boolean isComplete() {
    return execution.isScored() && indicators.stream().allMatch(ScoreResult::isScored);
  }

  /**
   * 总分: the sum of every score, exact (each is already two decimals); empty unless {@link #isComplete()}, since
   * a total that leaves a row out is no total of the table.
   */
  public Optional<BigDecimal> total() {
    if (!isComplete()) {
      return Optional.empty();
    }
    BigDecimal sum = execution.score().orElseThrow();
    for (ScoreResult r : indicators) {
      sum = sum.add(r.score().orElseThrow());
    }
    return Optional.of(sum);
  }

  /** 自评等级 of {@link #total()}; empty when there is no total. */
  public Optional<Grade> grade() {
    return total().map(Grade::of);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreCard c && c.indicators.equals(indicators) && c.execution.equals(execution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicators, execution);
  }

  @Override
  public String toString() {
    return "ScoreCard[" + indicators + ", execution " + execution + "]";
  }
}
