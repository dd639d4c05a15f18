package io.github.jixiao.validation.constraints;

import io.github.jixiao.validation.internal.constraints.ProjectCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a project code (项目编码): 21 characters — a 6-digit division code, a 2-digit year
 * and a 13-character tail of digits and capital letters, such as {@code 13043425P00450110058B}. The same
 * test as rule JX-CODE-002. {@code null} is valid; add {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = ProjectCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProjectCode.List.class)
public @interface ProjectCode {
  String message() default "{io.github.jixiao.validation.constraints.ProjectCode.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Several {@code @ProjectCode} declarations on one element, each with its own groups, payload or message (for
   * instance one for {@code Default} and one for {@link io.github.jixiao.validation.bean.Quality}).
   */
  @Documented
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
      ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    ProjectCode[] value();
  }
}
