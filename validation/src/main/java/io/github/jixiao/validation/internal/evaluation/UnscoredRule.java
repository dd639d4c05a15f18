package io.github.jixiao.validation.internal.evaluation;

import static io.github.jixiao.validation.EvaluationRule.TABLE_UNSCORED;

import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import java.util.Optional;

/**
 * A table published unscored (未打分): the form filled in with targets and actuals but not one 得分 and no 总分, so
 * the self-evaluation was never carried out. Reported once at 总分, where a reviewer looks first; the score rules
 * find nothing to hold against the policy on such a table.
 */
final class UnscoredRule {
  private UnscoredRule() {}

  static void check(SelfEvaluationTable table, EvaluationSink sink) {
    if (table.indicators().isEmpty()) {
      return;
    }
    boolean scored = hasText(table.totalScoreText()) || hasText(table.budgetExecution().scoreText())
        || table.indicators().stream().anyMatch(row -> hasText(row.scoreText()));
    if (!scored) {
      sink.table(TABLE_UNSCORED, SelfEvaluationField.TOTAL_SCORE.wireName(), Optional.empty(),
          String.valueOf(table.indicators().size()));
    }
  }

  private static boolean hasText(Optional<String> cell) {
    return cell.filter(text -> !text.isBlank()).isPresent();
  }
}
