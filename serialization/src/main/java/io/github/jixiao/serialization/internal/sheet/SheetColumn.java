package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.core.TableField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the indicator sheet, one per {@link TableField} the sheet carries: the header the writer
 * uses is the field's published label, followed by the variants published templates use; spending-plan
 * columns ({@code N月底}) are matched apart.
 */
public enum SheetColumn {
  UNIT_CODE(TableField.UNIT_CODE, "单位代码", "预算单位编码"),
  UNIT_NAME(TableField.UNIT_NAME, "预算单位", "实施单位"),
  FISCAL_YEAR(TableField.FISCAL_YEAR, "预算年度"),
  PROJECT_CODE(TableField.PROJECT_CODE, "项目代码"),
  PROJECT_NAME(TableField.PROJECT_NAME, "项目支出名称"),
  AMOUNT_UNIT(TableField.AMOUNT_UNIT, "单位"),
  BUDGET(TableField.BUDGET, "预算金额", "资金总额", "年度资金总额", "项目总预算"),
  FISCAL_FUNDS(TableField.FISCAL_FUNDS, "财政资金", "财政拨款", "其中：财政拨款"),
  OTHER_FUNDS(TableField.OTHER_FUNDS, "其中：其他资金"),
  FUND_USE(TableField.FUND_USE, "项目概况"),
  GOALS(TableField.GOALS, "年度目标", "年度绩效目标"),
  CATEGORY(TableField.CATEGORY),
  SUBCATEGORY(TableField.SUBCATEGORY, "二级绩效指标"),
  NAME(TableField.NAME, "三级指标名称", "指标名称"),
  DESCRIPTION(TableField.DESCRIPTION, "指标解释", "指标内容"),
  TARGET(TableField.TARGET, "目标值", "年度指标值", "指标值及单位", "年度指标值（A）"),
  BASIS(TableField.BASIS, "绩效标准", "取值依据"),
  COMPARISON(TableField.COMPARISON, "计算符号"),
  UNIT_OF_MEASURE(TableField.UNIT_OF_MEASURE, "计量单位"),
  DIRECTION(TableField.DIRECTION, "指标方向性"),
  WEIGHT(TableField.WEIGHT, "分值");

  private static final Map<String, SheetColumn> BY_KEY = new HashMap<>();

  static {
    for (SheetColumn c : values()) {
      for (String h : c.headers) {
        BY_KEY.put(key(h), c);
      }
    }
  }

  private final TableField field;
  private final List<String> headers;

  SheetColumn(TableField field, String... variants) {
    this.field = field;
    List<String> all = new ArrayList<>(List.of(field.term()));
    all.addAll(List.of(variants));
    this.headers = List.copyOf(all);
  }

  /** The cell the column holds, e.g. {@link TableField#TARGET}. */
  TableField field() {
    return field;
  }

  /** Whether the column holds a cell of an indicator row rather than of the table. */
  boolean isIndicatorCell() {
    return field.isIndicatorCell();
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
