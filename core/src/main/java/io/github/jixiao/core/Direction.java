package io.github.jixiao.core;

import java.util.Optional;

/** Whether higher or lower is better (指标方向): 正向 or 反向. */
public enum Direction {
  /** 正向: higher is better. */
  POSITIVE("正向"),
  /** 反向: lower is better. */
  NEGATIVE("反向");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Reads {@code 正向}, {@code 正向指标}, {@code 反向}, {@code 反向指标}, or the enum's name. */
  public static Optional<Direction> parse(String text) {
    String t = Labels.key(text);
    for (Direction d : values()) {
      if (t.equals(d.name()) || t.equals(d.label) || t.equals(d.label + "指标")) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
