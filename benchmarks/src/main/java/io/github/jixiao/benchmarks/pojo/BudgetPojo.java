package io.github.jixiao.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A budget (预算数, 财政资金, 其他资金) as a hand-written POJO. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BudgetPojo {
  @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6)
  public BigDecimal total;
  @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6)
  public BigDecimal fiscalFunds;
  @DecimalMin("0") @Digits(integer = 12, fraction = 6)
  public BigDecimal otherFunds;

  static BudgetPojo of(Budget budget) {
    BudgetPojo p = new BudgetPojo();
    p.total = budget.total().map(Amount::value).orElse(null);
    p.fiscalFunds = budget.fiscalFunds().map(Amount::value).orElse(null);
    p.otherFunds = budget.otherFunds().map(Amount::value).orElse(null);
    return p;
  }
}
