package io.github.jixiao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.jixiao.core.Indicator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An indicator row (绩效指标) as a hand-written POJO. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class IndicatorPojo {
  @NotBlank @Pattern(regexp = "COST|OUTPUT|BENEFIT|SATISFACTION")
  public String category;
  @NotBlank @Size(max = 40)
  public String subcategory;
  @NotBlank @Size(max = 100)
  public String name;
  @Size(max = 500)
  public String description;
  @NotNull @Valid
  public TargetPojo target;
  @Size(max = 500)
  public String basis;
  @Pattern(regexp = "AT_LEAST|AT_MOST|MORE_THAN|LESS_THAN|EQUAL|QUALITATIVE")
  public String comparison;
  @Size(max = 12)
  public String unitOfMeasure;
  @Pattern(regexp = "POSITIVE|NEGATIVE")
  public String direction;
  @DecimalMin("0") @DecimalMax("100")
  public BigDecimal weight;

  static IndicatorPojo of(Indicator indicator) {
    IndicatorPojo p = new IndicatorPojo();
    p.category = indicator.category().map(Enum::name).orElse(indicator.categoryLabel());
    p.subcategory = indicator.subcategory().map(Enum::name).orElse(indicator.subcategoryLabel());
    p.name = indicator.name();
    p.description = indicator.description().orElse(null);
    p.target = TargetPojo.of(indicator.target());
    p.basis = indicator.basis().orElse(null);
    p.comparison = indicator.comparison().map(Enum::name).orElse(null);
    p.unitOfMeasure = indicator.unitOfMeasure().orElse(null);
    p.direction = indicator.direction().map(Enum::name).orElse(null);
    p.weight = indicator.weight().orElse(null);
    return p;
  }
}
