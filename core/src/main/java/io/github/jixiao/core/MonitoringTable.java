package io.github.jixiao.core;

import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A project's mid-year monitoring table (项目支出绩效运行监控表): its target table's indicators with their
 * progress and the value expected by the year's end, and the budget spent by the end of the period (1–7月 is
 * common) against the year's budget.
 *
 * <p>It belongs to its target table by project code and fiscal year ({@link #monitors}). Every cell is kept as
 * written beside what it reads as; spending behind the share of the year elapsed still builds, for the validator
 * to report.
 */
@Value.Immutable
@ModelStyle
public abstract class MonitoringTable implements WithMonitoringTable {
  /** The last month of a period as published: {@code 1-7月}, {@code 1—7月}, {@code 1至7月}, {@code 截至7月底}. */
  private static final Pattern LAST_MONTH = Pattern.compile("(\\d{1,2})月(?:底|末)?(?:份)?\\s*$");

  /** The budget year monitored. */
  public abstract Optional<Year> fiscalYear();

  /** 预算单位. */
  public abstract Optional<BudgetUnit> unit();

  /** The money unit of the budget cells (单位：万元); 万元 unless stated. */
  @Value.Default
  public AmountUnit amountUnit() {
    return AmountUnit.WAN_YUAN;
  }

  /** 项目编码: the code that ties the table to its target table. */
  public abstract Optional<String> projectCode();

  /** 项目名称. */
  public abstract Optional<String> projectName();

  /** 年度绩效目标: the year's goals as the target table set them. */
  public abstract List<String> goals();

  /** The period the table covers, as written ({@code 1-7月}); empty when it was left blank. */
  public abstract Optional<String> periodText();

  /** 年初预算数 as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> initialBudgetCell();

  /** 全年预算数 as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> annualBudgetCell();

  /** 执行数 by the end of the period, as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> spendingToDateCell();

  /** 执行率 as written ({@code 52.3%}); empty when it was left blank. */
  public abstract Optional<String> executionRateText();

  /** 全年预计执行数 as written; empty when it was left blank. */
  public abstract Optional<WrittenAmount> expectedSpendingCell();

  /** The indicator rows, in published order. */
  public abstract List<MonitoredIndicator> indicators();

  /**
   * The last month the period covers: {@code 1-7月} is July. Empty when the period is blank or names no month from
   * 1 to 12.
   */
  @Value.Lazy
  public Optional<Month> monitoredThrough() {
    Matcher m = LAST_MONTH.matcher(Characters.toHalfWidth(periodText().orElse("")).strip());
    if (!m.find()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(1));
    return month >= 1 && month <= 12 ? Optional.of(Month.of(month)) : Optional.empty();
  }

  /** 年初预算数; empty when the cell is blank or holds no amount. */
  public Optional<Amount> initialBudget() {
    return initialBudgetCell().flatMap(WrittenAmount::amount);
  }

  /** 全年预算数; empty when the cell is blank or holds no amount. */
  public Optional<Amount> annualBudget() {
    return annualBudgetCell().flatMap(WrittenAmount::amount);
  }

  /** 执行数 by the end of the period; empty when the cell is blank or holds no amount. */
  public Optional<Amount> spendingToDate() {
    return spendingToDateCell().flatMap(WrittenAmount::amount);
  }

  /** 全年预计执行数; empty when the cell is blank or holds no amount. */
  public Optional<Amount> expectedSpending() {
    return expectedSpendingCell().flatMap(WrittenAmount::amount);
  }

  /** 执行率 as a number of percent ({@code 52.3%} and {@code 52.3} read as 52.3); empty when it is none. */
  @Value.Lazy
  public Optional<BigDecimal> executionRate() {
    return executionRateText().map(Percents::parseOrNull);
  }

  /** The target-table cells the layout does not have, as for {@link ProjectTargetTable#absentCells()}. */
  @Value.Auxiliary
  public abstract Set<TableField> absentCells();

  /** The monitoring cells the layout does not have, as opposed to cells it left blank. Not part of equality. */
  @Value.Auxiliary
  public abstract Set<MonitoringField> absentMonitoringCells();

  /** Whether the table's layout lacks {@code cell} (see {@link #absentCells()}). */
  public boolean isAbsent(TableField cell) {
    return absentCells().contains(cell);
  }

  /** Whether the table's layout lacks {@code cell} (see {@link #absentMonitoringCells()}). */
  public boolean isAbsent(MonitoringField cell) {
    return absentMonitoringCells().contains(cell);
  }

  /** Whether this table monitors {@code target}: the same project code and fiscal year, both present. */
  public boolean monitors(ProjectTargetTable target) {
    return projectCode().isPresent() && projectCode().equals(target.projectCode())
        && fiscalYear().isPresent() && fiscalYear().equals(target.fiscalYear());
  }

  /** A builder started from a target table: its identity, goals, and one row per indicator, nothing monitored. */
  public static Builder forTarget(ProjectTargetTable target) {
    Builder b = builder();
    target.fiscalYear().ifPresent(b::fiscalYear);
    target.unit().ifPresent(b::unit);
    target.projectCode().ifPresent(b::projectCode);
    target.projectName().ifPresent(b::projectName);
    b.amountUnit(target.amountUnit()).addAllGoals(target.goals());
    for (Indicator row : target.indicators()) {
      b.addIndicator(MonitoredIndicator.builder().indicator(row).build());
    }
    return b;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MonitoringTable}. */
  public static final class Builder extends ImmutableMonitoringTable.Builder {
    Builder() {}

    /** Sets the budget year. */
    public Builder fiscalYear(int year) {
      return fiscalYear(Year.of(year));
    }
  }
}
