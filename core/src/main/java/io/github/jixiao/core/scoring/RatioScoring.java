package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.scoring.NoScoreReason.ACTUAL_IS_EXPRESSION;
import static io.github.jixiao.core.scoring.NoScoreReason.ACTUAL_IS_VERDICT;
import static io.github.jixiao.core.scoring.NoScoreReason.ACTUAL_NOT_A_NUMBER;
import static io.github.jixiao.core.scoring.NoScoreReason.NEGATIVE_NUMBER;
import static io.github.jixiao.core.scoring.NoScoreReason.UNIT_MISMATCH;
import static io.github.jixiao.core.scoring.NoScoreReason.ZERO_TARGET;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.Range;
import io.github.jixiao.core.TargetValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Scores a quantitative target (定量指标) by the ratio of actual and target: full points when met, otherwise
 * points × actual ÷ target below a floor and points × target ÷ actual above a ceiling; an exact target by its
 * stated direction, or by the smaller over the larger. A policy's cap and threshold apply to the missed share.
 */
final class RatioScoring {
  private final BigDecimal missedCap;
  private final BigDecimal zeroBelow;
  private final boolean convertMoneyUnits;

  RatioScoring(BigDecimal missedCap, BigDecimal zeroBelow, boolean convertMoneyUnits) {
    this.missedCap = missedCap;
    this.zeroBelow = zeroBelow;
    this.convertMoneyUnits = convertMoneyUnits;
  }

  ScoreResult quantity(Quantity target, Indicator row, TargetValue actual, BigDecimal points) {
    String unit = target.unit().isEmpty() ? row.unitOfMeasure().orElse("") : target.unit();
    Reading reading = read(actual, target.raw(), unit);
    if (reading.problem != null) {
      return reading.problem;
    }
    BigDecimal t = target.amount();
    BigDecimal a = reading.value;
    if (t.signum() < 0 || a.signum() < 0) {
      return negative(target.raw(), actual.raw());
    }
    Comparison comparison = comparison(target, row);
    if (comparison == Comparison.EQUAL) {
      if (a.compareTo(t) == 0) {
        return met(points);
      }
      Optional<Direction> direction = row.direction();
      if (direction.isEmpty()) {
        return missed(Share.of(a.min(t), a.max(t)), points, ScoreBasis.DEVIATION);
      }
      comparison = direction.get() == Direction.POSITIVE ? Comparison.AT_LEAST : Comparison.AT_MOST;
    }
    return comparison.isFloor() ? floor(t, a, target.raw(), points) : ceiling(t, a, points);
  }

  ScoreResult range(Range target, TargetValue actual, BigDecimal points) {
    Reading reading = read(actual, target.raw(), target.unit());
    if (reading.problem != null) {
      return reading.problem;
    }
    BigDecimal a = reading.value;
    if (target.isTolerance()) {
      // A tolerance bounds the deviation either way: its magnitude is held to the ceiling.
      return ceiling(target.high(), a.abs(), points);
    }
    if (target.low().signum() < 0 || a.signum() < 0) {
      return negative(target.raw(), actual.raw());
    }
    if (a.compareTo(target.low()) < 0) {
      return floor(target.low(), a, target.raw(), points);
    }
    return ceiling(target.high(), a, points);
  }

  /** 指标性质 of a split layout says what a bare number ({@code 22} with ≥ beside it) does not. */
  private static Comparison comparison(Quantity target, Indicator row) {
    Optional<Comparison> split = row.comparison().filter(c -> c != Comparison.QUALITATIVE);
    return target.comparison() == Comparison.EQUAL && split.isPresent() ? split.get() : target.comparison();
  }

  private ScoreResult floor(BigDecimal t, BigDecimal a, String targetText, BigDecimal points) {
    if (t.signum() == 0) {
      return ScoreResult.notScored(ZERO_TARGET, "指标值 \"" + targetText.strip()
          + "\" is a floor of zero, met by anything: no ratio measures it");
    }
    return a.compareTo(t) >= 0 ? met(points) : missed(Share.of(a, t), points, ScoreBasis.SHORTFALL);
  }

  /** A ceiling's divisor is the actual, above a target of zero or more: never zero when missed. */
  private ScoreResult ceiling(BigDecimal t, BigDecimal a, BigDecimal points) {
    return a.compareTo(t) <= 0 ? met(points) : missed(Share.of(t, a), points, ScoreBasis.EXCESS);
  }

  private static ScoreResult met(BigDecimal points) {
    return ScoreResult.scored(points, points, ScoreBasis.MET);
  }

  private ScoreResult missed(Share share, BigDecimal points, ScoreBasis basis) {
    Share earned = share.isBelow(zeroBelow) ? Share.NONE : share.atMost(missedCap);
    return ScoreResult.scored(earned.applyTo(points), points, basis);
  }

  private static ScoreResult negative(String target, String actual) {
    return ScoreResult.notScored(NEGATIVE_NUMBER, "指标值 \"" + target.strip() + "\" or 实际完成值 \"" + actual.strip()
        + "\" is negative, for which no ratio is defined");
  }

  /** The actual as a number in the target's unit, or why it is none. */
  private Reading read(TargetValue actual, String targetText, String targetUnit) {
    String written = actual.raw().strip();
    if (!(actual instanceof Quantity q)) {
      if (Grades.isVerdict(written)) {
        return Reading.of(ScoreResult.notScored(ACTUAL_IS_VERDICT, "实际完成值 \"" + written
            + "\" is a verdict, not a value reached"));
      }
      return Reading.of(ScoreResult.notScored(ACTUAL_NOT_A_NUMBER, "实际完成值 \"" + written
          + "\" is no number to hold against 指标值 \"" + targetText.strip() + "\""));
    }
    if (q.comparison() != Comparison.EQUAL) {
      String copied = written.equals(targetText.strip()) ? ", a copy of the target's" : "";
      return Reading.of(ScoreResult.notScored(ACTUAL_IS_EXPRESSION, "实际完成值 \"" + written
          + "\" is an expression" + copied + ", not a value reached"));
    }
    BigDecimal value = inUnit(q.amount(), q.unit(), targetUnit);
    if (value == null) {
      return Reading.of(ScoreResult.notScored(UNIT_MISMATCH, "实际完成值 \"" + written + "\" is in "
          + q.unit() + ", 指标值 \"" + targetText.strip() + "\" in " + targetUnit));
    }
    return new Reading(value, null);
  }

  /**
   * The number in {@code targetUnit}, or null when the units differ. A side without a unit takes the other's, as
   * a bare {@code 22} under a target of {@code ≥22个}; two labels of one money unit ({@code 万} and {@code 万元})
   * agree; different money units convert only when the policy says so.
   */
  private BigDecimal inUnit(BigDecimal value, String unit, String targetUnit) {
    String u = percent(unit);
    String t = percent(targetUnit);
    if (u.isEmpty() || t.isEmpty() || u.equals(t)) {
      return value;
    }
    Optional<AmountUnit> from = AmountUnit.parse(u);
    Optional<AmountUnit> to = AmountUnit.parse(t);
    if (from.isEmpty() || to.isEmpty()) {
      return null;
    }
    if (from.get() == to.get()) {
      return value;
    }
    return convertMoneyUnits ? Amount.of(value, from.get()).to(to.get()).value() : null;
  }

  private static String percent(String unit) {
    String u = unit.strip();
    return u.equals("百分比") ? "%" : u;
  }

  /** An actual read as a number, or the result that says why it is none. */
  private record Reading(BigDecimal value, ScoreResult problem) {
    static Reading of(ScoreResult problem) {
      return new Reading(null, problem);
    }
  }
}
