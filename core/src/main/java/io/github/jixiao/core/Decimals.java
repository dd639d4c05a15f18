package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads the decimal numbers of published tables: plain, with thousands separators, full-width digits. */
final class Decimals {
  /** Longer numbers are not amounts or percentages anyone types; refusing them bounds the work. */
  static final int MAX_LENGTH = 64;

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final Pattern EXPONENT = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:E[+-]\\d{1,10})?");

  /** Past this many plain digits a number is written with an exponent, as the JSON and XML formats do. */
  private static final int MAX_PLAIN_LENGTH = 200;

  private Decimals() {}

  /**
   * A number as a cell holds it when it was given as a value: plain digits, scale kept, or the exponent form
   * when the scale is negative or the plain digits would be too long ({@code 1E+3}, {@code 1E-999}).
   */
  static String format(BigDecimal value) {
    long plain = Math.max(value.precision(), (long) value.scale() + 1) + (value.scale() > 0 ? 1 : 0)
        + (value.signum() < 0 ? 1 : 0);
    return value.scale() < 0 || plain > MAX_PLAIN_LENGTH ? value.toString() : value.toPlainString();
  }

  /** A number as {@link #parse} reads it, or as {@link #format} writes it; null when it is neither. */
  static BigDecimal parseOrNull(String text) {
    try {
      return parse(text);
    } catch (NumberFormatException notPlain) {
      String t = text.strip();
      try {
        return t.length() <= MAX_PLAIN_LENGTH && EXPONENT.matcher(t).matches() ? new BigDecimal(t) : null;
      } catch (NumberFormatException exponentOutOfRange) {
        return null;
      }
    }
  }

  /**
   * Parses {@code text} as a decimal, keeping its scale.
   *
   * @throws NumberFormatException naming the text when it is not such a number
   */
  static BigDecimal parse(String text) {
    String t = Characters.toHalfWidth(text).strip();
    if (t.length() > MAX_LENGTH || !DECIMAL.matcher(t).matches()) {
      throw new NumberFormatException("not a decimal number: \"" + Characters.excerpt(text) + "\"");
    }
    return new BigDecimal(t.replace(",", ""));
  }
}
