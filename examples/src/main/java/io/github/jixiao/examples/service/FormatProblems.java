package io.github.jixiao.examples.service;

import io.github.jixiao.serialization.ReadProblem;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the SDK reader's problem (读取问题: code, line, column, path) behind a request body that Spring could
 * not read. The SDK has one Jackson module per Jackson major line, and each throws its own exception carrying
 * the problem; the application declares this bean for the Jackson its Spring Boot uses.
 */
@FunctionalInterface
public interface FormatProblems {

  /** The problem carried by {@code failure} or by one of its causes; empty when none carries one. */
  Optional<ReadProblem> find(Throwable failure);

  /** Problems carried by exceptions of {@code type}, the first of the cause chain. */
  static <T extends Throwable> FormatProblems carriedBy(Class<T> type, Function<T, ReadProblem> problem) {
    return failure -> {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return Optional.of(problem.apply(type.cast(t)));
        }
      }
      return Optional.empty();
    };
  }
}
