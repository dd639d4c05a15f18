package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.TableTemplate;
import io.github.jixiao.validation.ValidationPolicy;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every rule family (校验规则) over a list of tables, table by table and row by row, in that order. It is the
 * one implementation behind both surfaces, the native report and Bean Validation; applications use those
 * rather than this class.
 */
public final class RuleRunner {
  private RuleRunner() {}

  /**
   * Checks {@code tables} under {@code policy}; a table without a fiscal year or unit takes the document's.
   * Findings reach {@code sink} table by table; within a table, table-level findings first, then each row's.
   */
  public static void check(List<ProjectTargetTable> tables, Optional<Year> documentYear,
      Optional<BudgetUnit> documentUnit, ValidationPolicy policy, FindingSink sink) {
    List<TableScope> scopes = new ArrayList<>(tables.size());
    for (int t = 0; t < tables.size(); t++) {
      ProjectTargetTable table = tables.get(t);
      Optional<IndicatorFramework> chosen = policy.framework().or(table::framework)
          .or(() -> policy.template().map(TableTemplate::framework));
      IndicatorFramework framework = chosen.orElseGet(() -> IndicatorTreeRules.infer(table));
      Optional<BudgetUnit> unit = table.unit().or(() -> documentUnit);
      TableTemplate template = policy.template()
          .orElseGet(() -> TemplateInference.infer(table, framework, unit));
      scopes.add(new TableScope(table, t, table.fiscalYear().or(() -> documentYear), unit, policy, framework,
          chosen.isEmpty(), template, policy.template().isEmpty(), sink));
    }
    for (TableScope s : scopes) {
      CodeRules.check(s);
      CodeRules.checkDivision(s, scopes);
      BudgetRules.check(s);
      SpendingPlanRules.check(s);
      IndicatorTreeRules.check(s);
      RowRules.checkTable(s);
      for (int row = 0; row < s.table.indicators().size(); row++) {
        Indicator indicator = s.table.indicators().get(row);
        IndicatorTreeRules.checkRow(s, row, indicator);
        TargetValueRules.checkRow(s, row, indicator);
        RowRules.checkRow(s, row, indicator);
        SplitColumnRules.checkRow(s, row, indicator);
      }
    }
  }
}
