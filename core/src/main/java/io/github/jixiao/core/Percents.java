package io.github.jixiao.core;

import java.math.BigDecimal;

/** Reads a rate cell as a number of percent: {@code 95.5%}, {@code ９５．５％} and {@code 95.5} are all 95.5. */
final class Percents {
  private Percents() {}

  /** The number of percent, or null when the cell holds none. */
  static BigDecimal parseOrNull(String text) {
    String t = Characters.toHalfWidth(text).strip();
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1);
    }
    return Decimals.parseOrNull(t);
  }
}
