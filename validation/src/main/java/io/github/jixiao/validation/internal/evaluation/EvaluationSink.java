package io.github.jixiao.validation.internal.evaluation;

import io.github.jixiao.validation.EvaluationRule;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Receives what the evaluation rules find; the validator facade turns each call into a finding. */
@FunctionalInterface
public interface EvaluationSink {
  /** One defect: the rule, the row (empty for the table), the field's wire name, a detail, the value, the arguments. */
  void add(EvaluationRule rule, OptionalInt row, String field, Optional<String> detail, Optional<String> value,
      List<String> arguments);

  /** A defect of a table cell. */
  default void table(EvaluationRule rule, String field, Optional<String> value, String... arguments) {
    add(rule, OptionalInt.empty(), field, Optional.empty(), value, List.of(arguments));
  }

  /** A defect of an indicator row's cell. */
  default void row(EvaluationRule rule, int row, String field, Optional<String> value, String... arguments) {
    add(rule, OptionalInt.of(row), field, Optional.empty(), value, List.of(arguments));
  }
}
