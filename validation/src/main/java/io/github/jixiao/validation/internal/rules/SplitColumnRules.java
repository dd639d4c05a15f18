package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.TableField;
import io.github.jixiao.validation.Rule;

/**
 * The split columns as written (指标性质, 指标方向, 权重): each names what its column holds. A direction under
 * 指标性质 is the columns mixed up and is told as such.
 */
final class SplitColumnRules {
  private SplitColumnRules() {}

  static void checkRow(TableScope s, int row, Indicator i) {
    String comparison = i.comparisonText().filter(t -> !t.isBlank()).orElse(null);
    if (comparison != null && i.comparison().isEmpty()) {
      s.reportRow(Direction.parse(comparison).isPresent() ? Rule.COMPARISON_HOLDS_DIRECTION : Rule.COMPARISON_UNKNOWN,
          row, TableField.COMPARISON, comparison, comparison);
    }
    String direction = i.directionText().filter(t -> !t.isBlank()).orElse(null);
    if (direction != null && i.direction().isEmpty()) {
      s.reportRow(Rule.DIRECTION_UNKNOWN, row, TableField.DIRECTION, direction, direction);
    }
    String weight = i.weightText().filter(t -> !t.isBlank()).orElse(null);
    if (weight != null && i.weight().isEmpty()) {
      s.reportRow(Rule.WEIGHT_NOT_A_NUMBER, row, TableField.WEIGHT, weight, weight);
    }
  }
}
