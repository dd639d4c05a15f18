package io.github.jixiao.validation.internal.constraints;

import io.github.jixiao.validation.constraints.TargetValueText;
import io.github.jixiao.validation.internal.rules.TargetValueRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link TargetValueText} (指标值); instantiated by the Bean Validation engine. */
public final class TargetValueTextValidator implements ConstraintValidator<TargetValueText, CharSequence> {
  private int maxLength;

  @Override
  public void initialize(TargetValueText annotation) {
    this.maxLength = annotation.maxLength();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || value.length() <= maxLength && TargetValueRules.holdsValue(value.toString());
  }
}
