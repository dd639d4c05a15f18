package io.github.jixiao.validation.internal.evaluation;

import static io.github.jixiao.validation.EvaluationRule.EXECUTION_BEHIND_SCHEDULE;
import static io.github.jixiao.validation.EvaluationRule.MONITORED_RATE_MISMATCH;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Month;
import java.util.Optional;

/**
 * Monitoring (运行监控): spending by the end of the period against the share of the year elapsed. The rate is
 * 执行数 ÷ 全年预算数 when both are amounts, else the 执行率 as published; the share is the months covered over
 * twelve ({@code 1-7月} is 58.33%). A lag of more than the threshold, in percentage points, is reported; so is a
 * published 执行率 that its own 执行数 and 全年预算数 contradict.
 */
final class MonitoringRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  private MonitoringRules() {}

  static void check(MonitoringTable table, BigDecimal threshold, EvaluationSink sink) {
    PublishedRate.disagreement(table.executionRate(), table.executionRateText(), table.annualBudget(),
        table.spendingToDate()).ifPresent(rate -> {
          String text = table.executionRateText().orElseThrow();
          sink.table(MONITORED_RATE_MISMATCH, MonitoringField.EXECUTION_RATE.wireName(), Optional.of(text), text,
              table.spendingToDateCell().orElseThrow().text(), table.annualBudgetCell().orElseThrow().text(), rate);
        });
    behindSchedule(table, threshold, sink);
  }

  private static void behindSchedule(MonitoringTable table, BigDecimal threshold, EvaluationSink sink) {
    Optional<Month> through = table.monitoredThrough();
    Optional<BigDecimal> rate = rate(table);
    if (through.isEmpty() || rate.isEmpty()) {
      return;
    }
    BigDecimal elapsed = BigDecimal.valueOf(through.get().getValue()).multiply(HUNDRED)
        .divide(MONTHS, MathContext.DECIMAL64);
    if (elapsed.subtract(rate.get()).compareTo(threshold) > 0) {
      Optional<String> written = table.executionRateText().or(() -> table.spendingToDateCell().map(c -> c.text()));
      sink.table(EXECUTION_BEHIND_SCHEDULE, MonitoringField.EXECUTION_RATE.wireName(), written,
          percent(rate.get()), table.periodText().orElseThrow().strip(), percent(elapsed), threshold.toPlainString());
    }
  }

  private static Optional<BigDecimal> rate(MonitoringTable table) {
    if (table.annualBudget().isPresent() && table.spendingToDate().isPresent()) {
      BigDecimal budget = table.annualBudget().get().to(AmountUnit.YUAN).value();
      BigDecimal spent = table.spendingToDate().get().to(AmountUnit.YUAN).value();
      if (budget.signum() > 0 && spent.signum() >= 0) {
        return Optional.of(spent.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64));
      }
    }
    return table.executionRate();
  }

  private static String percent(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
