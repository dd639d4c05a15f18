package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One indicator row (绩效指标) of a project target table: category (一级指标), sub-category (二级指标), name
 * (三级指标), description (绩效指标描述), target value (指标值) and its basis (指标值确定依据), plus the split
 * columns some provinces publish: comparison (指标性质), unit of measure (度量单位), direction (指标方向) and
 * weight (权重).
 *
 * <p>Category and sub-category are kept as the labels that were written, so that a misspelt or misplaced
 * label survives to be reported; {@link #category()} and {@link #subcategory()} read them.
 *
 * <pre>{@code
 * Indicator.of(OUTPUT, QUANTITY, "创建基层优秀团组织数量", "≥22个")
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Indicator implements WithIndicator {

  /** The 一级指标 cell as written (after inheriting a blank cell from the row above); may be empty. */
  @Value.Default
  public String categoryLabel() {
    return "";
  }

  /** The 二级指标 cell as written; may be empty. */
  @Value.Default
  public String subcategoryLabel() {
    return "";
  }

  /** 三级指标: the indicator's own name; may be empty in a defective table. */
  @Value.Default
  public String name() {
    return "";
  }

  /** 绩效指标描述. */
  public abstract Optional<String> description();

  /** 指标值, parsed, its original text kept. */
  @Value.Default
  public TargetValue target() {
    return TargetValue.blank();
  }

  /** 指标值确定依据, e.g. 年度工作安排, 计划标准. */
  public abstract Optional<String> basis();

  /** 指标性质, where the table publishes it in its own column. */
  public abstract Optional<Comparison> comparison();

  /** 度量单位 / 计量单位, where the table publishes it in its own column. */
  public abstract Optional<String> unitOfMeasure();

  /** 指标方向: 正向 or 反向. */
  public abstract Optional<Direction> direction();

  /** 权重 / 分值. */
  public abstract Optional<BigDecimal> weight();

  /**
   * The category that {@link #categoryLabel()} names, if it names one. Read once per row and kept (not part of
   * equality): validation asks it of every row several times.
   */
  @Value.Lazy
  public Optional<IndicatorCategory> category() {
    return IndicatorCategory.parse(categoryLabel());
  }

  /** The sub-category that {@link #subcategoryLabel()} names, if it names one; read once, like the category. */
  @Value.Lazy
  public Optional<IndicatorSubcategory> subcategory() {
    return IndicatorSubcategory.parse(subcategoryLabel());
  }

  /** A row with category, sub-category, name and target value: the four cells every table has. */
  public static Indicator of(IndicatorCategory category, IndicatorSubcategory subcategory, String name,
      String target) {
    return builder().category(category).subcategory(subcategory).name(name).target(target).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link Indicator}; the enum and text setters add to the generated ones. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}

    /** Sets the 一级指标 cell to the category's standard label. */
    public Builder category(IndicatorCategory category) {
      return categoryLabel(category.label());
    }

    /** Sets the 二级指标 cell to the sub-category's standard label. */
    public Builder subcategory(IndicatorSubcategory subcategory) {
      return subcategoryLabel(subcategory.label());
    }

    /** Sets the 指标值 cell from its text, parsed by {@link TargetValue#parse}. */
    public Builder target(String text) {
      return target(TargetValue.parse(text));
    }
  }
}
