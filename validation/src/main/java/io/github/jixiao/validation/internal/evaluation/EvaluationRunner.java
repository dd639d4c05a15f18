package io.github.jixiao.validation.internal.evaluation;

import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.scoring.ScoreCard;
import java.util.List;

/**
 * Runs the evaluation rule families over one table: the table's own cells first, then row by row. Applications
 * use {@link io.github.jixiao.validation.SelfEvaluationValidator} rather than this class.
 */
public final class EvaluationRunner {
  private EvaluationRunner() {}

  public static void check(SelfEvaluationTable table, EvaluationSettings settings, EvaluationSink sink) {
    ScoreCard card = settings.policy().score(table);
    UnscoredRule.check(table, sink);
    ArithmeticRules.check(table, settings.policy(), sink);
    NarrativeRules.checkOutcome(table.outcome(), table.goals(), sink);
    List<EvaluatedIndicator> rows = table.indicators();
    ConsistencyRules.check(rows, table.budgetExecution(), card, settings.scoreTolerance(), sink);
    for (int i = 0; i < rows.size(); i++) {
      ActualValueRules.checkRow(i, rows.get(i), card.indicators().get(i), sink);
      NarrativeRules.checkRowText(i, SelfEvaluationField.DEVIATION.wireName(), rows.get(i).deviation(), sink);
    }
  }

  public static void check(MonitoringTable table, EvaluationSettings settings, EvaluationSink sink) {
    MonitoringRules.check(table, settings.policy().monitoringLag(), sink);
    List<MonitoredIndicator> rows = table.indicators();
    for (int i = 0; i < rows.size(); i++) {
      ActualValueRules.checkProgress(i, rows.get(i), sink);
      NarrativeRules.checkRowText(i, MonitoringField.DEVIATION.wireName(), rows.get(i).deviation(), sink);
      NarrativeRules.checkRowText(i, MonitoringField.CORRECTION.wireName(), rows.get(i).correction(), sink);
    }
  }
}
