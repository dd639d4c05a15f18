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
 * <p>Category and sub-category, and the split columns, are kept as the cells that were written, so that a
 * misspelt or misplaced label ({@code 正向} under 指标性质) survives to be reported; {@link #category()},
 * {@link #subcategory()}, {@link #comparison()}, {@link #direction()} and {@link #weight()} read them.
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

  /** The 指标性质 cell as written ({@code ≥}, {@code >=}, {@code 定性}), where the table has the column. */
  public abstract Optional<String> comparisonText();

  /** 度量单位 / 计量单位, where the table publishes it in its own column. */
  public abstract Optional<String> unitOfMeasure();

  /** The 指标方向 cell as written ({@code 正向}), where the table has the column. */
  public abstract Optional<String> directionText();

  /** The 权重 / 分值 cell as written ({@code 10}, {@code １２．５}), where the table has the column. */
  public abstract Optional<String> weightText();

  /** 指标性质: what {@link #comparisonText()} names; empty when it names no comparison. */
  @Value.Lazy
  public Optional<Comparison> comparison() {
    return comparisonText().flatMap(Comparison::parse);
  }

  /** 指标方向: what {@link #directionText()} names; empty when it names no direction. */
  @Value.Lazy
  public Optional<Direction> direction() {
    return directionText().flatMap(Direction::parse);
  }

  /** 权重 / 分值: {@link #weightText()} as a number ({@code 10}, {@code １０}, {@code 10分}); empty when it is none. */
  @Value.Lazy
  public Optional<BigDecimal> weight() {
    return weightText().map(Points::parseOrNull);
  }

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

  /** A copy whose 指标性质 cell is the comparison's sign. */
  public Indicator withComparison(Comparison comparison) {
    return withComparisonText(comparison.symbol());
  }

  /** A copy whose 指标方向 cell is the direction's label. */
  public Indicator withDirection(Direction direction) {
    return withDirectionText(direction.label());
  }

  /** A copy whose 权重 cell is the number, scale kept. */
  public Indicator withWeight(BigDecimal weight) {
    return withWeightText(Decimals.format(weight));
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

    /** Sets the 指标性质 cell to the comparison's sign ({@code ≥}) or {@code 定性}. */
    public Builder comparison(Comparison comparison) {
      return comparisonText(comparison.symbol());
    }

    /** Sets the 指标方向 cell to the direction's label ({@code 正向}). */
    public Builder direction(Direction direction) {
      return directionText(direction.label());
    }

    /** Sets the 权重 cell to the number, scale kept. */
    public Builder weight(BigDecimal weight) {
      return weightText(Decimals.format(weight));
    }

    /** Sets the 指标值 cell from its text, parsed by {@link TargetValue#parse}. */
    public Builder target(String text) {
      return target(TargetValue.parse(text));
    }
  }
}
