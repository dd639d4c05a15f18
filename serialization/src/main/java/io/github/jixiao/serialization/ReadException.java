package io.github.jixiao.serialization;

import java.util.Objects;

/**
 * The one exception every jixiao reader throws for input it cannot read (读取失败): its message names the
 * place and what was expected ({@code sheet.csv row 9 column 指标值: cell has an unbalanced quote}), never a
 * library's own wording. {@link #problem()} gives the parts.
 */
public final class ReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ReadProblem problem;

  public ReadException(ReadProblem problem) {
    super(Objects.requireNonNull(problem, "problem").toString());
    this.problem = problem;
  }

  /**
   * As {@link #ReadException(ReadProblem)}, keeping the library's exception as the cause for debugging; the
   * cause never shows in the message.
   */
  public ReadException(ReadProblem problem, Throwable cause) {
    super(Objects.requireNonNull(problem, "problem").toString(), cause);
    this.problem = problem;
  }

  public ReadProblem problem() {
    return problem;
  }
}
