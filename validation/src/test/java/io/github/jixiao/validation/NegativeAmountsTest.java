package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ProjectTargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A negative amount is reported in whichever budget cell holds it, at that cell's property. */
class NegativeAmountsTest {
  private static final TableValidator VALIDATOR = TableValidator.create();

  @Test
  void rejectsANegativeAmountInEachBudgetCell() {
    Amount minus = Amount.wanYuan("-5.00");
    Amount five = Amount.wanYuan("5.00");
    Amount zero = Amount.wanYuan("0");
    assertThat(negatives(Budget.of(minus, five, zero))).containsExactly("budget.total");
    assertThat(negatives(Budget.of(five, minus, zero))).containsExactly("budget.fiscalFunds");
    assertThat(negatives(Budget.of(five, five, minus))).containsExactly("budget.otherFunds");
    assertThat(negatives(Budget.of(five, five, zero))).isEmpty();
  }

  private static List<String> negatives(Budget budget) {
    ProjectTargetTable table = CleanTables.wei().withBudget(budget);
    return VALIDATOR.validate(table).findings().stream().filter(f -> f.rule() == Rule.NEGATIVE_AMOUNT)
        .map(Finding::propertyPath).toList();
  }
}
