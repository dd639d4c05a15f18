package io.github.jixiao.validation.internal.rules;

import java.util.List;
import java.util.Set;

/**
 * Tells a qualitative target (定性指标值: 优良, 持续改善, 达到预期目标) from a name or an activity typed into
 * the value cell (组织培训班次, 开展科普等相关活动). A qualitative target grades or judges, so it carries a word
 * of judgement; a name does not.
 */
final class QualitativeTargets {
  /** Words that grade, judge or state an outcome. */
  private static final List<String> JUDGEMENTS = List.of(
      "优", "良", "好", "佳", "高", "强", "明显", "显著", "改善", "提升", "提高", "增强", "增加", "增长", "扩大",
      "减少", "降低", "下降", "达到", "达标", "合格", "符合", "满足", "稳定", "有效", "及时", "按时", "准时",
      "完成", "完善", "到位", "健全", "持续", "逐步", "预期", "规范", "安全", "正常", "充分", "全面", "落实",
      "促进", "保障", "确保", "推动", "无", "未发生", "杜绝", "零");
  /** Whole-cell answers of yes/no targets. */
  private static final Set<String> ANSWERS = Set.of("是", "否", "有", "达标", "合格");

  private QualitativeTargets() {}

  /** Whether {@code text}, a qualitative cell, states a target rather than naming something. */
  static boolean isJudgement(String text, String name, String description) {
    String t = text.strip();
    if (t.equals(name.strip()) || t.equals(description.strip())) {
      return false;
    }
    return ANSWERS.contains(t) || JUDGEMENTS.stream().anyMatch(t::contains);
  }
}
