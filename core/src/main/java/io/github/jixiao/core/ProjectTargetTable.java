package io.github.jixiao.core;

import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project target table (项目支出绩效目标表 / 预算项目绩效目标表): one budget project's unit, code, name,
 * budget, use of funds, spending plan, target statements (绩效目标) and indicator rows.
 *
 * <p>A table whose content is wrong — a blank checkpoint, totals that do not add up, a value cell that holds
 * no value — still builds: finding such defects is the validator's work. Only impossible states, such as a
 * null, are refused, with a message naming the field.
 */
@Value.Immutable
@ModelStyle
public abstract class ProjectTargetTable implements WithProjectTargetTable {

  /** The budget year, for a table that stands alone outside a document. */
  public abstract Optional<Year> fiscalYear();

  /** The 预算年度 cell as written when it names no year ({@code 二〇二五}, {@code 25}); empty otherwise. */
  public abstract Optional<String> fiscalYearText();

  /** 预算单位. */
  public abstract Optional<BudgetUnit> unit();

  /** The money unit of the table's amounts (单位：万元); 万元 unless stated. */
  @Value.Default
  public AmountUnit amountUnit() {
    return AmountUnit.WAN_YUAN;
  }

  /**
   * The money-unit cell as written when it names no money unit ({@code 千元}); the amounts are then read in
   * {@link #amountUnit()}, 万元 unless stated. Empty otherwise.
   */
  public abstract Optional<String> amountUnitText();

  /** 项目编码, e.g. {@code 13043425P00450110058B}. */
  public abstract Optional<String> projectCode();

  /** 项目名称. */
  public abstract Optional<String> projectName();

  /** 预算数, 财政资金, 其他资金. */
  @Value.Default
  public Budget budget() {
    return Budget.empty();
  }

  /** 资金用途. */
  public abstract Optional<String> fundUse();

  /** 资金支出计划. */
  @Value.Default
  public SpendingPlan spendingPlan() {
    return SpendingPlan.empty();
  }

  /** 绩效目标: the numbered target statements, in order, without their numbers. */
  public abstract List<String> goals();

  /** The indicator rows, in published order. */
  public abstract List<Indicator> indicators();

  /** The indicator framework the table states it follows; when empty the validator infers it. */
  public abstract Optional<IndicatorFramework> framework();

  /** False when the table was cut off (a truncated document): the rows that were read are kept. */
  @Value.Default
  public boolean complete() {
    return true;
  }

  /**
   * The cells the table's layout does not have, as opposed to cells it has and left blank: a sheet without a
   * 其他资金 column, a published table without a 指标值确定依据 column. Empty when nothing is known of the layout,
   * as for a table built in code. Not part of equality: the same cells read from two layouts are the same
   * table, and a layout is what a writer chooses (a sheet writes the split columns only when a row fills them).
   */
  @Value.Auxiliary
  public abstract Set<TableField> absentCells();

  /** Whether the table's layout lacks {@code cell} (see {@link #absentCells()}). */
  public boolean isAbsent(TableField cell) {
    return absentCells().contains(cell);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ProjectTargetTable}. */
  public static final class Builder extends ImmutableProjectTargetTable.Builder {
    Builder() {}

    /** Sets the budget year. */
    public Builder fiscalYear(int year) {
      return fiscalYear(Year.of(year));
    }

    /** Adds an indicator row from its four main cells. */
    public Builder addIndicator(IndicatorCategory category, IndicatorSubcategory subcategory, String name,
        String target) {
      return addIndicator(Indicator.of(category, subcategory, name, target));
    }

    /**
     * Adds an indicator row from the six cells of the published grid, in their order: 一级指标, 二级指标,
     * 三级指标, 绩效指标描述 ({@code description}), 指标值 ({@code target}) and 指标值确定依据
     * ({@code basis}) — a row with nothing left for a reviewer to ask about.
     */
    public Builder addIndicator(IndicatorCategory category, IndicatorSubcategory subcategory, String name,
        String description, String target, String basis) {
      return addIndicator(Indicator.builder().category(category).subcategory(subcategory).name(name)
          .description(description).target(target).basis(basis).build());
    }
  }
}
