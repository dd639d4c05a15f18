package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The money unit of a table's amounts (金额单位, as in 「单位：万元」).
 */
public enum AmountUnit {
  /** 元: one yuan. */
  YUAN("元", 0),
  /** 万元: ten thousand yuan, the unit of Hebei's published tables. */
  WAN_YUAN("万元", 4),
  /** 亿元: a hundred million yuan. */
  YI_YUAN("亿元", 8);

  private final String label;
  private final int powerOfTen;

  AmountUnit(String label, int powerOfTen) {
    this.label = label;
    this.powerOfTen = powerOfTen;
  }

  /** The Chinese label, e.g. {@code 万元}. */
  public String label() {
    return label;
  }

  /**
   * Reads a unit label as published: {@code 万元}, {@code 元}, {@code 亿元}, also the short {@code 万} and
   * {@code 亿}, the declaration form {@code 单位：万元}, and the enum's own name.
   *
   * @return the unit, or empty when the text names no money unit
   */
  public static Optional<AmountUnit> parse(String text) {
    String t = text.strip();
    if (t.startsWith("单位")) {
      t = t.substring(2).replaceFirst("^[:：\\s]+", "");
    }
    t = t.replace("（", "").replace("）", "").replace("(", "").replace(")", "").strip();
    switch (t) {
      case "元":
      case "YUAN":
        return Optional.of(YUAN);
      case "万元":
      case "万":
      case "WAN_YUAN":
        return Optional.of(WAN_YUAN);
      case "亿元":
      case "亿":
      case "YI_YUAN":
        return Optional.of(YI_YUAN);
      default:
        return Optional.empty();
    }
  }

  /** Converts a number of this unit into {@code target} units, exactly. */
  BigDecimal convert(BigDecimal value, AmountUnit target) {
    return value.movePointRight(powerOfTen - target.powerOfTen);
  }
}
