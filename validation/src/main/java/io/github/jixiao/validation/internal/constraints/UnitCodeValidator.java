package io.github.jixiao.validation.internal.constraints;

import io.github.jixiao.validation.constraints.UnitCode;
import io.github.jixiao.validation.internal.rules.CodeRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link UnitCode} (单位编码); instantiated by the Bean Validation engine. */
public final class UnitCodeValidator implements ConstraintValidator<UnitCode, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || CodeRules.isUnitCode(value.toString());
  }
}
