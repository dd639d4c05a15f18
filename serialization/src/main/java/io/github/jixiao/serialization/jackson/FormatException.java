package io.github.jixiao.serialization.jackson;

import io.github.jixiao.serialization.ReadProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * What {@link JixiaoModule}'s deserializers throw for input that breaks the format (格式错误): a Jackson
 * {@link DatabindException}, so that frameworks such as Spring answer it as a bad request, carrying the
 * {@link ReadProblem} with its stable code, line, column and path. The codecs turn it into a
 * {@link io.github.jixiao.serialization.ReadException}.
 */
public final class FormatException extends DatabindException {
  private static final long serialVersionUID = 1L;

  private final transient ReadProblem problem;

  public FormatException(JsonParser parser, ReadProblem problem, Throwable cause) {
    super(parser, problem.toString(), cause);
    this.problem = problem;
  }

  public ReadProblem problem() {
    return problem;
  }

  /** The problem's sentence with its location, never Jackson's wording. */
  @Override
  public String getMessage() {
    return problem.toString();
  }
}
