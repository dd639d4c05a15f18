package io.github.jixiao.core;

import java.util.Objects;

/**
 * A time by which the work is done (时限), typical of timeliness indicators: {@code 2025年12月底前},
 * {@code 2025年12月底完成}, {@code 12月31日前}.
 */
public final class Deadline implements TargetValue {
  private final String raw;
  private final PartialDate date;

  private Deadline(String raw, PartialDate date) {
    this.raw = raw;
    this.date = date;
  }

  static Deadline ofParsed(String raw, PartialDate date) {
    return new Deadline(raw, date);
  }

  /** A deadline in canonical form: {@code by(PartialDate.of(2025, 12))} is {@code 2025年12月底前}. */
  public static Deadline by(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return new Deadline(TargetValueGrammar.formatDeadline(date), date);
  }

  @Override
  public String raw() {
    return raw;
  }

  /** The date the work is due, to the precision written. */
  public PartialDate date() {
    return date;
  }

  @Override
  public Kind kind() {
    return Kind.DEADLINE;
  }

  @Override
  public String format() {
    return TargetValueGrammar.formatDeadline(date);
  }

  @Override
  public boolean isEquivalentTo(TargetValue other) {
    return other instanceof Deadline && ((Deadline) other).date.equals(date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Deadline && ((Deadline) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Kind.DEADLINE, raw);
  }

  @Override
  public String toString() {
    return "Deadline[\"" + raw + "\" " + date + "]";
  }
}
