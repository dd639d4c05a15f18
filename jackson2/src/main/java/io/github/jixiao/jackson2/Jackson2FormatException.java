package io.github.jixiao.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.jixiao.serialization.ReadProblem;

/**
 * What {@link JixiaoJackson2Module}'s deserializers throw for input that breaks the format (格式错误): a Jackson 2
 * {@link JsonMappingException}, so that Spring Boot 3 answers it as a bad request, carrying the same
 * {@link ReadProblem} as the Jackson 3 module's {@code FormatException}: code, line, column and path.
 */
public final class Jackson2FormatException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final transient ReadProblem problem;

  Jackson2FormatException(JsonParser parser, ReadProblem problem, Throwable cause) {
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
