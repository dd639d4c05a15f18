package io.github.jixiao.validation.rules;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.validation.Field;
import io.github.jixiao.validation.Rule;
import java.util.List;

/**
 * The rows as rows: a name in every row, a basis (info), no indicator twice, and the whole table there.
 */
final class RowRules {
  private RowRules() {}

  static void checkRow(TableScope s, int row, Indicator i) {
    if (i.name().isBlank()) {
      s.reportRow(Rule.NAME_BLANK, row, Field.NAME, null);
    } else {
      duplicate(s, row, i);
    }
    if (i.basis().map(String::isBlank).orElse(true)) {
      s.reportRow(Rule.BASIS_BLANK, row, Field.BASIS, null);
    }
  }

  /**
   * A row repeats an earlier one when both name the same indicator and set the same target, whatever their
   * sub-categories: copying a row under another heading is how the published duplicates arise.
   */
  private static void duplicate(TableScope s, int row, Indicator i) {
    List<Indicator> rows = s.table.indicators();
    for (int earlier = 0; earlier < row; earlier++) {
      Indicator e = rows.get(earlier);
      if (key(e.name()).equals(key(i.name())) && e.target().isEquivalentTo(i.target())) {
        s.reportRow(Rule.DUPLICATE_ROW, row, Field.NAME, i.name(), i.name(), earlier);
        return;
      }
    }
  }

  private static String key(String name) {
    return name.replaceAll("\\s", "");
  }

  static void checkTable(TableScope s) {
    if (!s.table.complete()) {
      s.report(Rule.TABLE_INCOMPLETE, Field.TABLE, null, null, s.table.indicators().size());
    }
  }
}
