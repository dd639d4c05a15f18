package io.github.jixiao.validation.hv8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ExpressionFactory;
import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * This module's tests prove something only while they run on Spring Boot 3.5's Bean Validation: Hibernate
 * Validator 8.0 over Jakarta Validation 3.0, with Tomcat's expression language. A change to the POMs that let
 * version 9 back in would make every test here pass for the wrong reason, so the versions are checked.
 */
class ClasspathVersionsTest {

  @Test
  void runsOnHibernateValidator8() {
    assertThat(HibernateValidator.class.getPackage().getImplementationVersion()).startsWith("8.0.");
  }

  @Test
  void hasNoClassThatOnlyHibernateValidator9Has() {
    assertThatThrownBy(() -> Class.forName("org.hibernate.validator.messageinterpolation.MessageParameterEscaping"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void runsOnJakartaValidation30() {
    // The 3.0.2 jar names its version only in its OSGi manifest, so the jar's own name is what is read.
    assertThat(jarOf(Validation.class)).startsWith("jakarta.validation-api-3.0.");
  }

  @Test
  void expressionLanguageIsTomcats() {
    assertThat(ExpressionFactory.newInstance().getClass().getName()).startsWith("org.apache.el.");
  }

  private static String jarOf(Class<?> type) {
    String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return location.substring(location.lastIndexOf('/') + 1);
  }
}
