package io.github.jixiao.validation.internal.bean;

import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Turns findings into constraint violations whose property paths name the cell. */
final class Violations {
  private Violations() {}

  /**
   * Adds one violation per finding of {@code severity}, under the document's {@code tables[i]} when
   * {@code inDocument}; returns whether there was none.
   */
  static boolean report(List<Finding> findings, Severity severity, boolean inDocument,
      ConstraintValidatorContext context) {
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    boolean none = true;
    for (Finding f : findings) {
      if (f.severity() != severity) {
        continue;
      }
      none = false;
      FindingParameter.add(hibernate, f).withDynamicPayload(f);
      CellNodes.addAt(hibernate.buildConstraintViolationWithTemplate(FindingMessageInterpolator.TEMPLATE),
          inDocument, f.address());
    }
    return none;
  }
}
