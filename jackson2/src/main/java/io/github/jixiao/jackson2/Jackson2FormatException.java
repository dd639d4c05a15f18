package io.github.jixiao.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;

/**
 * What {@link JixiaoJackson2Module}'s deserializers throw for input that breaks the format (格式错误): a Jackson 2
 * {@link JsonMappingException}, so that Spring Boot 3 answers it as a bad request, caused by the format's own
 * {@link ReadException} and so carrying the same {@link ReadProblem} as the Jackson 3 module's
 * {@code FormatException}: code, line, column and path.
 */
public final class Jackson2FormatException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  Jackson2FormatException(JsonParser parser, ReadException failure) {
    super(parser, failure.getMessage(), failure);
  }

  public ReadProblem problem() {
    return ((ReadException) getCause()).problem();
  }

  /** The problem's sentence with its location, without the reference chain Jackson 2 would add. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }
}
