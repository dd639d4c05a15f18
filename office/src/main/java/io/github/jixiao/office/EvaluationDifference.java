package io.github.jixiao.office;

import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.SelfEvaluationTable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The first cell in which self-evaluation tables read back from a written document differ from those written,
 * named by its path ({@code tables[0].indicators[2].score}) with both values, for a writer to refuse what the
 * layout cannot carry.
 */
final class EvaluationDifference {
  /** Where the tables differ, and how. */
  record Found(String path, String message) {}

  /** A cell of a table and how to get it. */
  private record Field<T>(String name, Function<T, Object> value) {}

  private static final List<Field<SelfEvaluationTable>> TABLE = List.of(
      new Field<>("fiscalYear", SelfEvaluationTable::fiscalYear),
      new Field<>("fiscalYearText", SelfEvaluationTable::fiscalYearText),
      new Field<>("unit", SelfEvaluationTable::unit),
      new Field<>("amountUnit", SelfEvaluationTable::amountUnit),
      new Field<>("projectCode", SelfEvaluationTable::projectCode),
      new Field<>("projectName", SelfEvaluationTable::projectName),
      new Field<>("budgetExecution.initialBudget", t -> t.budgetExecution().initialBudgetCell()),
      new Field<>("budgetExecution.annualBudget", t -> t.budgetExecution().annualBudgetCell()),
      new Field<>("budgetExecution.annualSpending", t -> t.budgetExecution().annualSpendingCell()),
      new Field<>("budgetExecution.executionRate", t -> t.budgetExecution().executionRateText()),
      new Field<>("budgetExecution.weight", t -> t.budgetExecution().weightText()),
      new Field<>("budgetExecution.score", t -> t.budgetExecution().scoreText()),
      new Field<>("goals", SelfEvaluationTable::goals),
      new Field<>("outcome", SelfEvaluationTable::outcome),
      new Field<>("indicators", t -> t.indicators().size() + " row(s)"),
      new Field<>("totalScore", SelfEvaluationTable::totalScoreText),
      new Field<>("grade", SelfEvaluationTable::gradeText));
  private static final List<Field<EvaluatedIndicator>> INDICATOR = List.of(
      new Field<>("category", e -> e.indicator().categoryLabel()),
      new Field<>("subcategory", e -> e.indicator().subcategoryLabel()),
      new Field<>("name", e -> e.indicator().name()),
      new Field<>("description", e -> e.indicator().description()),
      new Field<>("target", e -> e.indicator().target().raw()),
      new Field<>("basis", e -> e.indicator().basis()),
      new Field<>("comparison", e -> e.indicator().comparisonText()),
      new Field<>("unitOfMeasure", e -> e.indicator().unitOfMeasure()),
      new Field<>("direction", e -> e.indicator().directionText()),
      new Field<>("weight", e -> e.indicator().weightText()),
      new Field<>("actual", e -> e.actual().raw()),
      new Field<>("score", EvaluatedIndicator::scoreText),
      new Field<>("deviation", EvaluatedIndicator::deviation));

  private EvaluationDifference() {}

  /** The first difference, {@code «written» reads back as «read»} at its path; empty when the lists are equal. */
  static Optional<Found> first(List<SelfEvaluationTable> written, List<SelfEvaluationTable> read) {
    if (written.equals(read)) {
      return Optional.empty();
    }
    if (written.size() != read.size()) {
      return Optional.of(new Found("tables", written.size() + " table(s) read back as " + read.size()));
    }
    for (int i = 0; i < written.size(); i++) {
      String path = "tables[" + i + "]";
      SelfEvaluationTable w = written.get(i);
      SelfEvaluationTable r = read.get(i);
      Optional<Found> d = first(TABLE, w, r, path);
      for (int j = 0; d.isEmpty() && j < w.indicators().size(); j++) {
        d = first(INDICATOR, w.indicators().get(j), r.indicators().get(j), path + ".indicators[" + j + "]");
        if (d.isEmpty() && !w.indicators().get(j).equals(r.indicators().get(j))) {
          d = Optional.of(new Found(path + ".indicators[" + j + "]", "the row reads back otherwise"));
        }
      }
      if (d.isPresent() || !w.equals(r)) {
        return Optional.of(d.orElse(new Found(path, "the table reads back otherwise")));
      }
    }
    return Optional.empty();
  }

  private static <T> Optional<Found> first(List<Field<T>> fields, T written, T read, String path) {
    for (Field<T> f : fields) {
      Object w = f.value().apply(written);
      Object r = f.value().apply(read);
      if (!Objects.equals(w, r)) {
        return Optional.of(new Found(path + "." + f.name(), "«" + shown(w) + "» reads back as «" + shown(r) + "»"));
      }
    }
    return Optional.empty();
  }

  /** An optional shown as its value, or as blank; text cut to 40 characters. */
  private static String shown(Object value) {
    Object v = value instanceof Optional<?> o ? o.map(Object.class::cast).orElse("(blank)") : value;
    String s = String.valueOf(v);
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
