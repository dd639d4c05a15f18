package io.github.jixiao.office;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the form layout (表单标签): the labels of the header block and the cell each names, the labels
 * that only group others, the labels of cells the model does not keep, the title and the money-unit line, and
 * the headers that mark the indicator grid. Labels are compared without spaces, brackets, a {@code (%)}
 * suffix or a leading {@code *}, and with a full-width colon read as an ASCII one.
 */
final class FormLabels {
  private static final Map<String, TableField> FIELDS = new HashMap<>();
  /** Labels that head a group of other labels and hold no value of their own. */
  private static final Set<String> GROUPS = Set.of("项目资金", "资金支出计划", "项目资金万元", "资金情况", "绩效指标");
  /** Labels of cells published templates carry and the model has no place for. */
  private static final Set<String> NOT_KEPT = Set.of("主管部门", "项目负责人", "联系电话", "项目属性", "项目期限",
      "项目类型", "联系人");
  private static final Set<String> GRID_NAMES = Set.of("三级指标", "三级指标名称", "指标名称");
  private static final Set<String> GRID_TARGETS = Set.of("指标值", "年度指标值", "目标值", "指标值及单位", "年度指标值A");
  private static final Pattern MONTH = Pattern.compile("(1[0-2]|[1-9])月底");
  private static final Pattern UNIT = Pattern.compile("(?:金额)?单位[:：]\\s*(元|万元|亿元)");
  private static final Pattern TITLE_YEAR = Pattern.compile("\\s*(\\d{4})\\s*年.*");
  /** The national self-evaluation form's year under its title: {@code （2025年度）}. */
  private static final Pattern YEAR_LINE = Pattern.compile("[（(]\\s*(\\d{4})\\s*年度?\\s*[）)]");
  /**
   * The headers of a self-evaluation form's budget line (项目资金 block) and the cell each names; 分值 and 得分 are
   * the line's own there, not an indicator's.
   */
  private static final Map<String, SelfEvaluationField> BUDGET_LINE = new HashMap<>();
  /** The rows of the budget line's block under 年度资金总额, which the model does not keep. */
  private static final Set<String> BUDGET_LINE_ROWS = Set.of("其中:财政拨款", "财政拨款", "其中:当年财政拨款",
      "当年财政拨款", "上年结转资金", "其中:上年结转资金", "其他资金", "其中:其他资金", "其中:财政资金", "财政资金");
  /** The rows that close a self-evaluation form's table, after its grid, and the cell each gives. */
  private static final Map<String, SelfEvaluationField> CLOSING = new HashMap<>();

  static {
    put(TableField.PROJECT_NAME, "项目名称", "项目支出名称");
    put(TableField.PROJECT_CODE, "项目编码", "项目代码");
    put(TableField.UNIT_NAME, "预算单位", "实施单位", "单位名称", "申报单位");
    put(TableField.UNIT_CODE, "单位编码", "单位代码", "预算单位编码");
    put(TableField.FISCAL_YEAR, "预算年度", "年度");
    put(TableField.BUDGET, "年度资金总额", "资金总额", "预算数", "年度预算数", "项目总预算", "预算金额");
    put(TableField.FISCAL_FUNDS, "其中:财政拨款", "财政拨款", "其中:财政资金", "财政资金");
    put(TableField.OTHER_FUNDS, "其他资金", "其中:其他资金");
    put(TableField.FUND_USE, "资金用途", "项目概况");
    put(TableField.GOALS, "年度绩效目标", "绩效目标", "年度目标", "总体目标", "年度总体目标");
    for (String h : new String[] {"年初预算数", "全年预算数", "全年预算数A", "调整后预算数", "全年执行数", "全年执行数B",
        "执行率", "执行率B/A"}) {
      BUDGET_LINE.put(key(h), SelfEvaluationSheetReader.field(h).orElseThrow());
    }
    BUDGET_LINE.put(key("分值"), SelfEvaluationField.EXECUTION_WEIGHT);
    BUDGET_LINE.put(key("权重"), SelfEvaluationField.EXECUTION_WEIGHT);
    BUDGET_LINE.put(key("得分"), SelfEvaluationField.EXECUTION_SCORE);
    CLOSING.put(key("总分"), SelfEvaluationField.TOTAL_SCORE);
    CLOSING.put(key("自评等级"), SelfEvaluationField.GRADE);
    CLOSING.put(key("等级"), SelfEvaluationField.GRADE);
  }

