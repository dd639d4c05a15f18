package io.github.jixiao.examples.service;

import io.github.jixiao.validation.Finding;
import java.util.Comparator;
import java.util.Locale;

/**
 * One finding (问题) as the service answers it in JSON: the rule, its severity, the cell (the field name of
 * the command line's JSON report and the Bean Validation property path), the value as typed and the message
 * in the request's language.
 */
record FindingView(String rule, String severity, Integer indicator, String field, String path, String value,
    String message) {

  /** Table order, then row order with table-level findings first: a validator's Set has no order. */
  static final Comparator<Finding> TABLE_ORDER = Comparator.comparingInt(Finding::table)
      .thenComparingInt(f -> f.indicator().orElse(-1)).thenComparing(f -> f.rule().id());

  static FindingView of(Finding f, Locale locale) {
    return new FindingView(f.rule().id(), f.severity().id(),
        f.indicator().isPresent() ? f.indicator().getAsInt() : null, f.field().wireName(), f.propertyPath(),
        f.value().orElse(null), f.message(locale));
  }
}
