package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One indicator row of a self-evaluation table (绩效自评表的指标行): the indicator as its target table set it,
 * with its points (分值) in the indicator's {@link Indicator#weightText() weight} cell, and what the year-end
 * adds: the actual value (实际完成值), the score (得分) and the deviation reason (偏差原因分析及改进措施).
 *
 * <p>The actual is read by the target-value grammar, so {@code 23个}, {@code 98.5%} and {@code 4.8万元} are
 * {@link Quantity quantities}; an actual that is no value — the target's expression copied ({@code ≥100%}), a
 * verdict ({@code 完成}) — keeps its text for the scoring engine and the validator to report.
 *
 * <pre>{@code
 * EvaluatedIndicator.of(Indicator.of(OUTPUT, QUANTITY, "培训人次", "≥200人次").withWeightText("10"),
 *     "180人次", "9")
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class EvaluatedIndicator implements WithEvaluatedIndicator {

  /** The indicator as set: category, name, 指标值 and 分值 (its weight). */
  @Value.Default
  public Indicator indicator() {
    return Indicator.builder().build();
  }

  /** 实际完成值, parsed by the target-value grammar, its text kept. */
  @Value.Default
  public TargetValue actual() {
    return TargetValue.blank();
  }

  /** The 得分 cell as written ({@code 9.5}, {@code ９}); empty when it was left blank. */
  public abstract Optional<String> scoreText();

  /** 偏差原因分析及改进措施; empty when it was left blank. */
  public abstract Optional<String> deviation();

  /** 得分 as a number ({@code 7}, {@code 7分}); empty when the cell is blank or holds none. */
  @Value.Lazy
  public Optional<BigDecimal> score() {
    return scoreText().map(Points::parseOrNull);
  }

  /** 分值: the indicator's points, as its weight cell reads. */
  public Optional<BigDecimal> points() {
    return indicator().weight();
  }

  /**
   * This row with 分值 set as written ({@code 15}): the points are the indicator's weight cell, which a target
   * table often leaves blank and the self-evaluation fills in.
   */
  public EvaluatedIndicator withPoints(String text) {
    return withIndicator(indicator().withWeightText(text));
  }

  /** A row from the indicator as set, the 实际完成值 as written and the 得分 as written. */
  public static EvaluatedIndicator of(Indicator indicator, String actual, String score) {
    return builder().indicator(indicator).actual(actual).scoreText(score).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link EvaluatedIndicator}. */
  public static final class Builder extends ImmutableEvaluatedIndicator.Builder {
    Builder() {}

    /** Sets the 实际完成值 cell from its text, parsed by {@link TargetValue#parse}. */
    public Builder actual(String text) {
      return actual(TargetValue.parse(text));
    }
  }
}
