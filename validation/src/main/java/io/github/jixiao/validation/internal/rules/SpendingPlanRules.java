package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.TableField;
import io.github.jixiao.validation.Rule;
import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The spending plan (资金支出计划): every checkpoint filled with a percentage, each within 0–100%, cumulative
 * so never decreasing, and 100% at the last one.
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
      // Only some provinces' templates have the block (Hebei's 3/6/10/12月底): required where the template has it.
      if (s.has(TableField.SPENDING_PLAN)) {
        s.report(Rule.PLAN_MISSING, TableField.SPENDING_PLAN, null, null);
      }
      return;
    }
    List<Checkpoint> checkpoints = plan.checkpoints();
    Checkpoint highest = null;
    for (Checkpoint c : checkpoints) {
      if (c.unparsedText().isPresent()) {
        String text = c.unparsedText().get();
        s.report(Rule.CHECKPOINT_NOT_A_PERCENTAGE, TableField.SPENDING_PLAN, c.label(), text, c.label(), month(c), text);
        continue;
      }
      if (c.isBlank()) {
        s.report(Rule.CHECKPOINT_BLANK, TableField.SPENDING_PLAN, c.label(), null, c.label(), month(c));
        continue;
      }
      BigDecimal p = c.percent().orElseThrow();
      String text = p.toPlainString();
      if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
        s.report(Rule.CHECKPOINT_OUT_OF_RANGE, TableField.SPENDING_PLAN, c.label(), text + "%", c.label(), text,
            month(c));
      }
      if (highest != null && p.compareTo(highest.percent().orElseThrow()) < 0) {
        s.report(Rule.CHECKPOINT_DECREASING, TableField.SPENDING_PLAN, c.label(), text + "%", c.label(), text,
            highest.label(), highest.percent().orElseThrow().toPlainString(), month(c), month(highest));
      } else {
        highest = c;
      }
    }
    Checkpoint last = checkpoints.get(checkpoints.size() - 1);
    last.percent().filter(p -> p.compareTo(HUNDRED) != 0).ifPresent(p -> s.report(Rule.PLAN_NOT_COMPLETE,
        TableField.SPENDING_PLAN, last.label(), p.toPlainString() + "%", last.label(), p.toPlainString(), month(last)));
  }
}
