package io.github.jixiao.examples.service;

import io.github.jixiao.validation.ValidationPolicy;
import io.github.jixiao.validation.bean.BeanValidation;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Example: a Spring Boot REST service that stores project target tables (项目支出绩效目标表) sent as JSON.
 * {@code POST /tables} answers 201 for a table without error findings and 400 with the findings for one
 * with errors; {@code GET /tables/{id}} gives a stored table back. The same sources run on Spring Boot 4
 * with Jackson 3 (this module) and on Spring Boot 3 with Jackson 2 (the module {@code examples-boot3});
 * only the sub-package named for the Jackson differs.
 *
 * <p>Boot's mapper finds the SDK's Jackson module through {@link java.util.ServiceLoader} (the wire format
 * v1), and the {@link jakarta.validation.Validator} below replaces Boot's own, so {@code @Valid} runs the
 * rules.
 */
@SpringBootApplication
public class TableServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(TableServiceApplication.class, args);
  }

  // tag::spring-validator[]
  @Bean
  jakarta.validation.Validator validator() {
    return BeanValidation.validator(ValidationPolicy.national(), Locale.ENGLISH);
  }
  // end::spring-validator[]
}
