package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.validation.Rule;
import io.github.jixiao.validation.TableTemplate;
import io.github.jixiao.validation.ValidationPolicy;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  /** The template whose cells the table is held to, the policy's or the one inferred. */
  final TableTemplate template;
  /** Whether the template was inferred rather than stated by the policy. */
  final boolean templateInferred;
  private final FindingSink sink;
  /**
   * The rows checked so far, by name without spaces: the duplicate-row rule compares a row with the earlier
   * rows of the same name only, so that a table of 1,200 rows is not 720,000 comparisons.
   */
  private final Map<String, List<Integer>> rowsByName = new HashMap<>();
  /** Whether the table has a 指标值确定依据 column; null until first asked. */
  private Boolean basisColumn;

  TableScope(ProjectTargetTable table, int index, Optional<Year> fiscalYear, Optional<BudgetUnit> unit,
      ValidationPolicy policy, IndicatorFramework framework, boolean frameworkInferred, TableTemplate template,
      boolean templateInferred, FindingSink sink) {
    this.table = table;
    this.index = index;
    this.fiscalYear = fiscalYear;
    this.unit = unit;
    this.policy = policy;
    this.framework = framework;
    this.frameworkInferred = frameworkInferred;
    this.template = template;
    this.templateInferred = templateInferred;
    this.sink = sink;
  }

  /**
   * Whether the table's layout has {@code cell}: the template has it, or the table holds it (a cell that was
   * read blank is there). A row cell is there when any row holds it: a table built without bases has no
   * 指标值确定依据 column whatever its template. A cell the reader found the layout lacks (a sheet without a
   * 其他资金 column) is not there, unless the policy states a template that requires it.
   */
  boolean has(TableField cell) {
    if (table.isAbsent(cell)) {
      return !templateInferred && template.has(cell);
    }
    return switch (cell) {
      case BASIS -> hasBasisColumn();
      case PROJECT_CODE -> template.has(cell) || table.projectCode().isPresent();
      case SPENDING_PLAN -> template.has(cell) || !table.spendingPlan().isEmpty();
      case OTHER_FUNDS -> table.budget().otherFundsCell().isPresent()
          || template.has(cell) && table.budget().fiscalFundsCell().isPresent();
      default -> template.has(cell);
    };
  }

  /** Whether some row holds a basis; looked at once per table, since every blank basis asks. */
  private boolean hasBasisColumn() {
    if (basisColumn == null) {
      basisColumn = table.indicators().stream().anyMatch(i -> i.basis().isPresent());
    }
    return basisColumn;
  }

  /** The earlier rows whose name without spaces is {@code key}, in order; then adds {@code row} to them. */
  List<Integer> earlierRowsNamed(String key, int row) {
    List<Integer> rows = rowsByName.computeIfAbsent(key, k -> new ArrayList<>(1));
    List<Integer> earlier = List.copyOf(rows);
    rows.add(row);
    return earlier;
  }

  /** A finding about the table as a whole or one of its table-level cells. */
  void report(Rule rule, TableField field, String detail, String value, Object... arguments) {
    CellAddress cell = CellAddress.of(index, field);
    add(rule, detail == null ? cell : cell.withDetail(detail), value, arguments);
  }

  /** A finding about a cell of indicator row {@code row}. */
  void reportRow(Rule rule, int row, TableField field, String value, Object... arguments) {
    add(rule, CellAddress.of(index, row, field), value, arguments);
  }

  private void add(Rule rule, CellAddress address, String value, Object... arguments) {
    if (!policy.isEnabled(rule)) {
      return;
    }
    String[] text = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      text[i] = String.valueOf(arguments[i]);
    }
    sink.add(rule, address, Optional.ofNullable(value), List.of(text));
  }
}
