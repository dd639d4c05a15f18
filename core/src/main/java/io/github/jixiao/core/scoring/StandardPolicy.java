package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.scoring.NoScoreReason.ACTUAL_IS_EXPRESSION;
import static io.github.jixiao.core.scoring.NoScoreReason.ACTUAL_IS_VERDICT;
import static io.github.jixiao.core.scoring.NoScoreReason.ACTUAL_NOT_A_DATE;
import static io.github.jixiao.core.scoring.NoScoreReason.ACTUAL_NOT_GRADED;
import static io.github.jixiao.core.scoring.NoScoreReason.BLANK_ACTUAL;
import static io.github.jixiao.core.scoring.NoScoreReason.BLANK_TARGET;
import static io.github.jixiao.core.scoring.NoScoreReason.NO_POINTS;
import static io.github.jixiao.core.scoring.NoScoreReason.TARGET_NOT_SCORABLE;

import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Deadline;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.Period;
import io.github.jixiao.core.Qualitative;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.Range;
import io.github.jixiao.core.TargetValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The policy {@link ScoringPolicy.Builder} builds: the national rules of scoring with the builder's weights,
 * grades, cap and threshold. Quantities and ranges are scored by {@link RatioScoring}, the budget line by
 * {@link ExecutionScoring}; this class sends each row to the rule its target's kind calls for.
 */
final class StandardPolicy implements ScoringPolicy {
  static final Map<IndicatorCategory, BigDecimal> NATIONAL_WEIGHTS = Map.of(
      IndicatorCategory.OUTPUT, new BigDecimal("50"),
      IndicatorCategory.BENEFIT, new BigDecimal("30"),
      IndicatorCategory.SATISFACTION, new BigDecimal("10"));
  static final BigDecimal NATIONAL_EXECUTION_WEIGHT = new BigDecimal("10");
  static final BigDecimal NATIONAL_MONITORING_LAG = BigDecimal.TEN;
  static final ScoringPolicy NATIONAL = new ScoringPolicy.Builder().name("财预〔2020〕10号").build();

  private final String name;
  private final Map<IndicatorCategory, BigDecimal> weights;
  private final BigDecimal executionWeight;
  private final Map<String, BigDecimal> grades;
  private final RatioScoring ratios;
  private final BigDecimal monitoringLag;

  StandardPolicy(ScoringPolicy.Builder b) {
    this.name = b.name;
    this.weights = new EnumMap<>(b.weights);
    this.executionWeight = b.executionWeight;
    this.grades = Map.copyOf(b.grades);
    this.ratios = new RatioScoring(b.missedCap, b.zeroBelow, b.convertMoneyUnits);
    this.monitoringLag = b.monitoringLag;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<BigDecimal> weight(IndicatorCategory category) {
    return Optional.ofNullable(weights.get(category));
  }

  @Override
  public BigDecimal executionWeight() {
    return executionWeight;
  }

  @Override
  public BigDecimal monitoringLag() {
    return monitoringLag;
  }

  @Override
  public ScoreResult score(EvaluatedIndicator row) {
    Optional<String> pointsText = row.indicator().weightText();
    Optional<BigDecimal> points = row.points();
    if (points.isEmpty() || points.get().signum() < 0) {
      return ScoreResult.notScored(NO_POINTS, pointsText.filter(t -> !t.isBlank())
          .map(t -> "分值 \"" + t + "\" is not a number of points").orElse("分值 is blank"));
    }
    TargetValue target = row.indicator().target();
    TargetValue actual = row.actual();
    if (target.isBlank()) {
      return ScoreResult.notScored(BLANK_TARGET, "指标值 is blank: there is nothing to score against");
    }
    if (actual.isBlank()) {
      return ScoreResult.notScored(BLANK_ACTUAL, "实际完成值 is blank");
    }
    if (isCopiedExpression(target, actual)) {
      return ScoreResult.notScored(ACTUAL_IS_EXPRESSION, "实际完成值 \"" + actual.raw().strip()
          + "\" is a copy of the target's expression, not a value reached");
    }
    if (target instanceof Quantity q) {
      return ratios.quantity(q, row.indicator(), actual, points.get());
    }
    if (target instanceof Range r) {
      return ratios.range(r, actual, points.get());
    }
    if (target instanceof Deadline d) {
      return deadline(d, actual, points.get());
    }
    if (target instanceof Qualitative q && actual.raw().strip().equals(q.text())) {
      return ScoreResult.scored(points.get(), points.get(), ScoreBasis.MET);
    }
    return graded(target, actual, points.get());
  }

  /**
   * Whether the actual repeats a target that states a bound ({@code ≥90%}, {@code 80-100分},
   * {@code 2025年12月底前}): a repeated exact target ({@code 100人}) is a value reached, a repeated phrase is the
   * qualitative target met.
   */
  private static boolean isCopiedExpression(TargetValue target, TargetValue actual) {
    boolean bound = !(target instanceof Qualitative)
        && !(target instanceof Quantity q && q.comparison() == Comparison.EQUAL);
    return bound && actual.raw().strip().equals(target.raw().strip());
  }

  /** A deadline is met or missed: the policy gives no share for lateness. */
  private ScoreResult deadline(Deadline target, TargetValue actual, BigDecimal points) {
    if (!(actual instanceof Deadline done)) {
      return graded(target, actual, points);
    }
    Optional<LocalDate> due = target.date().lastDay();
    Optional<LocalDate> reached = done.date().lastDay();
    if (due.isEmpty() || reached.isEmpty()) {
      return ScoreResult.notScored(ACTUAL_NOT_A_DATE, "指标值 \"" + target.raw() + "\" and 实际完成值 \""
          + actual.raw() + "\" cannot be compared without both years");
    }
    return reached.get().isAfter(due.get())
        ? ScoreResult.scored(BigDecimal.ZERO, points, ScoreBasis.LATE)
        : ScoreResult.scored(points, points, ScoreBasis.MET);
  }

  /** A qualitative actual, scored by the grade it names. */
  private ScoreResult graded(TargetValue target, TargetValue actual, BigDecimal points) {
    BigDecimal share = grades.get(Grades.key(actual.raw()));
    if (share != null) {
      return ScoreResult.scored(Share.of(share).applyTo(points), points, ScoreBasis.GRADE);
    }
    if (Grades.isVerdict(actual.raw())) {
      return ScoreResult.notScored(ACTUAL_IS_VERDICT, "实际完成值 \"" + actual.raw().strip()
          + "\" is a verdict, not a value reached");
    }
    if (target instanceof Deadline) {
      return ScoreResult.notScored(ACTUAL_NOT_A_DATE, "实际完成值 \"" + actual.raw().strip()
          + "\" is no date to hold against the deadline \"" + target.raw().strip() + "\"");
    }
    if (target instanceof Period) {
      return ScoreResult.notScored(TARGET_NOT_SCORABLE, "指标值 \"" + target.raw().strip()
          + "\" is a period, which " + name + " scores by grade, and 实际完成值 \"" + actual.raw().strip()
          + "\" names none");
    }
    return ScoreResult.notScored(ACTUAL_NOT_GRADED, "实际完成值 \"" + actual.raw().strip()
        + "\" is neither the target \"" + target.raw().strip() + "\" nor a grade of " + name);
  }

  @Override
  public ScoreResult scoreExecution(BudgetExecution line) {
    return ExecutionScoring.score(line, executionWeight);
  }

  @Override
  public String toString() {
    return "ScoringPolicy[" + name + "]";
  }
}
