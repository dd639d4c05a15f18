package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of target-value cells. Classification works on a folded copy of the text (full-width forms
 * to ASCII, all spaces removed); the value keeps the original.
 *
 * <p>Order matters: a period or a deadline starts with a number ({@code 2025年12月底前}), so both are tried
 * before a quantity.
 */
final class TargetValueGrammar {
  /** Longer cells are prose; classifying them as such bounds the work on hostile input. */
  static final int MAX_VALUE_LENGTH = 200;
  /** A unit is a short word; anything longer after a number is a sentence. */
  static final int MAX_UNIT_LENGTH = 12;

  private static final String NUMBER = "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
  private static final Pattern LEADING_NUMBER = Pattern.compile("^" + NUMBER);

  /** Words a deadline may carry before its date: 于2025年底前, 截至2025年12月. */
  private static final String DATE_PREFIX = "(?:于|在|截至|截止到?|到|至|预计)?";
  /** Words a deadline may carry after its date; they say "by" or "done", nothing more. */
  private static final String DATE_SUFFIX =
      "(?:底|末|年底|年末)?(?:之前|以前|前|以内|之内|内|为止|止|截止)?"
          + "(?:全部|全面|发放|实施|支付|拨付|资金|工作|活动)?"
          + "(?:完成|完毕|结束|到位|完工|竣工|验收|办结)?(?:前)?";

  private static final String Y = "(\\d{4})";
  private static final String M = "(\\d{1,2})";
  private static final String D = "(\\d{1,2})";

  private static final Pattern DEADLINE_YMD = Pattern.compile(
      "^" + DATE_PREFIX + Y + "年" + M + "月" + D + "[日号]" + DATE_SUFFIX + "$");
  private static final Pattern DEADLINE_YM = Pattern.compile(
      "^" + DATE_PREFIX + Y + "年" + M + "月份?" + DATE_SUFFIX + "$");
  private static final Pattern DEADLINE_Y = Pattern.compile(
      "^" + DATE_PREFIX + Y + "年度?" + DATE_SUFFIX + "$");
  private static final Pattern DEADLINE_DOTTED = Pattern.compile(
      "^" + DATE_PREFIX + Y + "(?:\\.(\\d{2})|[-/](\\d{1,2}))(?:[./-](\\d{1,2}))?" + DATE_SUFFIX + "$");
  private static final Pattern DEADLINE_MD = Pattern.compile(
      "^" + DATE_PREFIX + M + "月" + D + "[日号]" + DATE_SUFFIX + "$");
  private static final Pattern DEADLINE_M = Pattern.compile(
      "^" + DATE_PREFIX + M + "月份?" + DATE_SUFFIX + "$");

  /** One end of a period: 2023.07, 2023.07.01, 2023年7月, 2023年7月1日, 2023年, 2023, 7月, 7月1日. */
  private static final String END =
      "(?:(\\d{4})(?:[./](\\d{1,2})(?:[./](\\d{1,2}))?|年(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?)?)?"
          + "|(\\d{1,2})月(?:(\\d{1,2})[日号])?)";
  private static final String RANGE = "(?:-|—+|–|~|至|到)";
  private static final Pattern PERIOD = Pattern.compile(
      "^" + END + RANGE + END + "(?:期间|内|之间)?$");
  /** 2025年1-12月, 1-12月: the year, if any, written once for both months. */
  private static final Pattern PERIOD_MONTHS = Pattern.compile(
      "^(?:" + Y + "年)?" + M + "月?" + RANGE + M + "月(?:期间|内|之间)?$");

  private TargetValueGrammar() {}

  /** A comparison sign at the start of a folded text, and how many characters it takes. */
  static final class Sign {
    final Comparison comparison;
    final int length;

    Sign(Comparison comparison, int length) {
      this.comparison = comparison;
      this.length = length;
    }
  }

