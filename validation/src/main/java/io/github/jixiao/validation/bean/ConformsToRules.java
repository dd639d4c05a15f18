package io.github.jixiao.validation.bean;

import io.github.jixiao.validation.Severity;
import io.github.jixiao.validation.internal.bean.FindingMessageInterpolator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The constraint (符合校验规则) that {@link BeanValidation} declares on the core types, once per severity:
 * the object passes the rules of {@link io.github.jixiao.validation.Rule} with no finding of
 * {@link #severity()}. Its validators are registered programmatically, so core stays free of annotations.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConformsToRules {
  String message() default FindingMessageInterpolator.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The severity of the findings this declaration reports. */
  Severity severity();
}
