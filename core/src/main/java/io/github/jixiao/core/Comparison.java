package io.github.jixiao.core;

import java.util.Optional;

/**
 * How a target value is compared (指标性质 / 计算符号): {@code ≥ ≤ > < =}, or {@link #QUALITATIVE} (定性)
 * for a target that is a phrase, not a number. A {@link Quantity} never carries {@code QUALITATIVE}; the
 * constant exists for the split 指标性质 column of tables that publish it.
 */
public enum Comparison {
  /** ≥: at least (不低于, 不少于). */
  AT_LEAST("≥"),
  /** ≤: at most (不超过, 以内). */
  AT_MOST("≤"),
  /** &gt;: more than (大于, 高于). */
  MORE_THAN(">"),
  /** &lt;: less than (小于, 低于). */
  LESS_THAN("<"),
  /** =: exactly; written as a bare number ({@code 100人}) as well as with {@code =}. */
  EQUAL("="),
  /** 定性: the target is qualitative. */
  QUALITATIVE("定性");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** The sign as the national templates print it ({@code ≥}), or {@code 定性}. */
  public String symbol() {
    return symbol;
  }

  /** Whether the target is a floor: higher is better ({@code ≥}, {@code >}). */
  public boolean isFloor() {
    return this == AT_LEAST || this == MORE_THAN;
  }

  /** Whether the target is a ceiling: lower is better ({@code ≤}, {@code <}). */
  public boolean isCeiling() {
    return this == AT_MOST || this == LESS_THAN;
  }

  /** Copied once: values() copies its array on every call, and readers parse a comparison per row. */
  private static final Comparison[] ALL = values();

  /**
   * Reads a split 指标性质 cell: a sign in any of its forms ({@code ≥ ＞＝ >= 不低于} …), {@code 定性}, or the
   * enum's name. Empty when the text is none of these.
   */
  public static Optional<Comparison> parse(String text) {
    String t = Characters.toHalfWidth(text).strip();
    if (t.equals("定性") || t.equals(QUALITATIVE.name())) {
      return Optional.of(QUALITATIVE);
    }
    for (Comparison c : ALL) {
      if (c.name().equals(t)) {
        return Optional.of(c);
      }
    }
    TargetValueGrammar.Sign sign = TargetValueGrammar.leadingSign(t);
    return sign != null && sign.length == t.length() ? Optional.of(sign.comparison) : Optional.empty();
  }
}
