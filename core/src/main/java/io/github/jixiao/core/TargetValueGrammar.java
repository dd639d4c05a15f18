package io.github.jixiao.core;

import static io.github.jixiao.core.Comparison.AT_LEAST;
import static io.github.jixiao.core.Comparison.AT_MOST;
import static io.github.jixiao.core.Comparison.EQUAL;
import static io.github.jixiao.core.Comparison.LESS_THAN;
import static io.github.jixiao.core.Comparison.MORE_THAN;

import java.math.BigDecimal;
import java.util.stream.IntStream;

/**
 * The grammar of target-value cells. Classification works on a folded copy of the text (full-width forms
 * to ASCII, all spaces removed); the value keeps the original.
 *
 * <p>Order matters: a period or a deadline starts with a number ({@code 2025年12月底前}), so both are tried
 * before a quantity. Dates and periods are read by {@link DateScanner}.
 */
final class TargetValueGrammar {
  /** Longer cells are prose; classifying them as such bounds the work on hostile input. */
  static final int MAX_VALUE_LENGTH = 200;
  /** A unit is a short word; anything longer after a number is a sentence. */
  static final int MAX_UNIT_LENGTH = 12;

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

  // Longest first, so that 大于等于 is not read as 大于, nor >= as >.
  private static final String[] SIGN_TEXTS = {
      "大于或等于", "小于或等于", "大于等于", "小于等于", ">=", "=>", "<=", "=<", "==",
      "不低于", "不少于", "不小于", "不高于", "不超过", "不多于", "不大于", "控制在",
      "至少", "达到", "最多", "大于", "高于", "超过", "多于", "小于", "低于", "少于", "等于",
      "≥", "≧", "⩾", "≤", "≦", "⩽", ">", "<", "="};
  private static final Comparison[] SIGN_COMPARISONS = {
      AT_LEAST, AT_MOST, AT_LEAST, AT_MOST, AT_LEAST, AT_LEAST, AT_MOST, AT_MOST, EQUAL,
      AT_LEAST, AT_LEAST, AT_LEAST, AT_MOST, AT_MOST, AT_MOST, AT_MOST, AT_MOST,
      AT_LEAST, AT_LEAST, AT_MOST, MORE_THAN, MORE_THAN, MORE_THAN, MORE_THAN, LESS_THAN, LESS_THAN, LESS_THAN,
      EQUAL,
      AT_LEAST, AT_LEAST, AT_LEAST, AT_MOST, AT_MOST, AT_MOST, MORE_THAN, LESS_THAN, EQUAL};
  /** The first characters of every sign, so that most cells are told apart with one look-up. */
  private static final String SIGN_INITIALS = "大小不控至达最高超多低少等<>=≥≧⩾≤≦⩽";
  /** For each of {@link #SIGN_INITIALS}, the signs that start with it, longest first. */
  private static final int[][] SIGNS_BY_INITIAL = signsByInitial();

  private static int[][] signsByInitial() {
    int[][] byInitial = new int[SIGN_INITIALS.length()][];
    for (int i = 0; i < byInitial.length; i++) {
      char initial = SIGN_INITIALS.charAt(i);
      byInitial[i] = IntStream.range(0, SIGN_TEXTS.length)
          .filter(k -> SIGN_TEXTS[k].charAt(0) == initial).toArray();
    }
    return byInitial;
  }

  private static final String[] SUFFIX_TEXTS = {"及以上", "以上", "及以下", "以下", "以内", "之内"};
  private static final Comparison[] SUFFIX_COMPARISONS = {AT_LEAST, AT_LEAST, AT_MOST, AT_MOST, AT_MOST, AT_MOST};

  /** The sign that {@code text} starts with, or null. */
  static Sign leadingSign(String text) {
    int initial = text.isEmpty() ? -1 : SIGN_INITIALS.indexOf(text.charAt(0));
    if (initial < 0) {
      return null;
    }
    for (int k : SIGNS_BY_INITIAL[initial]) {
      if (text.startsWith(SIGN_TEXTS[k])) {
        return new Sign(SIGN_COMPARISONS[k], SIGN_TEXTS[k].length());
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
    TargetValue v = DateScanner.read(raw, t);
    if (v == null) {
      v = quantity(raw, t);
    }
    return v != null ? v : Qualitative.ofRaw(raw);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Every value but a qualitative one has a digit among its first characters. */
  private static boolean startsPlausibly(String t) {
    for (int i = 0; i < Math.min(t.length(), 8); i++) {
      if (isAsciiDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    // Only a few characters above ASCII are spaces; most cells are CJK, so ask the JDK only for the rest.
    return c < 0x3000 ? Character.isWhitespace(c) || Character.isSpaceChar(c) : c == '\u3000';
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

  private static TargetValue quantity(String raw, String t) {
    Sign sign = leadingSign(t);
    int at = sign == null ? 0 : sign.length;
    int end = numberEnd(t, at);
    if (end < 0 || end - at > Decimals.MAX_LENGTH) {
      return null;
    }
    String number = t.substring(at, end);
    BigDecimal amount = new BigDecimal(number.indexOf(',') < 0 ? number : number.replace(",", ""));
    String unit = t.substring(end);
    Comparison comparison = sign == null ? Comparison.EQUAL : sign.comparison;
    // 5万元以内 reads as ≤5万元, and 控制在5万元以内 says the same twice: suffixes that agree with the comparison
    // are taken off the unit, as often as they are repeated, so that formatting and reading back agree. A
    // suffix that contradicts the leading sign stays in the unit, for the validator to see.
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (int k = 0; k < SUFFIX_TEXTS.length; k++) {
        if (unit.endsWith(SUFFIX_TEXTS[k])) {
          Comparison suffix = SUFFIX_COMPARISONS[k];
          if (sign == null && comparison == EQUAL) {
            comparison = suffix;
          }
          if (comparison == suffix) {
            unit = unit.substring(0, unit.length() - SUFFIX_TEXTS[k].length());
            stripped = true;
          }
          break;
        }
      }
    }
    return isUnit(unit) ? Quantity.ofParsed(raw, comparison, amount, unit) : null;
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
