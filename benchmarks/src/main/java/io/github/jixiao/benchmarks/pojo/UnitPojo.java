package io.github.jixiao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.jixiao.core.BudgetUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A budget unit (预算单位) as a hand-written POJO. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class UnitPojo {
  @Pattern(regexp = "\\d{6}")
  public String code;
  @NotBlank @Size(max = 200)
  public String name;

  static UnitPojo of(BudgetUnit unit) {
    UnitPojo p = new UnitPojo();
    p.code = unit.code().orElse(null);
    p.name = unit.name();
    return p;
  }
}
