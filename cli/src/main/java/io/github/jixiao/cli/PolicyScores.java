package io.github.jixiao.cli;

import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.scoring.NotScored;
import io.github.jixiao.core.scoring.ScoreCard;
import io.github.jixiao.core.scoring.ScoreResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A self-evaluation table's published scores beside the ones its numbers earn under the scoring policy (发布得分与
 * 按政策计算的得分): one {@link Row} per indicator row and one for the budget line, and the total, as every report
 * shows them.
 */
final class PolicyScores {
  private final List<Row> rows;
  private final Optional<String> publishedTotal;
  private final Optional<BigDecimal> publishedTotalNumber;
  private final Optional<BigDecimal> computedTotal;
  /** The first row the policy could not score; empty when the total was computed. */
  private final Optional<Row> unscored;

  private PolicyScores(SelfEvaluationTable table, ScoreCard card) {
    List<Row> all = new ArrayList<>();
    for (int i = 0; i < table.indicators().size(); i++) {
      all.add(new Row(i, table.indicators().get(i).scoreText(), table.indicators().get(i).score(),
          card.indicators().get(i)));
    }
    all.add(new Row(-1, table.budgetExecution().scoreText(), table.budgetExecution().score(), card.execution()));
    this.rows = List.copyOf(all);
    this.publishedTotal = table.totalScoreText();
    this.publishedTotalNumber = table.totalScore();
    this.computedTotal = card.total();
    this.unscored = rows.stream().filter(r -> r.computed().isEmpty()).findFirst();
  }

  static PolicyScores of(SelfEvaluationTable table, ScoreCard card) {
    return new PolicyScores(table, card);
  }

  /** The indicator rows in order, then the budget line. */
  List<Row> rows() {
    return rows;
  }

  /** The indicator row {@code indicator}'s, or the budget line's when negative. */
  Row row(int indicator) {
    return indicator < 0 ? rows.get(rows.size() - 1) : rows.get(indicator);
  }

  /** 总分 as written; empty when blank. */
  Optional<String> publishedTotal() {
    return publishedTotal;
  }

  /** The policy's total, two decimals; empty when a row could not be scored. */
  Optional<String> computedTotal() {
    return computedTotal.map(BigDecimal::toPlainString);
  }

  /** The policy's total when it differs from the published one (a published total that is no number included). */
  Optional<String> differingTotal() {
    return computedTotal.filter(c -> publishedTotalNumber.map(p -> p.compareTo(c) != 0).orElse(true))
        .map(BigDecimal::toPlainString);
  }

  /** The first row the policy could not score, which keeps the total from being recomputed. */
  Optional<Row> unscored() {
    return unscored;
  }

  /** One scored row: its published score and the policy's, or why the policy gives none. */
  record Row(int indicator, Optional<String> published, Optional<BigDecimal> publishedNumber, ScoreResult result) {
    /** The 0-based indicator row; empty for the budget line. */
    Optional<Integer> indicatorRow() {
      return indicator < 0 ? Optional.empty() : Optional.of(indicator);
    }

    /** The policy's score, two decimals ({@code 10.00}); empty when it could not be computed. */
    Optional<String> computed() {
      return result.score().map(BigDecimal::toPlainString);
    }

    /** The policy's verdict when it gives no score. */
    Optional<NotScored> notScored() {
      return result instanceof NotScored n ? Optional.of(n) : Optional.empty();
    }

    /** Whether the policy's score differs from the published one (a published score that is no number included). */
    boolean differs() {
      return result.score().isPresent()
          && (publishedNumber.isEmpty() || publishedNumber.get().compareTo(result.score().get()) != 0);
    }
  }
}
