package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The score a policy computes for one indicator row or for the budget line: {@link Scored} with the value, or
 * {@link NotScored} with the reason the numbers allow none.
 *
 * <pre>{@code
 * ScoreResult r = policy.score(row);
 * if (r instanceof Scored s) { s.value(); }            // 8.33
 * if (r instanceof NotScored n) { n.reason(); }        // BLANK_ACTUAL
 * }</pre>
 */
public sealed interface ScoreResult permits Scored, NotScored {

  /** A computed score, rounded to two decimals half up; {@code points} is the 分值 it was computed from. */
  static Scored scored(BigDecimal value, BigDecimal points, ScoreBasis basis) {
    return Scored.of(value, points, basis);
  }

  /** No score, with the reason and a sentence naming the values that stood in the way. */
  static NotScored notScored(NoScoreReason reason, String explanation) {
    return NotScored.of(reason, explanation);
  }

  /** The computed score; empty when the numbers allow none. */
  Optional<BigDecimal> score();

  /** Whether a score was computed. */
  default boolean isScored() {
    return score().isPresent();
  }
}
