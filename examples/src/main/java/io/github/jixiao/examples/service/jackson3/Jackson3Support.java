package io.github.jixiao.examples.service.jackson3;

import io.github.jixiao.examples.service.FormatProblems;
import io.github.jixiao.serialization.jackson.FormatException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service needs of Jackson 3 (Spring Boot 4): where the reader's problem is in a body Spring could
 * not read. The SDK's Jackson 3 module itself needs no bean: Boot's {@code JsonMapper} finds it through
 * {@link java.util.ServiceLoader}.
 */
@Configuration(proxyBeanMethods = false)
class Jackson3Support {

  @Bean
  FormatProblems formatProblems() {
    return FormatProblems.carriedBy(FormatException.class, FormatException::problem);
  }
}