  private FormLabels() {}

  private static void put(TableField field, String... labels) {
    for (String label : labels) {
      FIELDS.put(key(label), field);
    }
  }

  /** The cell a label of the header block names ({@code 年度资金总额} → {@link TableField#BUDGET}). */
  static Optional<TableField> field(String text) {
    return Optional.ofNullable(FIELDS.get(key(text)));
  }

  static boolean isGroup(String text) {
    return GROUPS.contains(key(text));
  }

  static boolean isNotKept(String text) {
    return NOT_KEPT.contains(key(text));
  }

  /** The month of a spending-plan label ({@code 3月底}, {@code 3月底（%）}); 0 when the text is none. */
  static int month(String text) {
    Matcher m = MONTH.matcher(key(text));
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The money unit a line such as {@code 单位：万元} states. */
  static Optional<AmountUnit> amountUnit(String text) {
    Matcher m = UNIT.matcher(text.strip());
    return m.matches() ? AmountUnit.parse(m.group(1)) : Optional.empty();
  }

  /**
   * Whether a row's only text is a form's title, such as {@code 2025年项目支出绩效目标表} or
   * {@code 2025年度项目支出绩效自评表}.
   */
  static boolean isTitle(String text) {
    String k = key(text);
    return (k.contains("绩效目标") || k.contains("自评")) && k.endsWith("表");
  }

  /** Whether a title names a self-evaluation table (项目支出绩效自评表). */
  static boolean isEvaluationTitle(String text) {
    return isTitle(text) && key(text).contains("自评");
  }

  /** The year of a line such as {@code （2025年度）} under a self-evaluation form's title. */
  static Optional<String> yearLine(String text) {
    Matcher m = YEAR_LINE.matcher(text.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The budget-line cell a header of the 项目资金 block names (年初预算数, 全年预算数（A）, 分值, 得分 …). */
  static Optional<SelfEvaluationField> budgetLine(String text) {
    return Optional.ofNullable(BUDGET_LINE.get(key(text)));
  }

  /** Whether a text labels a row of the 项目资金 block below 年度资金总额 (其中：财政拨款, 上年结转资金 …). */
  static boolean isBudgetLineRow(String text) {
    return BUDGET_LINE_ROWS.contains(key(text));
  }

  /** The cell a row closing a self-evaluation table gives: 总分 or 自评等级. */
  static Optional<SelfEvaluationField> closing(String text) {
    return Optional.ofNullable(CLOSING.get(key(text)));
  }

  /** A closing label and its value in one cell ({@code 自评等级：良}). */
  static Optional<String[]> closingLabelled(String text) {
    int colon = text.indexOf('：') >= 0 ? text.indexOf('：') : text.indexOf(':');
    if (colon <= 0 || closing(text.substring(0, colon)).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new String[] {text.substring(0, colon).strip(), text.substring(colon + 1).strip()});
  }

  /** Whether a text heads the goal block's outcome column (实际完成情况) beside 预期目标. */
  static boolean isOutcome(String text) {
    return key(text).equals("实际完成情况");
  }

  static boolean isExpectedGoal(String text) {
    return key(text).equals("预期目标");
  }

  /** The year a title begins with ({@code 2025年…}). */
  static Optional<String> titleYear(String text) {
    Matcher m = TITLE_YEAR.matcher(text);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * A label and its value in one cell ({@code 预算单位：712001…本级}): the label and the value, when the text
   * before the first colon is a label of the header block.
   */
  static Optional<String[]> labelled(String text) {
    int colon = text.indexOf('：') >= 0 ? text.indexOf('：') : text.indexOf(':');
    if (colon <= 0 || field(text.substring(0, colon)).isEmpty() || amountUnit(text).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new String[] {text.substring(0, colon).strip(), text.substring(colon + 1).strip()});
  }

  /** Whether a text is any word of the form, so that it is never taken for a value. */
  static boolean isLabel(String text) {
    return field(text).isPresent() || isGroup(text) || isNotKept(text) || month(text) > 0
        || amountUnit(text).isPresent() || closing(text).isPresent();
  }

  static boolean namesIndicator(String text) {
    return GRID_NAMES.contains(key(text));
  }

  static boolean namesTarget(String text) {
    return GRID_TARGETS.contains(key(text));
  }

  /** A label as compared. */
  static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '：') {
        c = ':';
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "()（）[]【】%％".indexOf(c) >= 0
          || c == '*' && out.length() == 0) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
