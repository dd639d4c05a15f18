package io.github.jixiao.validation.constraints;

import io.github.jixiao.validation.internal.constraints.TargetValueTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string is a target value (指标值) that states a value — {@code ≥22个}, {@code ≥90%},
 * {@code 2025年12月底前}, {@code 优良} — within {@link #maxLength()} characters: not blank (JX-VALUE-001) and
 * not a name or an activity such as {@code 组织培训班次} (JX-VALUE-002). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = TargetValueTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(TargetValueText.List.class)
public @interface TargetValueText {
  String message() default "{io.github.jixiao.validation.constraints.TargetValueText.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The longest text accepted; 60, the width of the national budget system's column. */
  int maxLength() default 60;

  /**
   * Several {@code @TargetValueText} declarations on one element, each with its own groups, payload or message (for
   * instance one for {@code Default} and one for {@link io.github.jixiao.validation.bean.Quality}).
   */
  @Documented
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
      ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    TargetValueText[] value();
  }
}
