package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Deadline;
import io.github.jixiao.core.PartialDate;
import io.github.jixiao.core.Period;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.TargetValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks the parsed parts written beside a target value's text against what the text reads as. */
final class TargetValueKinds {
  /** Copied once: values() copies its array on every call, and this runs for every target value read. */
  private static final TargetValue.Kind[] KINDS = TargetValue.Kind.values();

  private TargetValueKinds() {}

  static Optional<TargetValue.Kind> parse(String code) {
    String c = code.strip();
    for (TargetValue.Kind k : KINDS) {
      if (k.name().equals(c)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** What disagrees, in one phrase, or null when every given part agrees with {@code v}. */
  static String disagreement(TargetValue v, TargetValue.Kind kind, Comparison comparison, BigDecimal amount,
      String unit, PartialDate date, PartialDate start, PartialDate end) {
    List<String> out = new ArrayList<>(0);   // empty for every table written by a correct writer
    if (kind != null && kind != v.kind()) {
      out.add("kind " + kind + " where the text reads as " + v.kind());
    }
    Quantity q = v instanceof Quantity ? (Quantity) v : null;
    Deadline d = v instanceof Deadline ? (Deadline) v : null;
    Period p = v instanceof Period ? (Period) v : null;
    if (comparison != null && (q == null || q.comparison() != comparison)) {
      out.add("comparison " + comparison + (q == null ? " for a text with no comparison" : " where the text has "
          + q.comparison()));
    }
    if (amount != null && (q == null || q.amount().compareTo(amount) != 0)) {
      out.add("amount " + DecimalText.format(amount) + (q == null ? " for a text with no amount"
          : " where the text has " + DecimalText.format(q.amount())));
    }
    if (unit != null && (q == null || !q.unit().equals(unit))) {
      out.add("unit \"" + Cursor.excerpt(unit) + "\"" + (q == null ? " for a text with no unit"
          : " where the text has \"" + q.unit() + "\""));
    }
    if (date != null && (d == null || !d.date().equals(date))) {
      out.add("date " + PartialDateText.format(date) + (d == null ? " for a text with no deadline"
          : " where the text has " + PartialDateText.format(d.date())));
    }
    if (start != null && (p == null || !p.start().equals(start))) {
      out.add("start " + PartialDateText.format(start) + (p == null ? " for a text with no period"
          : " where the text has " + PartialDateText.format(p.start())));
    }
    if (end != null && (p == null || !p.end().equals(end))) {
      out.add("end " + PartialDateText.format(end) + (p == null ? " for a text with no period"
          : " where the text has " + PartialDateText.format(p.end())));
    }
    return out.isEmpty() ? null : String.join(", ", out);
  }
}
