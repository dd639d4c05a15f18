package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.TableTemplate;
import java.util.Optional;

/**
 * Tells which template (表样) a table follows from what it holds, when the policy does not say: the
 * work-relief tree, points in the 一级 cells, a table without a project, a spending plan, the framework.
 */
final class TemplateInference {
  private TemplateInference() {}

  static TableTemplate infer(ProjectTargetTable table, IndicatorFramework framework, Optional<BudgetUnit> unit) {
    if (framework == IndicatorFramework.WORK_RELIEF) {
      return TableTemplate.WORK_RELIEF;
    }
    if (table.indicators().stream().anyMatch(TemplateInference::carriesPoints)) {
      return TableTemplate.SELF_EVALUATION;
    }
    boolean noProject = table.projectCode().map(String::isBlank).orElse(true)
        && table.projectName().map(String::isBlank).orElse(true);
    boolean departmentCode = unit.flatMap(BudgetUnit::code).filter(c -> c.matches("\\d{3}")).isPresent();
    if (noProject && (departmentCode || table.budget().totalCell().filter(c -> !c.isBlank()).isEmpty())) {
      return TableTemplate.DEPARTMENT_WIDE;
    }
    if (!table.spendingPlan().isEmpty()) {
      return TableTemplate.SPENDING_PLAN;
    }
    return framework == IndicatorFramework.CORE_2021 ? TableTemplate.CORE_2021 : TableTemplate.CLASSIC_2020;
  }

  /** Whether the 一级 cell carries its points, as self-evaluation forms print them: 产出指标(50分). */
  private static boolean carriesPoints(Indicator i) {
    String label = i.categoryLabel();
    int points = label.lastIndexOf('分');
    return points > 0 && i.category().isPresent() && label.chars().anyMatch(Character::isDigit);
  }
}
