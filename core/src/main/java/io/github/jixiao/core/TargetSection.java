package io.github.jixiao.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of the department targets (部门整体绩效目标), such as 总体绩效目标 or 工作保障措施: an optional
 * introductory paragraph and the numbered statements that follow it.
 */
@Value.Immutable
@ModelStyle
public abstract class TargetSection implements WithTargetSection {
  private static final TargetSection EMPTY = builder().build();

  public abstract Optional<String> introduction();

  public abstract List<TargetStatement> statements();

  public static TargetSection empty() {
    return EMPTY;
  }

  /** A section of untitled statements. */
  public static TargetSection of(String... statements) {
    Builder b = builder();
    for (String s : statements) {
      b.addStatement(TargetStatement.of(s));
    }
    return b.build();
  }

  public boolean isEmpty() {
    return introduction().isEmpty() && statements().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link TargetSection}. */
  public static final class Builder extends ImmutableTargetSection.Builder {
    Builder() {}
  }
}
