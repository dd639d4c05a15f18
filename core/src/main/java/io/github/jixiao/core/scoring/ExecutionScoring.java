package io.github.jixiao.core.scoring;

import static io.github.jixiao.core.scoring.NoScoreReason.MISSING_BUDGET;
import static io.github.jixiao.core.scoring.NoScoreReason.MISSING_SPENDING;
import static io.github.jixiao.core.scoring.NoScoreReason.NEGATIVE_NUMBER;
import static io.github.jixiao.core.scoring.NoScoreReason.NO_POINTS;
import static io.github.jixiao.core.scoring.NoScoreReason.ZERO_BUDGET;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.WrittenAmount;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Scores the budget line (预算执行率得分): points × min(1, B ÷ A), from 全年预算数 (A) and 全年执行数 (B), never
 * from the 执行率 as published, which may contradict them.
 */
final class ExecutionScoring {
  private ExecutionScoring() {}

  static ScoreResult score(BudgetExecution line, BigDecimal defaultPoints) {
    BigDecimal points = defaultPoints;
    if (line.weightText().filter(t -> !t.isBlank()).isPresent()) {
      Optional<BigDecimal> written = line.weight();
      if (written.isEmpty() || written.get().signum() < 0) {
        return ScoreResult.notScored(NO_POINTS, "执行率分值 \"" + line.weightText().get()
            + "\" is not a number of points");
      }
      points = written.get();
    }
    Optional<Amount> a = line.annualBudget();
    if (a.isEmpty()) {
      return ScoreResult.notScored(MISSING_BUDGET, "全年预算数 (A) " + missing(line.annualBudgetCell()));
    }
    Optional<Amount> b = line.annualSpending();
    if (b.isEmpty()) {
      return ScoreResult.notScored(MISSING_SPENDING, "全年执行数 (B) " + missing(line.annualSpendingCell()));
    }
    BigDecimal budget = a.get().to(AmountUnit.YUAN).value();
    BigDecimal spent = b.get().to(AmountUnit.YUAN).value();
    if (budget.signum() < 0 || spent.signum() < 0) {
      return ScoreResult.notScored(NEGATIVE_NUMBER, "全年预算数 " + a.get() + " or 全年执行数 " + b.get()
          + " is negative");
    }
    if (budget.signum() == 0) {
      return ScoreResult.notScored(ZERO_BUDGET, "全年预算数 (A) is zero: B ÷ A is undefined");
    }
    Share share = spent.compareTo(budget) >= 0 ? Share.FULL : Share.of(spent, budget);
    return ScoreResult.scored(share.applyTo(points), points, ScoreBasis.EXECUTION);
  }

  private static String missing(Optional<WrittenAmount> cell) {
    return cell.filter(c -> !c.isBlank()).map(c -> "\"" + c.text() + "\" is no amount").orElse("is blank");
  }
}
