package io.github.jixiao.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first level of an indicator (一级指标).
 *
 * <p>{@link #COST} is a category only in the 2021 core-indicator framework; in the classic framework cost is
 * a sub-category of {@link #OUTPUT}.
 */
public enum IndicatorCategory {
  /** 成本指标 (2021 core-indicator framework). */
  COST("成本指标", "成本"),
  /** 产出指标. */
  OUTPUT("产出指标", "产出"),
  /** 效益指标. */
  BENEFIT("效益指标", "效益"),
  /** 满意度指标, also published as 社会公众或服务对象满意度指标. */
  SATISFACTION("满意度指标", "满意度", "社会公众或服务对象满意度指标", "服务对象满意度"),
  /** 实施效果指标 (the work-relief project table, 以工代赈). */
  IMPLEMENTATION_EFFECT("实施效果指标"),
  /** 过程管理指标 (the work-relief project table, 以工代赈). */
  PROCESS_MANAGEMENT("过程管理指标");

  private static final Map<String, IndicatorCategory> BY_KEY = new HashMap<>();

  static {
    for (IndicatorCategory c : values()) {
      BY_KEY.put(c.name(), c);
      for (String label : c.labels) {
        BY_KEY.put(Labels.key(label), c);
      }
    }
  }

  private final List<String> labels;

  IndicatorCategory(String label, String... variants) {
    this.labels = Labels.withVariants(label, variants);
  }

  /** The Chinese label as the national templates write it. */
  public String label() {
    return labels.get(0);
  }

  /** Every label accepted for this category, the standard one first. */
  public List<String> labels() {
    return labels;
  }

  /** Reads a published label or the enum's name; empty when the text names no category. */
  public static Optional<IndicatorCategory> parse(String label) {
    return Optional.ofNullable(BY_KEY.get(Labels.key(label)));
  }
}
