package io.github.jixiao.core;

import java.util.Objects;

/** An empty target-value cell (未填写); {@link #raw()} keeps any spaces it held. */
public final class Blank implements TargetValue {
  static final Blank EMPTY = new Blank("");

  private final String raw;

  private Blank(String raw) {
    this.raw = raw;
  }

  static Blank of(String raw) {
    return raw.isEmpty() ? EMPTY : new Blank(raw);
  }

  @Override
  public String raw() {
    return raw;
  }

  @Override
  public Kind kind() {
    return Kind.BLANK;
  }

  @Override
  public String format() {
    return "";
  }

  @Override
  public boolean isEquivalentTo(TargetValue other) {
    return other instanceof Blank;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Blank && ((Blank) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Kind.BLANK, raw);
  }

  @Override
  public String toString() {
    return "Blank[\"" + raw + "\"]";
  }
}
