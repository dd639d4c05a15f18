package io.github.jixiao.core;

import java.math.BigDecimal;

/**
 * Reads a points cell (分值, 得分, 总分, 权重) as a number: {@code 9.5}, {@code ９．５} and {@code 9.5分} are all
 * 9.5, since forms often write the unit of points after the number.
 */
final class Points {
  private Points() {}

  /** The number of points, or null when the cell holds none. */
  static BigDecimal parseOrNull(String text) {
    String t = Characters.toHalfWidth(text).strip();
    if (t.endsWith("分")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return Decimals.parseOrNull(t);
  }
}
