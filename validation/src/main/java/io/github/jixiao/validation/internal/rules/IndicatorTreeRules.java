package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.validation.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The indicator tree (一级 / 二级指标): each sub-category under its category in the table's framework, the
 * framework's categories present, satisfaction indicators under 满意度指标, and the framework inferred from
 * the rows when the table does not state it.
 */
final class IndicatorTreeRules {
  private static final Set<IndicatorSubcategory> CORE_2021_ONLY = EnumSet.of(IndicatorSubcategory.ECONOMIC_COST,
      IndicatorSubcategory.SOCIAL_COST, IndicatorSubcategory.ENVIRONMENTAL_COST);

  /** 满意: what every satisfaction indicator's name or description speaks of. */
  private static final String SATISFIED = "满意";

  private IndicatorTreeRules() {}

  /**
   * The framework that the rows follow: the work-relief tree when a row has 实施效果指标 or 过程管理指标 as its
   * category, the 2021 core-indicator tree when a row has 成本指标 as its category or one of that tree's cost
   * sub-categories, else the classic tree, which most tables follow.
   */
  static IndicatorFramework infer(ProjectTargetTable table) {
    for (Indicator i : table.indicators()) {
      if (i.category().filter(IndicatorFramework.WORK_RELIEF.categories()::contains).isPresent()) {
        return IndicatorFramework.WORK_RELIEF;
      }
    }
    for (Indicator i : table.indicators()) {
      if (i.category().filter(c -> c == IndicatorCategory.COST).isPresent()
          || i.subcategory().filter(CORE_2021_ONLY::contains).isPresent()) {
        return IndicatorFramework.CORE_2021;
      }
    }
    return IndicatorFramework.CLASSIC;
  }

  static void check(TableScope s) {
    if (s.frameworkInferred) {
      s.report(Rule.FRAMEWORK_INFERRED, TableField.TABLE, null, null, s.framework.name(), s.framework.label());
    }
    if (s.templateInferred && s.template.isReportedWhenInferred()) {
      s.report(Rule.TEMPLATE_INFERRED, TableField.TABLE, null, null, s.template.name(), s.template.label());
    }
    List<Indicator> rows = s.table.indicators();
    Set<IndicatorCategory> present = EnumSet.noneOf(IndicatorCategory.class);
    rows.forEach(i -> i.category().ifPresent(present::add));
    // A cut-off table lost its last rows, so an absent category may well have been there (JX-ROW-004 says so).
    // A row whose 一级 cell names no category may be the missing one, misspelt: that cell is reported (JX-TREE-002),
    // not the table as well. Likewise a satisfaction indicator filed elsewhere is reported where it sits (JX-TREE-007).
    boolean misspelt = rows.stream().anyMatch(i -> i.category().isEmpty() && !i.categoryLabel().isBlank());
    if (!rows.isEmpty() && s.table.complete() && !misspelt) {
      for (IndicatorCategory c : s.framework.categories()) {
        if (present.contains(c) || c == IndicatorCategory.SATISFACTION && rows.stream().anyMatch(
            i -> satisfactionOutside(i) != null)) {
          continue;
        }
        if (s.policy.requiredCategories().contains(c)) {
          s.report(Rule.REQUIRED_CATEGORY_MISSING, TableField.CATEGORY, c.label(), null, c.label());
        } else {
          s.report(Rule.CATEGORY_EMPTY, TableField.CATEGORY, c.label(), null, c.label());
        }
      }
    }
  }

  static void checkRow(TableScope s, int row, Indicator i) {
    Optional<IndicatorCategory> category = i.category();
    Optional<IndicatorSubcategory> sub = i.subcategory();
    if (category.isEmpty()) {
      s.reportRow(Rule.CATEGORY_UNKNOWN, row, TableField.CATEGORY, blankToNull(i.categoryLabel()), i.categoryLabel());
    }
    if (sub.isEmpty()) {
      s.reportRow(Rule.SUBCATEGORY_UNKNOWN, row, TableField.SUBCATEGORY, blankToNull(i.subcategoryLabel()),
          i.subcategoryLabel());
    }
    if (category.isPresent() && sub.isPresent() && !s.framework.allows(category.get(), sub.get())) {
      s.reportRow(Rule.SUBCATEGORY_OUTSIDE_CATEGORY, row, TableField.SUBCATEGORY, i.subcategoryLabel(),
          i.subcategoryLabel(), i.categoryLabel(), s.framework.name(), s.framework.label());
    }
    TableField outside = satisfactionOutside(i);
    if (outside != null) {
      s.reportRow(Rule.SATISFACTION_OUTSIDE_CATEGORY, row, outside,
          outside == TableField.NAME ? i.name() : i.description().orElseThrow(), i.name(), placement(i));
    }
  }

  /**
   * The cell that shows a satisfaction indicator filed outside 满意度指标 (or the work-relief tree's 满意度指标
   * sub-category), or null: the name says what is measured; failing that, the description
   * (调查中满意和较满意的人数) does.
   */
  private static TableField satisfactionOutside(Indicator i) {
    if (i.category().isEmpty() || i.category().get() == IndicatorCategory.SATISFACTION
        || i.subcategory().filter(sub -> sub == IndicatorSubcategory.SATISFACTION).isPresent()) {
      return null;
    }
    if (i.name().contains(SATISFIED)) {
      return TableField.NAME;
    }
    return i.description().filter(d -> d.contains(SATISFIED)).isPresent() ? TableField.DESCRIPTION : null;
  }

  /** Where the row sits, as written: {@code 效益指标 / 社会效益指标}; made only for a finding, not for every row. */
  private static String placement(Indicator i) {
    return i.categoryLabel() + (i.subcategoryLabel().isBlank() ? "" : " / " + i.subcategoryLabel());
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
