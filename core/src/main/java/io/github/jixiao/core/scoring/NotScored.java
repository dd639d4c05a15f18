package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** No score (无法计分): the reason, and a sentence naming the cells and values that allow none. */
public final class NotScored implements ScoreResult {
  private final NoScoreReason reason;
  private final String explanation;

  private NotScored(NoScoreReason reason, String explanation) {
    this.reason = reason;
    this.explanation = explanation;
  }

  static NotScored of(NoScoreReason reason, String explanation) {
    return new NotScored(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(explanation, "explanation"));
  }

  public NoScoreReason reason() {
    return reason;
  }

  /** In English, naming the values: {@code 实际完成值 "完成" is a verdict, not a value}. */
  public String explanation() {
    return explanation;
  }

  @Override
  public Optional<BigDecimal> score() {
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NotScored n && n.reason == reason && n.explanation.equals(explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, explanation);
  }

  @Override
  public String toString() {
    return "NotScored[" + reason + ": " + explanation + "]";
  }
}
