package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.Field;
import io.github.jixiao.validation.Rule;
import io.github.jixiao.validation.ValidationPolicy;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One table under validation, with what the rules need around it: its position, the fiscal year and unit
 * (the table's own, else the document's), the framework it is held to, and where findings go.
 */
final class TableScope {
  final ProjectTargetTable table;
  final int index;
  final Optional<Year> fiscalYear;
  final Optional<BudgetUnit> unit;
  final ValidationPolicy policy;
  final IndicatorFramework framework;
  /** Whether the framework was inferred from the rows rather than stated or imposed. */
  final boolean frameworkInferred;
  private final FindingSink sink;
  /**
   * The rows checked so far, by name without spaces: the duplicate-row rule compares a row with the earlier
   * rows of the same name only, so that a table of 1,200 rows is not 720,000 comparisons.
   */
  private final Map<String, List<Integer>> rowsByName = new HashMap<>();

  TableScope(ProjectTargetTable table, int index, Optional<Year> fiscalYear, Optional<BudgetUnit> unit,
      ValidationPolicy policy, IndicatorFramework framework, boolean frameworkInferred, FindingSink sink) {
    this.table = table;
    this.index = index;
    this.fiscalYear = fiscalYear;
    this.unit = unit;
    this.policy = policy;
    this.framework = framework;
    this.frameworkInferred = frameworkInferred;
    this.sink = sink;
  }

  /** The earlier rows whose name without spaces is {@code key}, in order; then adds {@code row} to them. */
  List<Integer> earlierRowsNamed(String key, int row) {
    List<Integer> rows = rowsByName.computeIfAbsent(key, k -> new ArrayList<>(1));
    List<Integer> earlier = List.copyOf(rows);
    rows.add(row);
    return earlier;
  }

  /** A finding about the table as a whole or one of its table-level cells. */
  void report(Rule rule, Field field, String detail, String value, Object... arguments) {
    add(rule, OptionalInt.empty(), field, detail, value, arguments);
  }

  /** A finding about a cell of indicator row {@code row}. */
  void reportRow(Rule rule, int row, Field field, String value, Object... arguments) {
    add(rule, OptionalInt.of(row), field, null, value, arguments);
  }

  private void add(Rule rule, OptionalInt row, Field field, String detail, String value, Object... arguments) {
    if (!policy.isEnabled(rule)) {
      return;
    }
    String[] text = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      text[i] = String.valueOf(arguments[i]);
    }
    sink.add(rule, index, row, field, Optional.ofNullable(detail), Optional.ofNullable(value), List.of(text));
  }
}
