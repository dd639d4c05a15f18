package io.github.jixiao.serialization.jackson;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Decimals as the format writes them: exact text that keeps the scale, {@code "5.60"} stays {@code 5.60}.
 * Plain notation unless the scale is negative ({@code 1E+3}), so that every {@link BigDecimal} reads back
 * equal, scale included.
 */
final class DecimalText {
  /** Longer numbers are nobody's amount; refusing them bounds the work on hostile input. */
  static final int MAX_LENGTH = 200;

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d{1,4})?");

  private DecimalText() {}

  static String format(BigDecimal value) {
    return value.scale() < 0 ? value.toString() : value.toPlainString();
  }

  /** The decimal, or null when {@code text} is not one. */
  static BigDecimal parse(String text) {
    String t = text.strip();
    if (t.length() > MAX_LENGTH || !DECIMAL.matcher(t).matches()) {
      return null;
    }
    return new BigDecimal(t);
  }
}
