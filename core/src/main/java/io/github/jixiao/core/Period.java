package io.github.jixiao.core;

import java.util.Objects;

/** A span of time (实施期限) written as a target: {@code 2023.07-2024.01}, {@code 2025年1-12月}. */
public final class Period implements TargetValue {
  private final String raw;
  private final PartialDate start;
  private final PartialDate end;

  private Period(String raw, PartialDate start, PartialDate end) {
    this.raw = raw;
    this.start = start;
    this.end = end;
  }

  static Period ofParsed(String raw, PartialDate start, PartialDate end) {
    return new Period(raw, start, end);
  }

  /** A period in canonical form: {@code between(PartialDate.of(2023, 7), PartialDate.of(2024, 1))}. */
  public static Period between(PartialDate start, PartialDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return new Period(TargetValueGrammar.formatPeriod(start, end), start, end);
  }

  @Override
  public String raw() {
    return raw;
  }

  public PartialDate start() {
    return start;
  }

  public PartialDate end() {
    return end;
  }

  @Override
  public Kind kind() {
    return Kind.PERIOD;
  }

  @Override
  public String format() {
    return TargetValueGrammar.formatPeriod(start, end);
  }

  @Override
  public boolean isEquivalentTo(TargetValue other) {
    return other instanceof Period && ((Period) other).start.equals(start) && ((Period) other).end.equals(end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Period && ((Period) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Kind.PERIOD, raw);
  }

  @Override
  public String toString() {
    return "Period[\"" + raw + "\" " + start + "–" + end + "]";
  }
}
