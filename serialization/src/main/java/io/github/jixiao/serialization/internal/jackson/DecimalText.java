package io.github.jixiao.serialization.internal.jackson;

import java.math.BigDecimal;

/**
 * Decimals as the format writes them: exact text that keeps the scale, {@code "5.60"} stays {@code 5.60}.
 * Plain notation unless the scale is negative ({@code 1E+3}) or the plain digits would pass the reader's
 * length ({@code 1E-250}, not 250 zeros), so that every {@link BigDecimal} reads back equal, scale included.
 */
final class DecimalText {
  /** Longer numbers are nobody's amount; refusing them bounds the work on hostile input. */
  static final int MAX_LENGTH = 200;
  /** Any 18 decimal digits fit in a long. */
  private static final int MAX_LONG_DIGITS = 18;

  private DecimalText() {}

  static String format(BigDecimal value) {
    return value.scale() < 0 || plainLength(value) > MAX_LENGTH ? value.toString() : value.toPlainString();
  }

  /** Whether {@link #parse} reads {@code text}: a writer checks what {@link #format} gave before writing it. */
  static boolean readable(String text) {
    return text.length() <= MAX_LENGTH && isDecimal(text);
  }

  /** The length of the plain digits, known from precision and scale before any digit is made. */
  private static long plainLength(BigDecimal value) {
    return Math.max(value.precision(), (long) value.scale() + 1) + (value.scale() > 0 ? 1 : 0)
        + (value.signum() < 0 ? 1 : 0);
  }

  /** The decimal, or null when {@code text} is not one. */
  static BigDecimal parse(String text) {
    String t = text.strip();
    if (t.length() > MAX_LENGTH || !isDecimal(t)) {
      return null;
    }
    return fromDigits(t);
  }

  /**
   * The decimal {@code t} (already checked), built from a long when it has at most 18 digits and no exponent,
   * as nearly every amount has: {@code new BigDecimal(String)} copies the text before it reads it.
   */
  private static BigDecimal fromDigits(String t) {
    int n = t.length();
    boolean negative = t.charAt(0) == '-';
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean fraction = false;
    for (int p = negative ? 1 : 0; p < n; p++) {
      char c = t.charAt(p);
      if (c == '.') {
        fraction = true;
      } else if (c == 'e' || c == 'E' || ++digits > MAX_LONG_DIGITS) {
        return new BigDecimal(t);
      } else {
        unscaled = unscaled * 10 + (c - '0');
        scale += fraction ? 1 : 0;
      }
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /**
   * Whether {@code t} is {@code -?\d+(\.\d+)?([eE][+-]?\d{1,4})?}, scanned by hand: every amount, percent
   * and weight read goes through here, and a regex matcher per number was a tenth of a read's allocation.
   */
  private static boolean isDecimal(String t) {
    int n = t.length();
    int p = t.startsWith("-") ? 1 : 0;
    int digits = AsciiDigits.run(t, p);
    if (digits == 0) {
      return false;
    }
    p += digits;
    if (p < n && t.charAt(p) == '.') {
      digits = AsciiDigits.run(t, p + 1);
      if (digits == 0) {
        return false;
      }
      p += 1 + digits;
    }
    if (p < n && (t.charAt(p) == 'e' || t.charAt(p) == 'E')) {
      p++;
      if (p < n && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
        p++;
      }
      digits = AsciiDigits.run(t, p);
      if (digits == 0 || digits > 4) {
        return false;
      }
      p += digits;
    }
    return p == n;
  }

}
