package io.github.jixiao.validation.internal.rules;

import java.util.Set;

/**
 * Bare evaluative words (评价用语) such as 及时, 有效, 良好: they judge a target but set none, so in a
 * timeliness or quantity cell, where a time or a count belongs, they leave nothing to measure. Only a cell
 * that is such a word and nothing more counts: {@code 及时率≥95%} or {@code 2025年底前按时完成} set a target.
 */
final class EvaluativeWords {
  private static final Set<String> BARE = Set.of("及时", "有效", "良好", "较好", "好", "优", "优良", "优秀", "显著",
      "明显", "合格", "达标", "完成", "按时", "按时完成", "及时完成", "准时", "到位", "满意", "提高", "提升", "增加",
      "稳步提升", "有所提高", "有所提升", "高效", "快速", "尽快");

  private EvaluativeWords() {}

  static boolean isBare(String text) {
    String t = text.strip();
    if (t.endsWith("。")) {
      t = t.substring(0, t.length() - 1);
    }
    return BARE.contains(t);
  }
}
