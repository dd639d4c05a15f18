package io.github.jixiao.serialization;

import java.util.List;
import java.util.Objects;

/**
 * What a reader produced (读取结果): the value, and the warnings it went past (unknown columns, an unknown
 * property in lenient mode, a table cut off). Nothing it passed over is dropped silently.
 *
 * @param <T> what was read: a table, a document, a list of tables
 */
public final class ReadResult<T> {
  private final T value;
  private final List<ReadProblem> warnings;

  private ReadResult(T value, List<ReadProblem> warnings) {
    this.value = Objects.requireNonNull(value, "value");
    this.warnings = List.copyOf(warnings);
  }

  public static <T> ReadResult<T> of(T value, List<ReadProblem> warnings) {
    return new ReadResult<>(value, warnings);
  }

  public T value() {
    return value;
  }

  public List<ReadProblem> warnings() {
    return warnings;
  }

  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }
}
