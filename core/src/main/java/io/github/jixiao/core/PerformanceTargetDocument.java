package io.github.jixiao.core;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget unit's published performance targets (预算绩效目标): Part 1, the department-wide targets
 * (部门整体绩效目标), and Part 2, one project target table per budget project (预算项目绩效目标).
 */
@Value.Immutable
@ModelStyle
public abstract class PerformanceTargetDocument implements WithPerformanceTargetDocument {
  public abstract Optional<Year> fiscalYear();

  public abstract Optional<BudgetUnit> unit();

  /** Part 1: 部门整体绩效目标. */
  @Value.Default
  public DepartmentTargets overview() {
    return DepartmentTargets.empty();
  }

  /** Part 2: the project target tables, in published order. */
  public abstract List<ProjectTargetTable> tables();

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link PerformanceTargetDocument}. */
  public static final class Builder extends ImmutablePerformanceTargetDocument.Builder {
    Builder() {}

    public Builder fiscalYear(int year) {
      return fiscalYear(Year.of(year));
    }
  }
}
