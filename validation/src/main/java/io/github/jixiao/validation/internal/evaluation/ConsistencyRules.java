package io.github.jixiao.validation.internal.evaluation;

import static io.github.jixiao.validation.EvaluationRule.MET_TARGET_DOCKED;
import static io.github.jixiao.validation.EvaluationRule.MISSED_TARGET_FULL_POINTS;
import static io.github.jixiao.validation.EvaluationRule.MISSED_WITHOUT_REASON;
import static io.github.jixiao.validation.EvaluationRule.SCORE_FAR_FROM_POLICY;

import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.scoring.ScoreBasis;
import io.github.jixiao.core.scoring.ScoreCard;
import io.github.jixiao.core.scoring.ScoreResult;
import io.github.jixiao.core.scoring.Scored;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The published scores against what the numbers say under the policy (一致性): a met target docked without a
 * word, a missed one given full points or left without a reason, a score the policy would not give. Rows the
 * policy cannot score are left to the value rules.
 */
final class ConsistencyRules {
  private ConsistencyRules() {}

  static void check(List<EvaluatedIndicator> rows, BudgetExecution line, ScoreCard card, BigDecimal tolerance,
      EvaluationSink sink) {
    for (int i = 0; i < rows.size(); i++) {
      if (card.indicators().get(i) instanceof Scored computed) {
        row(i, rows.get(i), computed, tolerance, sink);
      }
    }
    if (card.execution() instanceof Scored computed && line.score().isPresent()
        && isFar(line.score().get(), computed, tolerance)) {
      String written = line.scoreText().orElseThrow();
      sink.table(SCORE_FAR_FROM_POLICY, SelfEvaluationField.EXECUTION_SCORE.wireName(), Optional.of(written),
          written, computed.value().toPlainString(), tolerance.toPlainString());
    }
  }

  private static void row(int i, EvaluatedIndicator row, Scored computed, BigDecimal tolerance, EvaluationSink sink) {
    Optional<BigDecimal> published = row.score();
    boolean reasonGiven = row.deviation().filter(d -> !d.isBlank()).isPresent();
    boolean met = computed.basis() == ScoreBasis.MET;
    boolean missed = !computed.isFullPoints() && computed.basis() != ScoreBasis.GRADE;
    String actual = row.actual().raw().strip();
    String target = row.indicator().target().raw().strip();
    if (met && published.isPresent() && published.get().compareTo(computed.points()) < 0 && !reasonGiven) {
      sink.row(MET_TARGET_DOCKED, i, SelfEvaluationField.SCORE.wireName(), row.scoreText(),
          row.scoreText().orElseThrow(), computed.points().toPlainString(), actual, target);
    }
    if (missed && published.isPresent() && published.get().compareTo(computed.points()) >= 0) {
      sink.row(MISSED_TARGET_FULL_POINTS, i, SelfEvaluationField.SCORE.wireName(), row.scoreText(),
          row.scoreText().orElseThrow(), actual, target, computed.value().toPlainString());
    }
    if (missed && !reasonGiven) {
      sink.row(MISSED_WITHOUT_REASON, i, SelfEvaluationField.DEVIATION.wireName(), row.deviation(), actual, target);
    }
    if (published.isPresent() && isFar(published.get(), computed, tolerance)) {
      sink.row(SCORE_FAR_FROM_POLICY, i, SelfEvaluationField.SCORE.wireName(), row.scoreText(),
          row.scoreText().orElseThrow(), computed.value().toPlainString(), tolerance.toPlainString());
    }
  }

  private static boolean isFar(BigDecimal published, ScoreResult computed, BigDecimal tolerance) {
    return published.subtract(computed.score().orElseThrow()).abs().compareTo(tolerance) > 0;
  }
}
