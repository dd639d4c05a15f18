package io.github.jixiao.core;

import static io.github.jixiao.core.IndicatorCategory.BENEFIT;
import static io.github.jixiao.core.IndicatorCategory.OUTPUT;
import static io.github.jixiao.core.IndicatorCategory.SATISFACTION;

import static io.github.jixiao.core.IndicatorSubcategory.ECOLOGICAL_BENEFIT;
import static io.github.jixiao.core.IndicatorSubcategory.ECONOMIC_BENEFIT;
import static io.github.jixiao.core.IndicatorSubcategory.ECONOMIC_COST;
import static io.github.jixiao.core.IndicatorSubcategory.ENVIRONMENTAL_COST;
import static io.github.jixiao.core.IndicatorSubcategory.QUALITY;
import static io.github.jixiao.core.IndicatorSubcategory.QUANTITY;
import static io.github.jixiao.core.IndicatorSubcategory.SERVICE_RECIPIENT_SATISFACTION;
import static io.github.jixiao.core.IndicatorSubcategory.SOCIAL_BENEFIT;
import static io.github.jixiao.core.IndicatorSubcategory.SOCIAL_COST;
import static io.github.jixiao.core.IndicatorSubcategory.SUSTAINABLE_IMPACT;
import static io.github.jixiao.core.IndicatorSubcategory.TIMELINESS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The official tree of indicator categories and sub-categories (指标体系) that a table follows.
 */
public enum IndicatorFramework {
  /**
   * The classic tree (most local tables): 产出指标 {数量, 质量, 时效, 成本} · 效益指标 {经济效益, 社会效益, 生态效益,
   * 可持续影响} · 满意度指标 {服务对象满意度}.
   */
  CLASSIC("传统指标体系", tree(
      branch(OUTPUT, QUANTITY, QUALITY, TIMELINESS, IndicatorSubcategory.COST),
      branch(BENEFIT, ECONOMIC_BENEFIT, SOCIAL_BENEFIT, ECOLOGICAL_BENEFIT, SUSTAINABLE_IMPACT),
      branch(SATISFACTION, SERVICE_RECIPIENT_SATISFACTION))),

  /**
   * The 2021 core-indicator tree (财政部 财预〔2021〕101号): 成本指标 {经济成本, 社会成本, 生态环境成本} · 产出指标 {数量,
   * 质量, 时效} · 效益指标 {经济效益, 社会效益, 生态效益, 可持续影响} · 满意度指标 {服务对象满意度}.
   */
  CORE_2021("2021年共性指标体系", tree(
      branch(IndicatorCategory.COST, ECONOMIC_COST, SOCIAL_COST, ENVIRONMENTAL_COST),
      branch(OUTPUT, QUANTITY, QUALITY, TIMELINESS),
      branch(BENEFIT, ECONOMIC_BENEFIT, SOCIAL_BENEFIT, ECOLOGICAL_BENEFIT, SUSTAINABLE_IMPACT),
      branch(SATISFACTION, SERVICE_RECIPIENT_SATISFACTION))),

  /**
   * The tree of the national development-and-reform work-relief project table (以工代赈): 实施效果指标 {产出, 效益,
   * 满意度} · 过程管理指标 {计划管理, 资金管理, 项目管理, 监督检查}.
   */
  WORK_RELIEF("以工代赈项目指标体系", tree(
      branch(IndicatorCategory.IMPLEMENTATION_EFFECT, IndicatorSubcategory.OUTPUT, IndicatorSubcategory.BENEFIT,
          IndicatorSubcategory.SATISFACTION),
      branch(IndicatorCategory.PROCESS_MANAGEMENT, IndicatorSubcategory.PLAN_MANAGEMENT,
          IndicatorSubcategory.FUND_MANAGEMENT, IndicatorSubcategory.PROJECT_MANAGEMENT,
          IndicatorSubcategory.SUPERVISION)));

  private final String label;
  private final Map<IndicatorCategory, Set<IndicatorSubcategory>> tree;

  IndicatorFramework(String label, Map<IndicatorCategory, Set<IndicatorSubcategory>> tree) {
    this.label = label;
    this.tree = tree;
  }

  public String label() {
    return label;
  }

  /** The categories of this framework, in the order the templates list them. */
  public List<IndicatorCategory> categories() {
    return List.copyOf(tree.keySet());
  }

  /** The sub-categories under {@code category}; empty when the category is not part of this framework. */
  public Set<IndicatorSubcategory> subcategoriesOf(IndicatorCategory category) {
    Set<IndicatorSubcategory> subs = tree.get(category);
    return subs == null ? Set.of() : Set.copyOf(subs);
  }

  /** Whether {@code subcategory} belongs to {@code category} in this framework. */
  public boolean allows(IndicatorCategory category, IndicatorSubcategory subcategory) {
    Set<IndicatorSubcategory> subs = tree.get(category);
    return subs != null && subs.contains(subcategory);
  }

  /** The category that {@code subcategory} belongs to in this framework, if any. */
  public Optional<IndicatorCategory> categoryOf(IndicatorSubcategory subcategory) {
    return tree.entrySet().stream().filter(e -> e.getValue().contains(subcategory))
        .map(Map.Entry::getKey).findFirst();
  }

  /**
   * Reads the enum name, the Chinese label, or the short forms {@code classic}, {@code core2021} and
   * {@code workrelief}.
   */
  public static Optional<IndicatorFramework> parse(String text) {
    String t = text.strip();
    for (IndicatorFramework f : values()) {
      if (f.name().equalsIgnoreCase(t) || f.label.equals(t)
          || f.name().replace("_", "").equalsIgnoreCase(t)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  @SafeVarargs
  private static Map<IndicatorCategory, Set<IndicatorSubcategory>> tree(
      Map.Entry<IndicatorCategory, Set<IndicatorSubcategory>>... branches) {
    Map<IndicatorCategory, Set<IndicatorSubcategory>> m = new LinkedHashMap<>();
    for (Map.Entry<IndicatorCategory, Set<IndicatorSubcategory>> b : branches) {
      m.put(b.getKey(), Collections.unmodifiableSet(b.getValue()));
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map.Entry<IndicatorCategory, Set<IndicatorSubcategory>> branch(
      IndicatorCategory category, IndicatorSubcategory... subcategories) {
    return Map.entry(category, EnumSet.copyOf(List.of(subcategories)));
  }
}