  private static final String[][] SIGNS = {
      // Longest first, so that "大于等于" is not read as "大于".
      {"大于或等于", "AT_LEAST"}, {"小于或等于", "AT_MOST"}, {"大于等于", "AT_LEAST"}, {"小于等于", "AT_MOST"},
      {">=", "AT_LEAST"}, {"=>", "AT_LEAST"}, {"<=", "AT_MOST"}, {"=<", "AT_MOST"}, {"==", "EQUAL"},
      {"不低于", "AT_LEAST"}, {"不少于", "AT_LEAST"}, {"不小于", "AT_LEAST"}, {"不高于", "AT_MOST"},
      {"不超过", "AT_MOST"}, {"不多于", "AT_MOST"}, {"不大于", "AT_MOST"}, {"控制在", "AT_MOST"},
      {"至少", "AT_LEAST"}, {"达到", "AT_LEAST"}, {"最多", "AT_MOST"}, {"大于", "MORE_THAN"},
      {"高于", "MORE_THAN"}, {"超过", "MORE_THAN"}, {"多于", "MORE_THAN"}, {"小于", "LESS_THAN"},
      {"低于", "LESS_THAN"}, {"少于", "LESS_THAN"}, {"等于", "EQUAL"},
      {"≥", "AT_LEAST"}, {"≧", "AT_LEAST"}, {"⩾", "AT_LEAST"}, {"≤", "AT_MOST"}, {"≦", "AT_MOST"},
      {"⩽", "AT_MOST"}, {">", "MORE_THAN"}, {"<", "LESS_THAN"}, {"=", "EQUAL"},
  };

  private static final String[][] SUFFIX_SIGNS = {
      {"及以上", "AT_LEAST"}, {"以上", "AT_LEAST"}, {"及以下", "AT_MOST"}, {"以下", "AT_MOST"},
      {"以内", "AT_MOST"}, {"之内", "AT_MOST"},
  };

  /** The sign that {@code folded} starts with, or null. */
  static Sign leadingSign(String folded) {
    String t = Characters.toHalfWidth(folded);
    for (String[] s : SIGNS) {
      if (t.startsWith(s[0])) {
        return new Sign(Comparison.valueOf(s[1]), s[0].length());
      }
    }
    return null;
  }

  static TargetValue parse(String raw) {
    if (raw == null) {
      throw new NullPointerException("text: a missing cell is TargetValue.blank()");
    }
    if (raw.length() > MAX_VALUE_LENGTH * 4) {
      // Decided without copying: a huge cell must not cost a copy of itself.
      return isAllSpace(raw) ? Blank.of(raw) : Qualitative.ofRaw(raw);
    }
    String t = fold(raw);
    if (t.isEmpty()) {
      return Blank.of(raw);
    }
    if (t.length() > MAX_VALUE_LENGTH || !startsPlausibly(t)) {
      return Qualitative.ofRaw(raw);
    }
    TargetValue v = period(raw, t);
    if (v == null) {
      v = deadline(raw, t);
    }
    if (v == null) {
      v = quantity(raw, t);
    }
    return v != null ? v : Qualitative.ofRaw(raw);
  }

