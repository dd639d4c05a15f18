package io.github.jixiao.validation.internal.bean;

import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/** Turns findings into constraint violations whose property paths name the cell. */
final class Violations {
  private Violations() {}

  /** Adds one violation per finding of {@code severity}; returns whether there was none. */
  static boolean report(List<Finding> findings, Severity severity, String prefix, ConstraintValidatorContext context) {
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    boolean none = true;
    for (Finding f : findings) {
      if (f.severity() != severity) {
        continue;
      }
      none = false;
      // Not escaped: the interpolator reads the finding itself; its text never enters a template.
      hibernate.addMessageParameter(FindingMessageInterpolator.PARAMETER, f, MessageParameterEscaping.NONE)
          .withDynamicPayload(f);
      String path = f.propertyPath();
      String full = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
      CellPath.addAt(hibernate.buildConstraintViolationWithTemplate(FindingMessageInterpolator.TEMPLATE), full);
    }
    return none;
  }
}
