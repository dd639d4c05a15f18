package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads the decimal numbers of published tables: plain, with thousands separators, full-width digits. */
final class Decimals {
  /** Longer numbers are not amounts or percentages anyone types; refusing them bounds the work. */
  static final int MAX_LENGTH = 64;

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

  private Decimals() {}

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
