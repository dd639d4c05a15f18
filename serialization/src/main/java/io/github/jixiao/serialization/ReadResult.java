package io.github.jixiao.serialization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader produced (读取结果): the value, and the warnings it went past (unknown columns, an unknown
 * property in lenient mode, a table cut off), with the infos that name a layout it recognised (a title row
 * above a sheet's header, a two-row header; {@link ReadProblem.Severity#INFO}). Nothing it passed over is
 * dropped silently. Readers that know
 * where each part came from add a {@link SourceMap} (sheets and published text do).
 *
 * @param <T> what was read: a table, a document, a list of tables
 */
public final class ReadResult<T> {
  private final T value;
  private final List<ReadProblem> warnings;
  private final SourceMap sourceMap;

  private ReadResult(T value, List<ReadProblem> warnings, SourceMap sourceMap) {
    this.value = Objects.requireNonNull(value, "value");
    this.warnings = List.copyOf(warnings);
    this.sourceMap = sourceMap;
  }

  public static <T> ReadResult<T> of(T value, List<ReadProblem> warnings) {
    return new ReadResult<>(value, warnings, null);
  }

  /** A result that also says where each table, indicator and cell was read. */
  public static <T> ReadResult<T> of(T value, List<ReadProblem> warnings, SourceMap sourceMap) {
    return new ReadResult<>(value, warnings, Objects.requireNonNull(sourceMap, "sourceMap"));
  }

  public T value() {
    return value;
  }

  public List<ReadProblem> warnings() {
    return warnings;
  }

  /** Where the parts of the value came from, when the reader keeps track. */
  public Optional<SourceMap> sourceMap() {
    return Optional.ofNullable(sourceMap);
  }

  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }
}
