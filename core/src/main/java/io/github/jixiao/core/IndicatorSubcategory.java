package io.github.jixiao.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second level of an indicator (二级指标). Which category a sub-category belongs to depends on the
 * {@link IndicatorFramework}. Published labels with or without the trailing 指标 are both accepted.
 */
public enum IndicatorSubcategory {
  /** 数量指标. */
  QUANTITY("数量指标"),
  /** 质量指标. */
  QUALITY("质量指标"),
  /** 时效指标. */
  TIMELINESS("时效指标"),
  /** 成本指标: the classic framework's cost sub-category under 产出指标. */
  COST("成本指标"),
  /** 经济成本指标 (2021 core-indicator framework). */
  ECONOMIC_COST("经济成本指标"),
  /** 社会成本指标 (2021 core-indicator framework). */
  SOCIAL_COST("社会成本指标"),
  /** 生态环境成本指标 (2021 core-indicator framework). */
  ENVIRONMENTAL_COST("生态环境成本指标", "生态成本指标"),
  /** 经济效益指标. */
  ECONOMIC_BENEFIT("经济效益指标"),
  /** 社会效益指标. */
  SOCIAL_BENEFIT("社会效益指标"),
  /** 生态效益指标. */
  ECOLOGICAL_BENEFIT("生态效益指标", "环境效益指标"),
  /** 可持续影响指标. */
  SUSTAINABLE_IMPACT("可持续影响指标"),
  /** 服务对象满意度指标. */
  SERVICE_RECIPIENT_SATISFACTION(
      "服务对象满意度指标", "社会公众或服务对象满意度指标", "社会公众满意度指标", "受益对象满意度指标"),
  /** 产出指标 as a sub-category of 实施效果指标 (以工代赈). */
  OUTPUT("产出指标"),
  /** 效益指标 as a sub-category of 实施效果指标 (以工代赈). */
  BENEFIT("效益指标"),
  /** 满意度指标 as a sub-category of 实施效果指标 (以工代赈). */
  SATISFACTION("满意度指标"),
  /** 计划管理指标 (以工代赈). */
  PLAN_MANAGEMENT("计划管理指标"),
  /** 资金管理指标 (以工代赈). */
  FUND_MANAGEMENT("资金管理指标"),
  /** 项目管理指标 (以工代赈). */
  PROJECT_MANAGEMENT("项目管理指标"),
  /** 监督检查指标 (以工代赈). */
  SUPERVISION("监督检查指标");

  private static final String SUFFIX = "指标";
  private static final Map<String, IndicatorSubcategory> BY_KEY = new HashMap<>();

  static {
    for (IndicatorSubcategory s : values()) {
      BY_KEY.put(s.name(), s);
      for (String label : s.labels) {
        String key = Labels.key(label);
        BY_KEY.put(key, s);
        BY_KEY.put(key.substring(0, key.length() - SUFFIX.length()), s);
      }
    }
  }

  private final List<String> labels;

  IndicatorSubcategory(String label, String... variants) {
    this.labels = Labels.withVariants(label, variants);
  }

  /** The Chinese label as the national templates write it. */
  public String label() {
    return labels.get(0);
  }

  /** Every label accepted for this sub-category (each also without its trailing 指标), standard first. */
  public List<String> labels() {
    return labels;
  }

  /** Reads a published label or the enum's name; empty when the text names no sub-category. */
  public static Optional<IndicatorSubcategory> parse(String label) {
    return Optional.ofNullable(BY_KEY.get(Labels.key(label)));
  }
}
