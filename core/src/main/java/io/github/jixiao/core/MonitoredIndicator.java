package io.github.jixiao.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One indicator row of a monitoring table (运行监控表的指标行): the indicator as its target table set it, its
 * progress by the end of the period (截至监控期实际完成值), the value expected by the year's end
 * (全年预计完成值), and where they fall short, the reason (偏差原因分析) and the correction (纠偏措施).
 *
 * <p>Progress and expectation are read by the target-value grammar, their text kept.
 */
@Value.Immutable
@ModelStyle
public abstract class MonitoredIndicator implements WithMonitoredIndicator {

  /** The indicator as set: category, name, 指标值. */
  @Value.Default
  public Indicator indicator() {
    return Indicator.builder().build();
  }

  /** 截至监控期实际完成值, parsed, its text kept. */
  @Value.Default
  public TargetValue progress() {
    return TargetValue.blank();
  }

  /** 全年预计完成值, parsed, its text kept. */
  @Value.Default
  public TargetValue expected() {
    return TargetValue.blank();
  }

  /** 偏差原因分析; empty when it was left blank. */
  public abstract Optional<String> deviation();

  /** 纠偏措施; empty when it was left blank. */
  public abstract Optional<String> correction();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MonitoredIndicator}. */
  public static final class Builder extends ImmutableMonitoredIndicator.Builder {
    Builder() {}

    /** Sets the progress cell from its text, parsed by {@link TargetValue#parse}. */
    public Builder progress(String text) {
      return progress(TargetValue.parse(text));
    }

    /** Sets the year-end expectation from its text, parsed by {@link TargetValue#parse}. */
    public Builder expected(String text) {
      return expected(TargetValue.parse(text));
    }
  }
}
