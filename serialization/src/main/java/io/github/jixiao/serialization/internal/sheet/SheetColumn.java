package io.github.jixiao.serialization.internal.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the indicator sheet (docs/SHEET-FORMAT.md), each with the header the writer uses first and
 * the variants published templates use; spending-plan columns ({@code N月底}) are matched apart. The field is
 * the name validation findings and {@link io.github.jixiao.serialization.SourceMap} use.
 */
public enum SheetColumn {
  UNIT_CODE("unitCode", false, "单位编码", "单位代码", "预算单位编码"),
  UNIT_NAME("unitName", false, "单位名称", "预算单位", "实施单位"),
  FISCAL_YEAR("fiscalYear", false, "年度", "预算年度"),
  PROJECT_CODE("projectCode", false, "项目编码", "项目代码"),
  PROJECT_NAME("projectName", false, "项目名称", "项目支出名称"),
  AMOUNT_UNIT("amountUnit", false, "金额单位", "单位"),
  BUDGET("budget", false, "预算数", "预算金额", "资金总额", "项目总预算"),
  FISCAL_FUNDS("fiscalFunds", false, "其中：财政资金", "财政资金", "财政拨款"),
  OTHER_FUNDS("otherFunds", false, "其他资金", "其中：其他资金"),
  FUND_USE("fundUse", false, "资金用途", "项目概况"),
  GOALS("goals", false, "绩效目标", "年度目标", "年度绩效目标"),
  CATEGORY("category", true, "一级指标"),
  SUBCATEGORY("subcategory", true, "二级指标", "二级绩效指标"),
  NAME("name", true, "三级指标", "三级指标名称", "指标名称"),
  DESCRIPTION("description", true, "绩效指标描述", "指标解释", "指标内容"),
  TARGET("target", true, "指标值", "目标值", "年度指标值", "指标值及单位"),
  BASIS("basis", true, "指标值确定依据", "绩效标准", "取值依据"),
  COMPARISON("comparison", true, "指标性质", "计算符号"),
  UNIT_OF_MEASURE("unitOfMeasure", true, "度量单位", "计量单位"),
  DIRECTION("direction", true, "指标方向", "指标方向性"),
  WEIGHT("weight", true, "权重", "分值");

  private static final Map<String, SheetColumn> BY_KEY = new HashMap<>();

  static {
    for (SheetColumn c : values()) {
      for (String h : c.headers) {
        BY_KEY.put(key(h), c);
      }
    }
  }

  private final String field;
  private final boolean indicatorCell;
  private final List<String> headers;

  SheetColumn(String field, boolean indicatorCell, String... headers) {
    this.field = field;
    this.indicatorCell = indicatorCell;
    this.headers = List.of(headers);
  }

  /** The finding field name, e.g. {@code target}. */
  String field() {
    return field;
  }

  /** Whether the column holds a cell of an indicator row rather than of the table. */
  boolean isIndicatorCell() {
    return indicatorCell;
  }

  /** The header the writer writes. */
  public String header() {
    return headers.get(0);
  }

  static Optional<SheetColumn> of(String header) {
    return Optional.ofNullable(BY_KEY.get(key(header)));
  }

  /**
   * The month of a spending-plan header ({@code 3月底}, {@code 3月底（%）}), or 0 when the header is none.
   */
  static int monthOf(String header) {
    String k = key(header);
    if (k.endsWith("%")) {
      k = k.substring(0, k.length() - 1);
    }
    if (!k.endsWith("月底") || k.length() < 3 || k.length() > 4) {
      return 0;
    }
    String digits = k.substring(0, k.length() - 2);
    if (!digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return 0;
    }
    int month = Integer.parseInt(digits);
    return month >= 1 && month <= 12 ? month : 0;
  }

  /**
   * A header as compared: full-width forms folded to ASCII, spaces, brackets and a leading {@code *} removed.
   */
  static String key(String header) {
    StringBuilder out = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "()[]【】".indexOf(c) >= 0
          || c == '*' && out.length() == 0) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
