package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.validation.Rule;
import java.util.Optional;

/**
 * The money of a table (预算数 = 财政资金 + 其他资金): sums exact across units, no negative amount, a blank
 * 其他资金 reported rather than read as zero, and cost targets held to the budget after converting units.
 */
final class BudgetRules {
  private BudgetRules() {}

  static void check(TableScope s) {
    Budget b = s.table.budget();
    boolean unread = written(s, b.totalCell(), TableField.BUDGET, "budget total")
        | written(s, b.fiscalFundsCell(), TableField.FISCAL_FUNDS, "fiscal funds")
        | written(s, b.otherFundsCell(), TableField.OTHER_FUNDS, "other funds");
    negative(s, b.total(), TableField.BUDGET);
    negative(s, b.fiscalFunds(), TableField.FISCAL_FUNDS);
    negative(s, b.otherFunds(), TableField.OTHER_FUNDS);
    boolean otherFundsBlank = b.total().isPresent() && b.otherFundsCell().filter(c -> !c.isBlank()).isEmpty()
        && s.has(TableField.OTHER_FUNDS);
    if (otherFundsBlank) {
      s.report(Rule.OTHER_FUNDS_BLANK, TableField.OTHER_FUNDS, null, null);
    }
    // A total that differs from the fiscal funds alone is what a blank 其他资金 leaves: one cause, reported
    // once, at the blank cell that is to be filled; likewise a cell that holds no amount.
    if (b.total().isPresent() && b.fiscalFunds().isPresent() && !otherFundsBlank && !unread) {
      Amount total = b.total().get();
      Amount sum = b.otherFunds().map(o -> b.fiscalFunds().get().plus(o)).orElse(b.fiscalFunds().get());
      if (!sum.isEqualTo(total)) {
        s.report(Rule.BUDGET_SUM, TableField.BUDGET, null, total.toString(), total, b.fiscalFunds().get(),
            b.otherFunds().map(Amount::toString).orElse("—"), sum.to(total.unit()));
      }
    }
  }

  /**
   * A budget cell as written: no amount, an incomplete unit ({@code 250万}), or a unit of its own other than the
   * table's ({@code 50000元} in a table in 万元). Returns whether the cell holds text that is no amount.
   */
  private static boolean written(TableScope s, Optional<WrittenAmount> cell, TableField field, String english) {
    if (cell.isEmpty() || cell.get().isBlank()) {
      return false;
    }
    WrittenAmount c = cell.get();
    String text = c.text();
    WrittenAmount.Flaw flaw = c.flaw().orElse(null);
    if (flaw == WrittenAmount.Flaw.NOT_AN_AMOUNT) {
      s.report(Rule.BUDGET_NOT_AN_AMOUNT, field, null, text, text, field.term(), english);
      return true;
    }
    Amount amount = c.amount().orElseThrow();
    AmountUnit tableUnit = s.table.amountUnit();
    if (flaw == WrittenAmount.Flaw.INCOMPLETE_UNIT) {
      s.report(Rule.AMOUNT_INCOMPLETE_UNIT, field, null, text, text, field.term(), english, amount);
    } else if (amount.unit() != tableUnit && !c.isDigitsOfAmount()) {
      // 50000元 converts to 5.0000万元; the message shows 5万元, as for cost targets.
      s.report(Rule.AMOUNT_IN_OTHER_UNIT, field, null, text, text, field.term(), english, amount.unit().label(),
          tableUnit.label(), Amount.of(amount.to(tableUnit).value().stripTrailingZeros(), tableUnit));
    }
    return false;
  }

  private static void negative(TableScope s, Optional<Amount> amount, TableField field) {
    amount.filter(Amount::isNegative).ifPresent(a -> s.report(Rule.NEGATIVE_AMOUNT, field, null, a.toString(), a));
  }

  /**
   * A cost target as money, in its own unit: {@code ≤650000元} is 650000元, {@code 250万} is 250万元, and a
   * bare number is in the table's unit.
   */
  static Optional<Amount> costAmount(TableScope s, Quantity q) {
    if (q.unit().isEmpty()) {
      return Optional.of(Amount.of(q.amount(), s.table.amountUnit()));
    }
    return q.asAmount();
  }

  /** Holds a cost target to the project's budget, converting units first. */
  static void checkCost(TableScope s, int row, String raw, Amount cost) {
    AmountUnit tableUnit = s.table.amountUnit();
    // 650000元 converts to 65.0000万元; the message shows 65万元.
    Amount converted = Amount.of(cost.to(tableUnit).value().stripTrailingZeros(), tableUnit);
    if (cost.unit() != tableUnit) {
      s.reportRow(Rule.COST_IN_OTHER_UNIT, row, TableField.TARGET, raw, raw, converted, tableUnit.label());
    }
    s.table.budget().total().filter(total -> cost.compareTo(total) > 0).ifPresent(total ->
        s.reportRow(Rule.COST_ABOVE_BUDGET, row, TableField.TARGET, raw, raw, converted, total));
  }
}