  /** Every value but a qualitative one has a digit among its first characters. */
  private static boolean startsPlausibly(String t) {
    for (int i = 0; i < Math.min(t.length(), 8); i++) {
      if (Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isAllSpace(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (!isSpace(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String raw) {
    String h = Characters.toHalfWidth(raw);
    StringBuilder b = new StringBuilder(h.length());
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static TargetValue period(String raw, String t) {
    Matcher m = PERIOD_MONTHS.matcher(t);
    if (m.matches()) {
      int y = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
      PartialDate start = PartialDate.orNull(y, Integer.parseInt(m.group(2)), 0);
      PartialDate end = PartialDate.orNull(y, Integer.parseInt(m.group(3)), 0);
      return start != null && end != null ? Period.ofParsed(raw, start, end) : null;
    }
    m = PERIOD.matcher(t);
    if (!m.matches()) {
      return null;
    }
    PartialDate start = end(m, 1);
    PartialDate end = end(m, 8);
    if (start == null || end == null) {
      return null;
    }
    if (start.year().isPresent() && end.year().isEmpty()) {
      end = end.inYear(start.year().getAsInt());
    }
    return end == null ? null : Period.ofParsed(raw, start, end);
  }

  /** Reads the seven groups of {@link #END} starting at {@code g}. */
  private static PartialDate end(Matcher m, int g) {
    if (m.group(g) != null) {
      int year = Integer.parseInt(m.group(g));
      int month = number(m, g + 1, g + 3);
      int day = number(m, g + 2, g + 4);
      return PartialDate.orNull(year, month, day);
    }
    return PartialDate.orNull(0, number(m, g + 5, g + 5), number(m, g + 6, g + 6));
  }

  private static int number(Matcher m, int g1, int g2) {
    String s = m.group(g1) != null ? m.group(g1) : m.group(g2);
    return s == null ? 0 : Integer.parseInt(s);
  }

  private static TargetValue deadline(String raw, String t) {
    Matcher m;
    PartialDate date = null;
    if ((m = DEADLINE_YMD.matcher(t)).matches()) {
      date = PartialDate.orNull(i(m, 1), i(m, 2), i(m, 3));
    } else if ((m = DEADLINE_YM.matcher(t)).matches()) {
      date = PartialDate.orNull(i(m, 1), i(m, 2), 0);
    } else if ((m = DEADLINE_Y.matcher(t)).matches()) {
      date = PartialDate.orNull(i(m, 1), 0, 0);
    } else if ((m = DEADLINE_DOTTED.matcher(t)).matches()) {
      int month = m.group(2) != null ? i(m, 2) : i(m, 3);
      date = PartialDate.orNull(i(m, 1), month, m.group(4) == null ? 0 : i(m, 4));
    } else if ((m = DEADLINE_MD.matcher(t)).matches()) {
      date = PartialDate.orNull(0, i(m, 1), i(m, 2));
    } else if ((m = DEADLINE_M.matcher(t)).matches()) {
      date = PartialDate.orNull(0, i(m, 1), 0);
    }
    return date == null ? null : Deadline.ofParsed(raw, date);
  }

  private static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static TargetValue quantity(String raw, String t) {
    Sign sign = leadingSign(t);
    int at = sign == null ? 0 : sign.length;
    Matcher m = LEADING_NUMBER.matcher(t).region(at, t.length());
    if (!m.lookingAt() || m.end() - at > Decimals.MAX_LENGTH) {
      return null;
    }
    BigDecimal amount = new BigDecimal(t.substring(at, m.end()).replace(",", ""));
    String unit = t.substring(m.end());
    Comparison comparison = sign == null ? Comparison.EQUAL : sign.comparison;
    // 5万元以内 reads as ≤5万元, and 控制在5万元以内 says the same twice: suffixes that agree with the comparison
    // are taken off the unit, as often as they are repeated, so that formatting and reading back agree. A
    // suffix that contradicts the leading sign stays in the unit, for the validator to see.
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String[] s : SUFFIX_SIGNS) {
        if (unit.endsWith(s[0])) {
          Comparison suffix = Comparison.valueOf(s[1]);
          if (sign == null && comparison == Comparison.EQUAL) {
            comparison = suffix;
          }
          if (comparison == suffix) {
            unit = unit.substring(0, unit.length() - s[0].length());
            stripped = true;
          }
          break;
        }
      }
    }
    return isUnit(unit) ? Quantity.ofParsed(raw, comparison, amount, unit) : null;
  }

  private static boolean isUnit(String unit) {
    if (unit.length() > MAX_UNIT_LENGTH) {
      return false;
    }
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      if (Character.isDigit(c) || "<>=≥≤≧≦⩾⩽,.~-".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  static String format(Comparison comparison, BigDecimal amount, String unit) {
    String bare = amount.toPlainString() + unit;
    if (comparison == Comparison.EQUAL) {
      // A bare number is the usual way to write an exact target, unless it would read as a date.
      TargetValue v = parse(bare);
      if (v instanceof Quantity && ((Quantity) v).comparison() == Comparison.EQUAL
          && ((Quantity) v).unit().equals(unit)) {
        return bare;
      }
    }
    return comparison.symbol() + bare;
  }

  static String formatDeadline(PartialDate date) {
    return date.toChinese() + (date.precision() == PartialDate.Precision.DAY ? "前" : "底前");
  }

  static String formatPeriod(PartialDate start, PartialDate end) {
    return start.toDotted() + "-" + end.toDotted();
  }
}
