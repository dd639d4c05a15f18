package io.github.jixiao.core;

import static io.github.jixiao.core.Comparison.AT_LEAST;
import static io.github.jixiao.core.Comparison.AT_MOST;
import static io.github.jixiao.core.Comparison.EQUAL;
import static io.github.jixiao.core.Comparison.LESS_THAN;
import static io.github.jixiao.core.Comparison.MORE_THAN;

import java.math.BigDecimal;

/**
 * The grammar of target-value cells. Classification works on a folded copy of the text (full-width forms
 * to ASCII, all spaces removed); the value keeps the original.
 *
 * <p>Order matters: a period or a deadline starts with a number ({@code 2025年12月底前}), so both are tried
 * before a quantity. Dates and periods are read by {@link DateScanner}.
 *
 * <p>Readers call this for every target value, so the common cells are kept cheap: a phrase or a name
 * (组织培训班次) is told apart by its first characters, before any copy is made, and a quantity is read
 * without regular expressions, its unit being the only copy made (besides the folded text, when folding
 * changes anything).
 */
final class TargetValueGrammar {
  /** Longer cells are prose; classifying them as such bounds the work on hostile input. */
  static final int MAX_VALUE_LENGTH = 200;
  /** A unit is a short word; anything longer after a number is a sentence. */
  static final int MAX_UNIT_LENGTH = 12;
  /** Every value but a qualitative one has a digit among this many first characters (spaces aside). */
  private static final int DIGIT_WITHIN = 8;
  /** Up to this many digits, the unscaled value of a number fits a long. */
  private static final int LONG_DIGITS = 18;

  private TargetValueGrammar() {}

  /** A comparison sign at the start of a folded text, and how many characters it takes. */
  static final class Sign {
    final Comparison comparison;
    final int length;
    private final String text;

    private Sign(String text, Comparison comparison) {
      this.text = text;
      this.comparison = comparison;
      this.length = text.length();
    }
  }

  /**
   * The signs grouped by their first character, longest first within a group (大于等于 before 大于), so that
   * most cells are told apart with one look-up.
   */
  private static final Sign[][] SIGNS_BY_INITIAL = {
      {new Sign("大于或等于", AT_LEAST), new Sign("大于等于", AT_LEAST), new Sign("大于", MORE_THAN)},
      {new Sign("小于或等于", AT_MOST), new Sign("小于等于", AT_MOST), new Sign("小于", LESS_THAN)},
      {new Sign("不低于", AT_LEAST), new Sign("不少于", AT_LEAST), new Sign("不小于", AT_LEAST),
          new Sign("不高于", AT_MOST), new Sign("不超过", AT_MOST), new Sign("不多于", AT_MOST),
          new Sign("不大于", AT_MOST)},
      {new Sign("控制在", AT_MOST)},
      {new Sign("至少", AT_LEAST)},
      {new Sign("达到", AT_LEAST)},
      {new Sign("最多", AT_MOST)},
      {new Sign("高于", MORE_THAN)},
      {new Sign("超过", MORE_THAN)},
      {new Sign("多于", MORE_THAN)},
      {new Sign("低于", LESS_THAN)},
      {new Sign("少于", LESS_THAN)},
      {new Sign("等于", EQUAL)},
      {new Sign("<=", AT_MOST), new Sign("<", LESS_THAN)},
      {new Sign(">=", AT_LEAST), new Sign(">", MORE_THAN)},
      {new Sign("=>", AT_LEAST), new Sign("=<", AT_MOST), new Sign("==", EQUAL), new Sign("=", EQUAL)},
      {new Sign("≥", AT_LEAST)},
      {new Sign("≧", AT_LEAST)},
      {new Sign("⩾", AT_LEAST)},
      {new Sign("≤", AT_MOST)},
      {new Sign("≦", AT_MOST)},
      {new Sign("⩽", AT_MOST)}};
  /** The first character of each group of {@link #SIGNS_BY_INITIAL}. */
  private static final String SIGN_INITIALS = initials(SIGNS_BY_INITIAL);

