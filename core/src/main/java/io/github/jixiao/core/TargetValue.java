package io.github.jixiao.core;

/**
 * A target value (指标值) as published in one cell: {@code ≥22个}, {@code 100%}, {@code 80-100分}, {@code 2025年12月底前},
 * {@code 2023.07-2024.01}, {@code 优良}, or nothing.
 *
 * <p>{@link #parse} classifies any text and never fails; the original text is always kept in {@link #raw()},
 * so that nothing a user typed is lost. {@code equals} is strict: two values are equal when their original
 * texts are. {@link #isEquivalentTo} compares meaning: {@code ≥22个} is equivalent to {@code 不少于22个}.
 *
 * <pre>{@code
 * TargetValue v = TargetValue.parse("≥22个");
 * if (v instanceof Quantity q) { q.comparison(); q.amount(); q.unit(); }   // AT_LEAST, 22, "个"
 * }</pre>
 */
public sealed interface TargetValue permits Quantity, Range, Deadline, Period, Qualitative, Blank {

  /** The six kinds of target value. */
  enum Kind {
    /** A comparison, a number and a unit: {@code ≥22个}, {@code 100%}, {@code ≤5万元}. */
    QUANTITY,
    /** Two numbers and a unit, or a tolerance: {@code 80-100分}, {@code ±3%以内}. */
    RANGE,
    /** A time by which something is done: {@code 2025年12月底前}. */
    DEADLINE,
    /** A span of time: {@code 2023.07-2024.01}. */
    PERIOD,
    /** A phrase or a grade (定性): {@code 优良}, {@code 持续改善} — or a name typed where a value belongs. */
    QUALITATIVE,
    /** An empty cell. */
    BLANK
  }

  /**
   * Classifies the text of a target-value cell. Never throws for any string.
   *
   * @throws NullPointerException if {@code text} is null: a missing cell is {@link #blank()}
   */
  static TargetValue parse(String text) {
    return TargetValueGrammar.parse(text);
  }

  /** The value of an empty cell. */
  static TargetValue blank() {
    return Blank.EMPTY;
  }

  /** The cell's text exactly as it was typed. */
  String raw();

  Kind kind();

  /**
   * The canonical text of this value: {@code 不少于22个} formats as {@code ≥22个}. Parsing the canonical
   * text gives a value equivalent to this one.
   */
  String format();

  /** Whether both values mean the same target, however they were written. */
  boolean isEquivalentTo(TargetValue other);

  /** Whether the cell was empty or held only spaces. */
  default boolean isBlank() {
    return kind() == Kind.BLANK;
  }
}
