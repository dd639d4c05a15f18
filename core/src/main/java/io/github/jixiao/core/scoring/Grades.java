package io.github.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The words a qualitative actual is graded by, and the verdicts that are no actual at all. */
final class Grades {
  /**
   * The national grades: the 优良中差 scale, and the three outcomes 财预〔2020〕10号 names for a qualitative
   * indicator (达成, 部分达成, 未达成), each at the top of its band so that a grade means what the table's
   * thresholds mean (90, 80, 60). See docs/scoring.md.
   */
  static final Map<String, BigDecimal> NATIONAL = national();

  /** Words that say whether a target was met without saying what was reached. */
  private static final Set<String> VERDICTS = Set.of("完成", "已完成", "全部完成", "按时完成", "基本完成", "未完成",
      "达标", "已达标", "未达标", "达到", "已达到", "未达到", "达到预期", "是", "否", "符合", "不符合", "合格", "不合格");

  private Grades() {}

  private static Map<String, BigDecimal> national() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    BigDecimal full = BigDecimal.ONE;
    BigDecimal good = new BigDecimal("0.8");
    BigDecimal fair = new BigDecimal("0.6");
    for (String w : new String[] {"优", "优秀", "达成年度指标", "全部达成"}) {
      m.put(w, full);
    }
    for (String w : new String[] {"良", "良好", "部分达成年度指标并具有一定效果", "部分达成"}) {
      m.put(w, good);
    }
    for (String w : new String[] {"中", "中等", "一般"}) {
      m.put(w, fair);
    }
    for (String w : new String[] {"差", "较差", "未达成年度指标且效果较差", "未达成"}) {
      m.put(w, BigDecimal.ZERO);
    }
    return Map.copyOf(m);
  }

  /** A word as looked up: without surrounding spaces and full-width spaces. */
  static String key(String word) {
    return word.replace('\u3000', ' ').strip();
  }

  static boolean isVerdict(String text) {
    return VERDICTS.contains(key(text));
  }
}