  private static String initials(Sign[][] groups) {
    StringBuilder b = new StringBuilder(groups.length);
    for (Sign[] group : groups) {
      b.append(group[0].text.charAt(0));
    }
    return b.toString();
  }

  private static final String[] SUFFIX_TEXTS = {"及以上", "以上", "及以下", "以下", "以内", "之内"};
  private static final Comparison[] SUFFIX_COMPARISONS = {AT_LEAST, AT_LEAST, AT_MOST, AT_MOST, AT_MOST, AT_MOST};

  /** The sign that {@code text} starts with, or null. */
  static Sign leadingSign(String text) {
    int initial = text.isEmpty() ? -1 : SIGN_INITIALS.indexOf(text.charAt(0));
    if (initial < 0) {
      return null;
    }
    for (Sign sign : SIGNS_BY_INITIAL[initial]) {
      if (text.startsWith(sign.text)) {
        return sign;
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
    if (!hasEarlyDigit(raw)) {
      if (isAllSpace(raw)) {
        return Blank.of(raw);
      }
      // 二十二个 is 22个 written out; only a numeral followed by a counting word is read as one.
      Quantity spelled = ChineseNumerals.hasNumeralStart(raw) ? spelledQuantity(raw, fold(raw)) : null;
      return spelled != null ? spelled : Qualitative.ofRaw(raw);
    }
    String t = fold(raw);
    if (t.length() > MAX_VALUE_LENGTH) {
      return Qualitative.ofRaw(raw);
    }
    TargetValue v = DateScanner.read(raw, t);
    if (v == null) {
      v = quantity(raw, t);
    }
    if (v == null) {
      v = range(raw, t);
    }
    return v != null ? v : Qualitative.ofRaw(raw);
  }

  /** The separators between the two ends of a range: {@code 80-100分}, {@code 80~100分}, {@code 80至100分}. */
  private static final String RANGE_SEPARATORS = "-~至到—–";

  /**
   * A range ({@code 80-100分}, {@code 80%-100%}, {@code 10～15个}) or a tolerance ({@code ±3%以内}), or null.
   * The first end may repeat the unit of the second; a range whose ends are reversed is no range.
   */
  private static Range range(String raw, String t) {
    boolean tolerance = t.startsWith("±") || t.startsWith("+-") || t.startsWith("+/-");
    int at = tolerance ? (t.charAt(0) == '±' ? 1 : t.charAt(1) == '/' ? 3 : 2) : 0;
    if (tolerance && (at >= t.length() || !isAsciiDigit(t.charAt(at)))) {
      return null;
    }
    int end = numberEnd(t, at);
    if (end < 0 || end - at > Decimals.MAX_LENGTH) {
      return null;
    }
    int unitEnd = withoutCeilingSuffix(t, end);
    if (tolerance) {
      if (!isUnit(t, end, unitEnd)) {
        return null;
      }
      BigDecimal deviation = amount(t, at, end);
      return Range.ofParsed(raw, deviation.negate(), deviation, t.substring(end, unitEnd), true);
    }
    int separator = end;
    while (separator < unitEnd && RANGE_SEPARATORS.indexOf(t.charAt(separator)) < 0) {
      separator++;
    }
    int second = separator + 1;
    if (separator >= unitEnd || second >= unitEnd || !isAsciiDigit(t.charAt(second))) {
      return null;
    }
    int secondEnd = numberEnd(t, second);
    if (secondEnd < 0 || secondEnd - second > Decimals.MAX_LENGTH || !isUnit(t, secondEnd, unitEnd)) {
      return null;
    }
    String unit = t.substring(secondEnd, unitEnd);
    String firstUnit = t.substring(end, separator);
    if (!firstUnit.isEmpty() && !firstUnit.equals(unit)) {
      return null;
    }
    BigDecimal low = amount(t, at, end);
    BigDecimal high = amount(t, second, secondEnd);
    return low.compareTo(high) <= 0 ? Range.ofParsed(raw, low, high, unit, false) : null;
  }

  /** Where the unit ends once a trailing 以内 or 之内 is taken off ({@code ±3%以内}, {@code 80-100分之内}). */
  private static int withoutCeilingSuffix(String t, int from) {
    int to = t.length();
    for (String suffix : new String[] {"以内", "之内"}) {
      if (to - suffix.length() >= from && t.startsWith(suffix, to - suffix.length())) {
        return to - suffix.length();
      }
    }
    return to;
  }

  /**
   * Whether an ASCII digit, after folding, is among the first {@link #DIGIT_WITHIN} characters that are not
   * spaces. Every value but a qualitative one has one, so most phrases and names are classified here, by a
   * look at a few characters of the raw text.
   */
  private static boolean hasEarlyDigit(String raw) {
    // One exit per outcome and a plain counted loop: HotSpot 17 compiled the former two-condition loop with a
    // profile predicate that failed on most calls, sending every parse back to the interpreter (JFR showed
    // 270,000 deoptimizations in a 20-second read benchmark, and reads three times slower).
    int seen = 0;
    int length = raw.length();
    for (int i = 0; i < length; i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        continue;
      }
      if (isAsciiDigit(Characters.toHalfWidth(c))) {
        return true;
      }
      if (++seen == DIGIT_WITHIN) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    // Above ASCII, the spaces of Unicode (no-break, Ogham, U+2000–U+200A, the line and paragraph separators,
    // narrow no-break, medium mathematical, ideographic) are spelled out: asking the JDK costs a table look-up
    // for every CJK character and sign (≥), which are most of what cells hold.
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  private static boolean isAllSpace(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (!isSpace(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Full-width forms to ASCII and every space removed; the same string when there is nothing to do. */
  private static String fold(String raw) {
    StringBuilder b = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean space = isSpace(c);
      char folded = space ? c : Characters.toHalfWidth(c);
      if (b == null && (space || folded != c)) {
        b = new StringBuilder(raw.length()).append(raw, 0, i);
      }
      if (b != null && !space) {
        b.append(folded);
      }
    }
    return b == null ? raw : b.toString();
  }

  private static Quantity quantity(String raw, String t) {
    Sign sign = leadingSign(t);
    int at = sign == null ? 0 : sign.length;
    int end = numberEnd(t, at);
    if (end < 0 || end - at > Decimals.MAX_LENGTH) {
      return null;
    }
    return quantity(raw, t, sign, at, end, null);
  }

  /** A count in Chinese numerals ({@code 二十二个}, {@code 不少于三场}) as the quantity it means, or null. */
  static Quantity spelledQuantity(String raw, String t) {
    if (t.length() > MAX_VALUE_LENGTH) {
      return null;
    }
    Sign sign = leadingSign(t);
    int at = sign == null ? 0 : sign.length;
    int end = ChineseNumerals.end(t, at);
    BigDecimal value = end == at ? null : ChineseNumerals.value(t, at, end);
    return value == null ? null : quantity(raw, t, sign, at, end, value);
  }

  /**
   * The quantity whose number ends at {@code end}: the suffixes and the unit after it. {@code spelled} is the
   * number when it was written in Chinese numerals, whose unit must then be a counting word.
   */
  private static Quantity quantity(String raw, String t, Sign sign, int at, int end, BigDecimal spelled) {
    Comparison comparison = sign == null ? Comparison.EQUAL : sign.comparison;
    // 5万元以内 reads as ≤5万元, and 控制在5万元以内 says the same twice: suffixes that agree with the comparison
    // are taken off the unit, as often as they are repeated, so that formatting and reading back agree. A
    // suffix that contradicts the leading sign stays in the unit, for the validator to see.
    int unitEnd = t.length();
    int k = endingSuffix(t, end, unitEnd);
    while (k >= 0) {
      if (sign == null && comparison == EQUAL) {
        comparison = SUFFIX_COMPARISONS[k];
      }
      if (comparison != SUFFIX_COMPARISONS[k]) {
        break;
      }
      unitEnd -= SUFFIX_TEXTS[k].length();
      k = endingSuffix(t, end, unitEnd);
    }
    // The number is made only now: a cell that goes on as a sentence needs none.
    if (!isUnit(t, end, unitEnd)) {
      return null;
    }
    String unit = t.substring(end, unitEnd);
    if (spelled != null) {
      return ChineseNumerals.COUNTERS.contains(unit) ? Quantity.ofParsed(raw, comparison, spelled, unit) : null;
    }
    return Quantity.ofParsed(raw, comparison, amount(t, at, end), unit);
  }

  /** The first of {@link #SUFFIX_TEXTS} that {@code t} from {@code from} to {@code to} ends with, or -1. */
  private static int endingSuffix(String t, int from, int to) {
    // All of them end in 上, 下 or 内: one look sets most units (个, %, 满意度) apart.
    char last = to > from ? t.charAt(to - 1) : 0;
    if (last != '上' && last != '下' && last != '内') {
      return -1;
    }
    for (int k = 0; k < SUFFIX_TEXTS.length; k++) {
      int at = to - SUFFIX_TEXTS[k].length();
      if (at >= from && t.startsWith(SUFFIX_TEXTS[k], at)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where the number that starts at {@code from} ends, or -1 when none does: an optional sign, digits (in
   * groups of three after a first group of one to three, when commas separate thousands), then an optional
   * decimal part.
   */
  private static int numberEnd(String t, int from) {
    int n = t.length();
    int p = from;
    if (p < n && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
      p++;
    }
    int digitsStart = p;
    while (p < n && isAsciiDigit(t.charAt(p))) {
      p++;
    }
    if (p == digitsStart) {
      return -1;
    }
    if (p - digitsStart <= 3) {
      while (p + 3 < n && t.charAt(p) == ',' && isAsciiDigit(t.charAt(p + 1))
          && isAsciiDigit(t.charAt(p + 2)) && isAsciiDigit(t.charAt(p + 3))) {
        p += 4;
      }
    }
    if (p + 1 < n && t.charAt(p) == '.' && isAsciiDigit(t.charAt(p + 1))) {
      p += 2;
      while (p < n && isAsciiDigit(t.charAt(p))) {
        p++;
      }
    }
    return p;
  }

  /**
   * The number that {@link #numberEnd} found between {@code from} and {@code to}, with the scale it was
   * written with ({@code 25.00} stays {@code 25.00}). Built from a long when it fits, which spares the copy
   * without thousands separators and the general parse that {@code new BigDecimal(String)} would need.
   */
  private static BigDecimal amount(String t, int from, int to) {
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean decimals = false;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (isAsciiDigit(c)) {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        scale += decimals ? 1 : 0;
      } else if (c == '.') {
        decimals = true;
      }
    }
    if (digits > LONG_DIGITS) {
      return new BigDecimal(t.substring(from, to).replace(",", ""));
    }
    return BigDecimal.valueOf(t.charAt(from) == '-' ? -unscaled : unscaled, scale);
  }

  /** Whether {@code t} from {@code from} to {@code to} can be a unit: short, with no digit and no sign. */
  private static boolean isUnit(String t, int from, int to) {
    if (to - from > MAX_UNIT_LENGTH) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      // CJK ideographs, the bulk of units (个, 满意度), are neither digits nor signs; ask the JDK for the rest.
      boolean ideograph = c >= '\u4E00' && c <= '\u9FFF';
      if (!ideograph && (Character.isDigit(c) || "<>=≥≤≧≦⩾⩽,.~-".indexOf(c) >= 0)) {
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

  static String formatRange(BigDecimal low, BigDecimal high, String unit, boolean tolerance) {
    return tolerance ? "±" + high.toPlainString() + unit : low.toPlainString() + "-" + high.toPlainString() + unit;
  }

  static String formatDeadline(PartialDate date) {
    return date.toChinese() + (date.precision() == PartialDate.Precision.DAY ? "前" : "底前");
  }

  static String formatPeriod(PartialDate start, PartialDate end) {
    return start.toDotted() + "-" + end.toDotted();
  }
}
