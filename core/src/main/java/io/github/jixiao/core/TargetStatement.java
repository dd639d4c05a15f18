package io.github.jixiao.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One numbered statement of a department's targets (目标表述), with its short title when it has one:
 * key tasks such as {@code 从严治团。} followed by their paragraph.
 */
@Value.Immutable
@ModelStyle
public abstract class TargetStatement implements WithTargetStatement {
  public abstract Optional<String> title();

  public abstract String text();

  public static TargetStatement of(String text) {
    return builder().text(text).build();
  }

  public static TargetStatement of(String title, String text) {
    return builder().title(title).text(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link TargetStatement}. */
  public static final class Builder extends ImmutableTargetStatement.Builder {
    Builder() {}
  }
}
