package io.github.jixiao.examples.service.jackson2;

import io.github.jixiao.examples.service.FormatProblems;
import io.github.jixiao.jackson2.Jackson2FormatException;
import io.github.jixiao.jackson2.JixiaoJackson2Module;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service needs of Jackson 2 (Spring Boot 3): the SDK's Jackson 2 module as a bean, since Boot 3
 * adds every {@code Module} bean to its {@code ObjectMapper} but does not look for modules through
 * {@link java.util.ServiceLoader}; and where the reader's problem is in a body Spring could not read.
 */
@Configuration(proxyBeanMethods = false)
class Jackson2Support {

  @Bean
  JixiaoJackson2Module jixiaoModule() {
    return new JixiaoJackson2Module();
  }

  @Bean
  FormatProblems formatProblems() {
    return FormatProblems.carriedBy(Jackson2FormatException.class, Jackson2FormatException::problem);
  }
}
