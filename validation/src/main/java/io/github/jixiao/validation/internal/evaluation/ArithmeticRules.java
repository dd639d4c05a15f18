package io.github.jixiao.validation.internal.evaluation;

import static io.github.jixiao.validation.EvaluationRule.EXECUTION_RATE_MISMATCH;
import static io.github.jixiao.validation.EvaluationRule.GRADE_MISMATCH;
import static io.github.jixiao.validation.EvaluationRule.POINTS_OFF_POLICY;
import static io.github.jixiao.validation.EvaluationRule.SCORE_ABOVE_POINTS;
import static io.github.jixiao.validation.EvaluationRule.TOTAL_MISMATCH;

import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.scoring.ScoringPolicy;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The numbers a self-evaluation table states about itself (算术): rate, scores within points, total, weights, grade. */
final class ArithmeticRules {
  private ArithmeticRules() {}

  static void check(SelfEvaluationTable table, ScoringPolicy policy, EvaluationSink sink) {
    executionRate(table.budgetExecution(), sink);
    scoresWithinPoints(table, sink);
    total(table, sink);
    weights(table, policy, sink);
    grade(table, sink);
  }

  /** 执行率 against B ÷ A, as {@link PublishedRate} holds a rate to its own rounding. */
  private static void executionRate(BudgetExecution line, EvaluationSink sink) {
    PublishedRate.disagreement(line.executionRate(), line.executionRateText(), line.annualBudget(),
        line.annualSpending()).ifPresent(rate -> {
          String text = line.executionRateText().orElseThrow();
          sink.table(EXECUTION_RATE_MISMATCH, SelfEvaluationField.EXECUTION_RATE.wireName(), Optional.of(text), text,
              line.annualSpendingCell().orElseThrow().text(), line.annualBudgetCell().orElseThrow().text(), rate);
        });
  }

  private static void scoresWithinPoints(SelfEvaluationTable table, EvaluationSink sink) {
    List<EvaluatedIndicator> rows = table.indicators();
    for (int i = 0; i < rows.size(); i++) {
      EvaluatedIndicator row = rows.get(i);
      if (row.score().isPresent() && row.points().isPresent()
          && row.score().get().compareTo(row.points().get()) > 0) {
        sink.row(SCORE_ABOVE_POINTS, i, SelfEvaluationField.SCORE.wireName(), row.scoreText(),
            row.scoreText().orElseThrow(), row.indicator().weightText().orElseThrow());
      }
    }
    BudgetExecution line = table.budgetExecution();
    if (line.score().isPresent() && line.weight().isPresent() && line.score().get().compareTo(line.weight().get()) > 0) {
      sink.table(SCORE_ABOVE_POINTS, SelfEvaluationField.EXECUTION_SCORE.wireName(), line.scoreText(),
          line.scoreText().orElseThrow(), line.weightText().orElseThrow());
    }
  }

  /** 总分 against the sum of every published score; only when every score the layout has is a number. */
  private static void total(SelfEvaluationTable table, EvaluationSink sink) {
    if (table.totalScore().isEmpty() || table.indicators().isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (EvaluatedIndicator row : table.indicators()) {
      if (row.score().isEmpty()) {
        return;
      }
      sum = sum.add(row.score().get());
    }
    if (!table.isAbsent(SelfEvaluationField.EXECUTION_SCORE)) {
      if (table.budgetExecution().score().isEmpty()) {
        return;
      }
      sum = sum.add(table.budgetExecution().score().get());
    }
    if (sum.compareTo(table.totalScore().get()) != 0) {
      String total = table.totalScoreText().orElseThrow();
      sink.table(TOTAL_MISMATCH, SelfEvaluationField.TOTAL_SCORE.wireName(), Optional.of(total), total,
          sum.toPlainString());
    }
  }

  /**
   * Each category's points against the policy's weight, and the budget line's points against the policy's. A
   * category the policy does not weight on its own is counted within 产出指标 when it is 成本指标 (as the national
   * policy counts it) and left alone otherwise; a category with a row whose points are no number is not summed.
   */
  private static void weights(SelfEvaluationTable table, ScoringPolicy policy, EvaluationSink sink) {
    Map<IndicatorCategory, BigDecimal> sums = new EnumMap<>(IndicatorCategory.class);
    Map<IndicatorCategory, Boolean> unsummable = new EnumMap<>(IndicatorCategory.class);
    for (EvaluatedIndicator row : table.indicators()) {
      Optional<IndicatorCategory> category = row.indicator().category().map(c -> bucket(c, policy));
      if (category.isEmpty() || policy.weight(category.get()).isEmpty()) {
        continue;
      }
      if (row.points().isEmpty()) {
        unsummable.put(category.get(), true);
        continue;
      }
      sums.merge(category.get(), row.points().get(), BigDecimal::add);
    }
    for (Map.Entry<IndicatorCategory, BigDecimal> e : sums.entrySet()) {
      BigDecimal expected = policy.weight(e.getKey()).orElseThrow();
      if (!unsummable.containsKey(e.getKey()) && e.getValue().compareTo(expected) != 0) {
        sink.add(POINTS_OFF_POLICY, OptionalInt.empty(), TableField.WEIGHT.wireName(),
            Optional.of(e.getKey().label()), Optional.of(e.getValue().toPlainString()),
            List.of(e.getValue().toPlainString(), e.getKey().label(), expected.toPlainString(), policy.name()));
      }
    }
    BudgetExecution line = table.budgetExecution();
    if (line.weight().isPresent() && line.weight().get().compareTo(policy.executionWeight()) != 0) {
      String written = line.weightText().orElseThrow();
      sink.table(POINTS_OFF_POLICY, SelfEvaluationField.EXECUTION_WEIGHT.wireName(), Optional.of(written), written,
          SelfEvaluationField.EXECUTION_RATE.term(), policy.executionWeight().toPlainString(), policy.name());
    }
  }

  private static IndicatorCategory bucket(IndicatorCategory category, ScoringPolicy policy) {
    return category == IndicatorCategory.COST && policy.weight(category).isEmpty() ? IndicatorCategory.OUTPUT : category;
  }

  private static void grade(SelfEvaluationTable table, EvaluationSink sink) {
    if (table.grade().isEmpty() || table.totalScore().isEmpty()) {
      return;
    }
    Grade expected = Grade.of(table.totalScore().get());
    if (table.grade().get() != expected) {
      String written = table.gradeText().orElseThrow();
      sink.table(GRADE_MISMATCH, SelfEvaluationField.GRADE.wireName(), Optional.of(written), written,
          table.totalScoreText().orElseThrow(), expected.label());
    }
  }
}
