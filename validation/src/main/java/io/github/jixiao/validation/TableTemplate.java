package io.github.jixiao.validation;

import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.TableField;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The template (表样) a target table follows: which cells its layout has and which indicator framework its
 * rows use. A rule that requires a cell fires only where the template has that cell, so that a table is not
 * told it lacks what its own template never asked for. {@link ValidationPolicy#forTemplate} states one;
 * otherwise the validator infers it from the table.
 */
public enum TableTemplate {
  /** The classic national project table (财预〔2020〕10号): amounts with 其他资金, the classic tree. */
  CLASSIC_2020("项目支出绩效目标表（财预〔2020〕10号）", IndicatorFramework.CLASSIC, false,
      TableField.UNIT_NAME, TableField.PROJECT_NAME, TableField.BUDGET, TableField.OTHER_FUNDS, TableField.GOALS),
  /** The national table on the 2021 core-indicator framework (财预〔2021〕101号), with 成本指标 as a category. */
  CORE_2021("项目支出绩效目标表（财预〔2021〕101号）", IndicatorFramework.CORE_2021, false,
      TableField.UNIT_NAME, TableField.PROJECT_NAME, TableField.BUDGET, TableField.OTHER_FUNDS, TableField.GOALS),
  /** A department-wide table (部门整体绩效目标表): a 3-digit department code, no project and no project amounts. */
  DEPARTMENT_WIDE("部门整体绩效目标表", IndicatorFramework.CLASSIC, true, TableField.UNIT_NAME, TableField.GOALS),
  /** A self-evaluation form (绩效自评表) whose 一级 cells carry their points, such as 产出指标(50分). */
  SELF_EVALUATION("绩效自评表（带分值）", IndicatorFramework.CLASSIC, true,
      TableField.UNIT_NAME, TableField.PROJECT_NAME, TableField.BUDGET, TableField.GOALS),
  /** The development-and-reform work-relief project table (以工代赈): 实施效果指标 and 过程管理指标. */
  WORK_RELIEF("以工代赈项目绩效目标表", IndicatorFramework.WORK_RELIEF, true,
      TableField.UNIT_NAME, TableField.PROJECT_NAME, TableField.BUDGET, TableField.GOALS),
  /**
   * A province's table with a spending plan (资金支出计划), such as Hebei's with 3/6/10/12月底: project code,
   * 其他资金, the plan, and a basis (指标值确定依据) for each row.
   */
  SPENDING_PLAN("含资金支出计划的省级项目绩效目标表", IndicatorFramework.CLASSIC, false,
      TableField.UNIT_NAME, TableField.PROJECT_CODE, TableField.PROJECT_NAME, TableField.BUDGET, TableField.OTHER_FUNDS, TableField.SPENDING_PLAN,
      TableField.GOALS, TableField.BASIS);

  private final String label;
  private final IndicatorFramework framework;
  private final boolean reportedWhenInferred;
  private final Set<TableField> cells;

  TableTemplate(String label, IndicatorFramework framework, boolean reportedWhenInferred, TableField first,
      TableField... rest) {
    this.label = label;
    this.framework = framework;
    this.reportedWhenInferred = reportedWhenInferred;
    this.cells = EnumSet.of(first, rest);
  }

  /** The Chinese name of the template. */
  public String label() {
    return label;
  }

  /** The indicator framework the template's rows follow (a table may state another). */
  public IndicatorFramework framework() {
    return framework;
  }

  /** Whether the template's layout has {@code cell}, e.g. {@link TableField#SPENDING_PLAN}. */
  public boolean has(TableField cell) {
    return cells.contains(cell);
  }

  /**
   * Whether inferring this template changes which rules apply, so that the inference is worth an info:
   * the department-wide, self-evaluation and work-relief templates lack cells the others require.
   */
  public boolean isReportedWhenInferred() {
    return reportedWhenInferred;
  }

  /** Reads the enum name or its short form ({@code department-wide}, {@code spending-plan}, …). */
  public static Optional<TableTemplate> parse(String text) {
    String t = text.strip().replace('-', '_');
    for (TableTemplate template : values()) {
      if (template.name().equalsIgnoreCase(t) || template.name().replace("_", "").equalsIgnoreCase(t)) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }
}
