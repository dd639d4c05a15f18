package io.github.jixiao.validation.constraints;

import io.github.jixiao.validation.internal.constraints.UnitCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a budget unit code (单位编码): 6 digits, a 3-digit department code and a 3-digit
 * unit serial, such as {@code 712001}. The same test as rule JX-CODE-001. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = UnitCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(UnitCode.List.class)
public @interface UnitCode {
  String message() default "{io.github.jixiao.validation.constraints.UnitCode.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Several {@code @UnitCode} declarations on one element, each with its own groups, payload or message (for
   * instance one for {@code Default} and one for {@link io.github.jixiao.validation.bean.Quality}).
   */
  @Documented
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
      ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    UnitCode[] value();
  }
}
