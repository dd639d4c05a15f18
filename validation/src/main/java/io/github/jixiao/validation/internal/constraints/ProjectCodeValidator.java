package io.github.jixiao.validation.internal.constraints;

import io.github.jixiao.validation.constraints.ProjectCode;
import io.github.jixiao.validation.internal.rules.CodeRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ProjectCode} (项目编码); instantiated by the Bean Validation engine. */
public final class ProjectCodeValidator implements ConstraintValidator<ProjectCode, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || CodeRules.isProjectCode(value.toString());
  }
}
