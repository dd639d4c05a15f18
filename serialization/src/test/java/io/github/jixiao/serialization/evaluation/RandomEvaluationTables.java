package io.github.jixiao.serialization.evaluation;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.fixtures.RandomTables;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Self-evaluation and monitoring tables generated from a seed, on the target tables {@link RandomTables} makes:
 * every added cell absent, blank, a number as written in several ways, or free text that is no number.
 */
public final class RandomEvaluationTables {
  private static final String[] NUMBER_FORMS = {"%s", "%s分", "９．５", " %s ", "十分"};

  private final RandomTables cells;
  private final Random random;

  private RandomEvaluationTables(long seed, boolean xmlSafe) {
    RandomTables r = RandomTables.withSeed(seed);
    this.cells = xmlSafe ? r.xmlSafe() : r;
    this.random = new Random(seed);
  }

  public static RandomEvaluationTables withSeed(long seed, boolean xmlSafe) {
    return new RandomEvaluationTables(seed, xmlSafe);
  }

  public SelfEvaluationTable selfEvaluation() {
    ProjectTargetTable target = cells.table(random.nextInt(5));
    SelfEvaluationTable.Builder b = SelfEvaluationTable.forTarget(target).indicators(List.of());
    for (Indicator row : target.indicators()) {
      EvaluatedIndicator.Builder e = EvaluatedIndicator.builder().indicator(row).actual(cells.targetText());
      maybe().ifPresent(e::scoreText);
      text().ifPresent(e::deviation);
      b.addIndicator(e.build());
    }
    BudgetExecution.Builder line = BudgetExecution.builder();
    amount(target.amountUnit()).ifPresent(line::initialBudgetCell);
    amount(target.amountUnit()).ifPresent(line::annualBudgetCell);
    amount(target.amountUnit()).ifPresent(line::annualSpendingCell);
    maybe().map(s -> random.nextBoolean() ? s + "%" : s).ifPresent(line::executionRateText);
    maybe().ifPresent(line::weightText);
    maybe().ifPresent(line::scoreText);
    b.budgetExecution(line.build());
    text().ifPresent(b::outcome);
    maybe().ifPresent(b::totalScoreText);
    pickGrade().ifPresent(b::gradeText);
    for (SelfEvaluationField f : SelfEvaluationField.values()) {
      if (random.nextInt(6) == 0) {
        b.addAbsentEvaluationCells(f);
      }
    }
    if (random.nextInt(4) == 0) {
      b.addAbsentCells(TableField.BASIS);
    }
    return b.build();
  }

  public MonitoringTable monitoring() {
    ProjectTargetTable target = cells.table(random.nextInt(5));
    MonitoringTable.Builder b = MonitoringTable.forTarget(target).indicators(List.of());
    for (Indicator row : target.indicators()) {
      MonitoredIndicator.Builder m = MonitoredIndicator.builder().indicator(row).progress(cells.targetText())
          .expected(cells.targetText());
      text().ifPresent(m::deviation);
      text().ifPresent(m::correction);
      b.addIndicator(m.build());
    }
    text().ifPresent(b::periodText);
    amount(target.amountUnit()).ifPresent(b::annualBudgetCell);
    amount(target.amountUnit()).ifPresent(b::spendingToDateCell);
    amount(target.amountUnit()).ifPresent(b::expectedSpendingCell);
    amount(target.amountUnit()).ifPresent(b::initialBudgetCell);
    maybe().ifPresent(b::executionRateText);
    for (MonitoringField f : MonitoringField.values()) {
      if (random.nextInt(6) == 0) {
        b.addAbsentMonitoringCells(f);
      }
    }
    return b.build();
  }

  /** Absent, blank, a number in one of its written forms, or free text. */
  private Optional<String> maybe() {
    switch (random.nextInt(5)) {
      case 0:
        return Optional.empty();
      case 1:
        return Optional.of(cells.text(2));
      default:
        String n = cells.decimal().toPlainString();
        return Optional.of(String.format(NUMBER_FORMS[random.nextInt(NUMBER_FORMS.length)], n));
    }
  }

  private Optional<String> text() {
    return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(cells.text(3));
  }

  private Optional<WrittenAmount> amount(AmountUnit unit) {
    switch (random.nextInt(4)) {
      case 0:
        return Optional.empty();
      case 1:
        return Optional.of(WrittenAmount.parse(cells.text(2), unit));
      default:
        return Optional.of(WrittenAmount.of(cells.amount(random.nextBoolean() ? unit : AmountUnit.YUAN)));
    }
  }

  private Optional<String> pickGrade() {
    String[] grades = {"优", "良好", "中等", "差", "EXCELLENT", "合格"};
    return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(grades[random.nextInt(grades.length)]);
  }
}
