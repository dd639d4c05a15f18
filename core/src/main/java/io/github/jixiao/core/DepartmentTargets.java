package io.github.jixiao.core;

import org.immutables.value.Value;

/**
 * The department-wide targets (部门整体绩效目标), Part 1 of a published document: overall goals
 * (总体绩效目标, in some documents split into 总体目标 and 工作重点 — the latter are the key tasks), itemised
 * goals (分项绩效目标) and safeguard measures (工作保障措施).
 */
@Value.Immutable
@ModelStyle
public abstract class DepartmentTargets implements WithDepartmentTargets {
  private static final DepartmentTargets EMPTY = builder().build();

  /** 总体绩效目标 / 总体目标. */
  @Value.Default
  public TargetSection overallGoals() {
    return TargetSection.empty();
  }

  /** 工作重点: key tasks, each with a short title. */
  @Value.Default
  public TargetSection keyTasks() {
    return TargetSection.empty();
  }

  /** 分项绩效目标. */
  @Value.Default
  public TargetSection itemisedGoals() {
    return TargetSection.empty();
  }

  /** 工作保障措施. */
  @Value.Default
  public TargetSection safeguardMeasures() {
    return TargetSection.empty();
  }

  public static DepartmentTargets empty() {
    return EMPTY;
  }

  public boolean isEmpty() {
    return overallGoals().isEmpty() && keyTasks().isEmpty() && itemisedGoals().isEmpty()
        && safeguardMeasures().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link DepartmentTargets}. */
  public static final class Builder extends ImmutableDepartmentTargets.Builder {
    Builder() {}
  }
}
