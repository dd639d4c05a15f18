package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Whole numbers written in Chinese numerals (中文数字): {@code 二十二}, {@code 一百零五}, {@code 两千}. Only a
 * numeral followed by a counting word (量词) is read as a quantity, so that {@code 一流}, {@code 一次性} and
 * {@code 零事故} stay phrases. 万 and 亿 are left to the unit ({@code 五万元} is 5万元).
 */
final class ChineseNumerals {
  /** Counting words after which a numeral is a count: 二十二个, 三场, 两年. */
  static final Set<String> COUNTERS = Set.of("个", "人", "人次", "次", "项", "家", "所", "名", "场", "场次", "期",
      "批", "批次", "户", "篇", "件", "台", "套", "处", "座", "条", "本", "份", "张", "辆", "间", "亩", "公里", "米",
      "课时", "学时", "天", "日", "个工作日", "工作日", "个月", "月", "年", "小时", "周", "元", "万元", "万人", "万人次",
      "所学校", "支", "队", "类", "轮", "册");
  private static final String DIGITS = "零〇一二两三四五六七八九";
  private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
  /** How far in (spaces aside) a numeral may start: after a sign word such as 不少于. */
  private static final int NUMERAL_WITHIN = 6;

  private ChineseNumerals() {}

  /** Whether a numeral is among the first few characters of {@code raw}: a cheap test before any copy. */
  static boolean hasNumeralStart(String raw) {
    int seen = 0;
    for (int i = 0; i < raw.length() && seen < NUMERAL_WITHIN; i++) {
      char c = raw.charAt(i);
      if (isNumeral(c)) {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        seen++;
      }
    }
    return false;
  }

  static boolean isNumeral(char c) {
    return DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千';
  }

  /** Where the numeral that starts at {@code from} ends; {@code from} when none starts there. */
  static int end(String t, int from) {
    int p = from;
    while (p < t.length() && isNumeral(t.charAt(p))) {
      p++;
    }
    return p;
  }

  /**
   * The value of the numeral between {@code from} and {@code to}, or null when it is not a well-formed whole
   * number below ten thousand ({@code 十二}, {@code 二十}, {@code 一百零五}; not {@code 二二十}).
   */
  static BigDecimal value(String t, int from, int to) {
    int total = 0;
    int digit = -1;
    int lastPower = 10_000;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        if (digit > 0) {
          return null;   // two digits in a row: 二二
        }
        digit = DIGIT_VALUES[d];
        continue;
      }
      int power = c == '十' ? 10 : c == '百' ? 100 : 1000;
      if (power >= lastPower) {
        return null;   // 十百, 百千: the powers must fall
      }
      total += (digit < 0 ? 1 : digit) * power;
      lastPower = power;
      digit = -1;
    }
    if (digit > 0) {
      total += digit;
    }
    boolean onlyZeros = total == 0 && digit <= 0;
    return onlyZeros ? null : BigDecimal.valueOf(total);
  }
}
