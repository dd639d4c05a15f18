package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.TableField;
import io.github.jixiao.validation.Rule;
import java.util.List;

/**
 * The rows as rows: a name in every row, a basis (info), no indicator twice, and the whole table there.
 */
final class RowRules {
  private RowRules() {}

  static void checkRow(TableScope s, int row, Indicator i) {
    if (i.name().isBlank()) {
      s.reportRow(Rule.NAME_BLANK, row, TableField.NAME, null);
    } else {
      duplicate(s, row, i);
    }
    if (i.basis().map(String::isBlank).orElse(true) && s.has(TableField.BASIS)) {
      s.reportRow(Rule.BASIS_BLANK, row, TableField.BASIS, null);
    }
    placeholder(s, row, TableField.NAME, i.name());
    i.description().ifPresent(d -> placeholder(s, row, TableField.DESCRIPTION, d));
    i.basis().ifPresent(b -> placeholder(s, row, TableField.BASIS, b));
    i.unitOfMeasure().ifPresent(u -> placeholder(s, row, TableField.UNIT_OF_MEASURE, u));
  }

  /** Reports a placeholder left in a cell of row {@code row} (the target's is checked with the target). */
  static void placeholder(TableScope s, int row, TableField field, String cell) {
    Placeholders.in(cell).ifPresent(p -> s.reportRow(Rule.PLACEHOLDER_LEFT, row, field, cell, cell, p));
  }

  /**
   * A row repeats an earlier one when both name the same indicator and set the same target, whatever their
   * sub-categories: copying a row under another heading is how the published duplicates arise.
   */
  private static void duplicate(TableScope s, int row, Indicator i) {
    List<Indicator> rows = s.table.indicators();
    for (int earlier : s.earlierRowsNamed(key(i.name()), row)) {
      if (rows.get(earlier).target().isEquivalentTo(i.target())) {
        // Messages are read by people, who count rows from 1 as the published table does.
        s.reportRow(Rule.DUPLICATE_ROW, row, TableField.NAME, i.name(), i.name(), earlier + 1);
        return;
      }
    }
  }

  /** The name without the ASCII spaces and line breaks of regex {@code \\s}; no regex, as this runs per row. */
  private static String key(String name) {
    StringBuilder b = null;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      boolean space = c == ' ' || (c >= '\t' && c <= '\r');
      if (space && b == null) {
        b = new StringBuilder(name.length()).append(name, 0, k);
      } else if (!space && b != null) {
        b.append(c);
      }
    }
    return b == null ? name : b.toString();
  }

  static void checkTable(TableScope s) {
    if (!s.table.complete()) {
      s.report(Rule.TABLE_INCOMPLETE, TableField.TABLE, null, null, s.table.indicators().size());
    }
  }
}
