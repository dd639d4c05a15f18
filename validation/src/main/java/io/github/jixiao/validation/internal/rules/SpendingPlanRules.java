package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.validation.Field;
import io.github.jixiao.validation.Rule;
import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The spending plan (资金支出计划): every checkpoint filled, each within 0–100%, cumulative so never
 * decreasing, and 100% at the last one.
 */
final class SpendingPlanRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SpendingPlanRules() {}

  /** The month's English name, for the English messages: {@code December}. */
  private static String month(Checkpoint c) {
    return c.month().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static void check(TableScope s) {
    SpendingPlan plan = s.table.spendingPlan();
    if (plan.isEmpty()) {
      s.report(Rule.PLAN_MISSING, Field.SPENDING_PLAN, null, null);
      return;
    }
    List<Checkpoint> checkpoints = plan.checkpoints();
    Checkpoint highest = null;
    for (Checkpoint c : checkpoints) {
      if (c.isBlank()) {
        s.report(Rule.CHECKPOINT_BLANK, Field.SPENDING_PLAN, c.label(), null, c.label(), month(c));
        continue;
      }
      BigDecimal p = c.percent().orElseThrow();
      String text = p.toPlainString();
      if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
        s.report(Rule.CHECKPOINT_OUT_OF_RANGE, Field.SPENDING_PLAN, c.label(), text + "%", c.label(), text,
            month(c));
      }
      if (highest != null && p.compareTo(highest.percent().orElseThrow()) < 0) {
        s.report(Rule.CHECKPOINT_DECREASING, Field.SPENDING_PLAN, c.label(), text + "%", c.label(), text,
            highest.label(), highest.percent().orElseThrow().toPlainString(), month(c), month(highest));
      } else {
        highest = c;
      }
    }
    Checkpoint last = checkpoints.get(checkpoints.size() - 1);
    last.percent().filter(p -> p.compareTo(HUNDRED) != 0).ifPresent(p -> s.report(Rule.PLAN_NOT_COMPLETE,
        Field.SPENDING_PLAN, last.label(), p.toPlainString() + "%", last.label(), p.toPlainString(), month(last)));
  }
}
