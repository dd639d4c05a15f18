package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.TargetValue;

/**
 * Reads a target written in split columns (指标性质 ≥, 指标值 90, 度量单位 %) as the one value it means
 * ({@code ≥90%}), so that the rules judge the target, not the layout. The value cell's own sign and unit win;
 * a contradiction between them and the columns is a finding of its own.
 */
final class SplitColumns {
  private SplitColumns() {}

  /** The target as the row's cells together state it; the value cell alone when no column adds to it. */
  static TargetValue combined(Indicator i) {
    TargetValue v = i.target();
    if (!(v instanceof Quantity)) {
      return v;
    }
    Quantity q = (Quantity) v;
    Comparison comparison = q.comparison();
    if (!writesSign(q) && i.comparison().filter(c -> c != Comparison.QUALITATIVE).isPresent()) {
      comparison = i.comparison().get();
    }
    String unit = q.unit().isEmpty() ? i.unitOfMeasure().map(String::strip).orElse("") : q.unit();
    if (comparison == q.comparison() && unit.equals(q.unit())) {
      return q;
    }
    try {
      return Quantity.of(comparison, q.amount(), unit);
    } catch (IllegalArgumentException unitThatCannotFollowANumber) {
      return q;
    }
  }

  /** Whether the value cell writes a comparison itself: a sign or word before the number, or a suffix. */
  static boolean writesSign(Quantity q) {
    String t = q.raw().strip();
    return q.comparison() != Comparison.EQUAL || !t.isEmpty() && !Character.isDigit(t.charAt(0));
  }
}
