package io.github.jixiao.cli;

import java.util.Map;

/**
 * The published column header of each cell a finding names (栏目名称): {@code otherFunds} is 其他资金,
 * {@code unitOfMeasure} is 度量单位. A Chinese report shows these, as the officer's own table does; the JSON
 * report keeps the field ids.
 */
final class ColumnHeaders {
  private static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("unitCode", "单位编码"),
      Map.entry("unitName", "预算单位"),
      Map.entry("projectCode", "项目编码"),
      Map.entry("projectName", "项目名称"),
      Map.entry("budget", "预算数"),
      Map.entry("fiscalFunds", "财政资金"),
      Map.entry("otherFunds", "其他资金"),
      Map.entry("fundUse", "资金用途"),
      Map.entry("spendingPlan", "资金支出计划"),
      Map.entry("goals", "绩效目标"),
      Map.entry("category", "一级指标"),
      Map.entry("subcategory", "二级指标"),
      Map.entry("name", "三级指标"),
      Map.entry("description", "绩效指标描述"),
      Map.entry("target", "指标值"),
      Map.entry("basis", "指标值确定依据"),
      Map.entry("comparison", "指标性质"),
      Map.entry("unitOfMeasure", "度量单位"),
      Map.entry("direction", "指标方向"),
      Map.entry("weight", "权重"),
      Map.entry("table", "整表"));

  private ColumnHeaders() {}

  /** The header of the field with wire id {@code id}; the id itself for a field this list does not know. */
  static String of(String id) {
    return HEADERS.getOrDefault(id, id);
  }
}
