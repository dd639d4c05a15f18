package io.github.jixiao.core;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The spending plan (资金支出计划（%）): ordered checkpoints of the cumulative share of the budget spent.
 *
 * <pre>{@code
 * SpendingPlan.ofMonthEnds(3, 6, 10, 12).percents("30", "30", "100", "")   // a blank stays blank
 * SpendingPlan.standard("25.00%", "50.00%", "75.00%", "100.00%")          // Hebei's 3/6/10/12 month ends
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class SpendingPlan implements WithSpendingPlan {
  /** The month ends of Hebei's published tables: 3月底, 6月底, 10月底, 12月底. */
  public static final List<Month> STANDARD_MONTH_ENDS =
      List.of(Month.MARCH, Month.JUNE, Month.OCTOBER, Month.DECEMBER);

  private static final SpendingPlan EMPTY = builder().build();

  public abstract List<Checkpoint> checkpoints();

  /** A plan with no checkpoint at all (the table has no spending-plan cells). */
  public static SpendingPlan empty() {
    return EMPTY;
  }

  /** A plan at the {@link #STANDARD_MONTH_ENDS}, from the four published cells. */
  public static SpendingPlan standard(String march, String june, String october, String december) {
    return new MonthEnds(STANDARD_MONTH_ENDS).percents(march, june, october, december);
  }

  /** Starts a plan at the ends of the given months (1–12, in order); {@link MonthEnds#percents} fills it. */
  public static MonthEnds ofMonthEnds(int... months) {
    List<Month> list = new ArrayList<>(months.length);
    for (int m : months) {
      list.add(Month.of(m));
    }
    return new MonthEnds(list);
  }

  /** The checkpoint at the end of {@code month}, if the plan has one. */
  public Optional<Checkpoint> at(Month month) {
    return checkpoints().stream().filter(c -> c.month() == month).findFirst();
  }

  public boolean isEmpty() {
    return checkpoints().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link SpendingPlan}. */
  public static final class Builder extends ImmutableSpendingPlan.Builder {
    Builder() {}
  }

  /** The months of a plan, waiting for their percents. */
  public static final class MonthEnds {
    private final List<Month> months;

    private MonthEnds(List<Month> months) {
      this.months = List.copyOf(months);
    }

    /**
     * The plan with one published cell per month: {@code 25.00%}, {@code 25}, or blank; a cell that is no
     * percentage is kept as written ({@link Checkpoint#unparsedText()}).
     *
     * @throws IllegalArgumentException when the count differs from the months
     */
    public SpendingPlan percents(String... cells) {
      Objects.requireNonNull(cells, "percents");
      if (cells.length != months.size()) {
        throw new IllegalArgumentException("percents: expected " + months.size() + " cells, one per month, found "
            + cells.length);
      }
      Builder b = builder();
      for (int i = 0; i < cells.length; i++) {
        b.addCheckpoint(Checkpoint.parse(months.get(i), Objects.requireNonNull(cells[i], "percents[" + i + "]")));
      }
      return b.build();
    }
  }
}
