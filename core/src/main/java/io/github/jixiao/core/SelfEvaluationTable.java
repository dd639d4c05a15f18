package io.github.jixiao.core;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A project's year-end self-evaluation table (项目支出绩效自评表): its target table's indicators with their
 * actual values, points and scores, the budget line ({@link BudgetExecution}), the outcome (实际完成情况) beside
 * the year's goals (年度绩效目标), the total score (总分) and the grade (自评等级).
 *
 * <p>It belongs to its target table by project code and fiscal year ({@link #evaluates}). Every cell is kept as
 * written beside what it reads as; scores that ignore the numbers, a total that does not add up or a grade that
 * contradicts it still build, for the scoring engine and the validator to report.
 */
@Value.Immutable
@ModelStyle
public abstract class SelfEvaluationTable implements WithSelfEvaluationTable {

  /** The budget year evaluated. */
  public abstract Optional<Year> fiscalYear();

  /** The 年度 cell as written when it names no year ({@code 二〇二五}); empty otherwise. */
  public abstract Optional<String> fiscalYearText();

  /** 预算单位 (实施单位 on some forms). */
  public abstract Optional<BudgetUnit> unit();

  /** The money unit of the budget line (单位：万元); 万元 unless stated. */
  @Value.Default
  public AmountUnit amountUnit() {
    return AmountUnit.WAN_YUAN;
  }

  /** 项目编码: the code that ties the table to its target table. */
  public abstract Optional<String> projectCode();

  /** 项目名称. */
  public abstract Optional<String> projectName();

  /** The budget line: 年初预算数, 全年预算数, 全年执行数, 执行率, its points and score. */
  @Value.Default
  public BudgetExecution budgetExecution() {
    return BudgetExecution.empty();
  }

  /** 年度总体目标: the year's goals as the target table set them, in order. */
  public abstract List<String> goals();

  /** 实际完成情况: what the year achieved, in the unit's words; empty when it was left blank. */
  public abstract Optional<String> outcome();

  /** The indicator rows, in published order. */
  public abstract List<EvaluatedIndicator> indicators();

  /** The 总分 cell as written; empty when it was left blank. */
  public abstract Optional<String> totalScoreText();

  /** The 自评等级 cell as written ({@code 优}, {@code 良好}); empty when it was left blank. */
  public abstract Optional<String> gradeText();

  /** 总分 as a number; empty when the cell is blank or holds none. */
  @Value.Lazy
  public Optional<BigDecimal> totalScore() {
    return totalScoreText().map(Points::parseOrNull);
  }

  /** 自评等级: the grade {@link #gradeText()} names; empty when it names none. */
  @Value.Lazy
  public Optional<Grade> grade() {
    return gradeText().flatMap(Grade::parse);
  }

  /**
   * The target-table cells the layout does not have, as for {@link ProjectTargetTable#absentCells()}: a form
   * without a 指标值确定依据 column. Not part of equality.
   */
  @Value.Auxiliary
  public abstract Set<TableField> absentCells();

  /**
   * The self-evaluation cells the layout does not have, as opposed to cells it has and left blank: a form without
   * a 年初预算数 column, or without a 自评等级. Not part of equality.
   */
  @Value.Auxiliary
  public abstract Set<SelfEvaluationField> absentEvaluationCells();

  /** Whether the table's layout lacks {@code cell} (see {@link #absentCells()}). */
  public boolean isAbsent(TableField cell) {
    return absentCells().contains(cell);
  }

  /** Whether the table's layout lacks {@code cell} (see {@link #absentEvaluationCells()}). */
  public boolean isAbsent(SelfEvaluationField cell) {
    return absentEvaluationCells().contains(cell);
  }

  /**
   * Whether this table evaluates {@code target}: both name the same project code and the same fiscal year.
   * False when either table lacks one of them, since a name alone is too often shared.
   */
  public boolean evaluates(ProjectTargetTable target) {
    return projectCode().isPresent() && projectCode().equals(target.projectCode())
        && fiscalYear().isPresent() && fiscalYear().equals(target.fiscalYear());
  }

  /**
   * A builder started from a target table: its year, unit, money unit, project code and name, goals, and one row
   * per indicator with the actual, the score and the deviation still blank.
   */
  public static Builder forTarget(ProjectTargetTable target) {
    Builder b = builder();
    target.fiscalYear().ifPresent(b::fiscalYear);
    target.fiscalYearText().ifPresent(b::fiscalYearText);
    target.unit().ifPresent(b::unit);
    target.projectCode().ifPresent(b::projectCode);
    target.projectName().ifPresent(b::projectName);
    b.amountUnit(target.amountUnit()).addAllGoals(target.goals());
    for (Indicator row : target.indicators()) {
      b.addIndicator(EvaluatedIndicator.builder().indicator(row).build());
    }
    return b;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link SelfEvaluationTable}. */
  public static final class Builder extends ImmutableSelfEvaluationTable.Builder {
    Builder() {}

    /** Sets the budget year. */
    public Builder fiscalYear(int year) {
      return fiscalYear(Year.of(year));
    }
  }
}
