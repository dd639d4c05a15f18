package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The grade of a self-evaluation (自评等级): 优, 良, 中 or 差, from the total score out of 100.
 *
 * <p>Each grade starts at its threshold and includes it: 90 is 优, 80 is 良, 60 is 中, and 89.99 is 良. A
 * total below 60 is 差.
 */
public enum Grade {
  /** 优: 90 points or more. */
  EXCELLENT("优", 90, "优秀"),
  /** 良: from 80 points to less than 90. */
  GOOD("良", 80, "良好"),
  /** 中: from 60 points to less than 80. */
  FAIR("中", 60, "中等", "一般"),
  /** 差: less than 60 points. */
  POOR("差", 0, "较差");

  private final String label;
  private final BigDecimal threshold;
  private final List<String> labels;

  Grade(String label, int threshold, String... variants) {
    this.label = label;
    this.threshold = BigDecimal.valueOf(threshold);
    this.labels = Labels.withVariants(label, variants);
  }

  /** The one-character label of the national forms ({@code 优}). */
  public String label() {
    return label;
  }

  /** The lowest total of the grade, included: 90 for 优, 0 for 差. */
  public BigDecimal threshold() {
    return threshold;
  }

  /** The grade of a total score out of 100; a total below zero is 差. */
  public static Grade of(BigDecimal total) {
    for (Grade g : values()) {
      if (total.compareTo(g.threshold) >= 0) {
        return g;
      }
    }
    return POOR;
  }

  /**
   * Reads a 自评等级 cell: {@code 优}, {@code 优秀}, {@code 良}, {@code 良好}, {@code 中}, {@code 中等},
   * {@code 一般}, {@code 差}, {@code 较差}, or the enum's name; empty when the text names no grade.
   */
  public static Optional<Grade> parse(String text) {
    String t = Labels.key(text);
    for (Grade g : values()) {
      if (g.name().equals(t) || g.labels.contains(t)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
