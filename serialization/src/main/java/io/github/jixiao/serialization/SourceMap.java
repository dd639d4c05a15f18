package io.github.jixiao.serialization;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each part of a read value came from (来源映射): the lines or rows of table {@code i}, of its indicator
 * {@code j}, and the place of one cell, named by the field names that validation findings use ({@code unitCode,
 * unitName, projectCode, projectName, budget, fiscalFunds, otherFunds, fundUse, spendingPlan, goals, category,
 * subcategory, name, description, target, basis, comparison, unitOfMeasure, direction, weight}).
 *
 * <p>It lives beside the value in a {@link ReadResult}, never inside the model, so that two tables read from
 * different files are still equal when their content is. Tables and indicators are 0-based positions.
 *
 * <pre>{@code
 * result.sourceMap().flatMap(m -> m.locate(0, 3, "target"))   // sheet.csv row 14 column 指标值
 * }</pre>
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());

  private final Map<String, SourceSpan> spans;
  private final Map<String, SourceLocation> cells;

  private SourceMap(Map<String, SourceSpan> spans, Map<String, SourceLocation> cells) {
    this.spans = Map.copyOf(spans);
    this.cells = Map.copyOf(cells);
  }

  /** A map that knows nothing. */
  public static SourceMap empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The lines or rows table {@code table} was read from. */
  public Optional<SourceSpan> table(int table) {
    return Optional.ofNullable(spans.get(tableKey(table)));
  }

  /** The lines or row indicator {@code indicator} of table {@code table} was read from. */
  public Optional<SourceSpan> indicator(int table, int indicator) {
    return Optional.ofNullable(spans.get(indicatorKey(table, indicator)));
  }

  /** Where a table-level cell ({@code budget}, {@code projectCode}, …) was read. */
  public Optional<SourceLocation> cell(int table, String field) {
    return Optional.ofNullable(cells.get(tableKey(table) + "." + field));
  }

  /** Where a cell of an indicator row ({@code target}, {@code name}, …) was read. */
  public Optional<SourceLocation> cell(int table, int indicator, String field) {
    return Optional.ofNullable(cells.get(indicatorKey(table, indicator) + "." + field));
  }

  /**
   * The most precise place known for a finding: the cell if it was read, else the start of the indicator's
   * row, else the start of the table. {@code indicator} is null for a table-level finding.
   */
  public Optional<SourceLocation> locate(int table, Integer indicator, String field) {
    Optional<SourceLocation> cell = indicator == null ? cell(table, field) : cell(table, indicator, field);
    if (cell.isPresent()) {
      return cell;
    }
    Optional<SourceSpan> span = indicator == null ? Optional.empty() : indicator(table, indicator);
    return span.or(() -> table(table)).map(SourceSpan::start);
  }

  public boolean isEmpty() {
    return spans.isEmpty() && cells.isEmpty();
  }

  private static String tableKey(int table) {
    return "tables[" + table + "]";
  }

  private static String indicatorKey(int table, int indicator) {
    return tableKey(table) + ".indicators[" + indicator + "]";
  }

  /** Collects the places while a reader reads; not thread-safe, one per read. */
  public static final class Builder {
    private final Map<String, SourceSpan> spans = new HashMap<>();
    private final Map<String, SourceLocation> cells = new HashMap<>();

    private Builder() {}

    public Builder table(int table, SourceSpan span) {
      spans.put(tableKey(table), Objects.requireNonNull(span, "span"));
      return this;
    }

    public Builder indicator(int table, int indicator, SourceSpan span) {
      spans.put(indicatorKey(table, indicator), Objects.requireNonNull(span, "span"));
      return this;
    }

    public Builder cell(int table, String field, SourceLocation location) {
      cells.put(tableKey(table) + "." + field, Objects.requireNonNull(location, "location"));
      return this;
    }

    public Builder cell(int table, int indicator, String field, SourceLocation location) {
      cells.put(indicatorKey(table, indicator) + "." + field, Objects.requireNonNull(location, "location"));
      return this;
    }

    public SourceMap build() {
      return new SourceMap(spans, cells);
    }
  }
}
