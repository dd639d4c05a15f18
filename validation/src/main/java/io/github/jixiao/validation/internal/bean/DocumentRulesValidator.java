package io.github.jixiao.validation.internal.bean;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import io.github.jixiao.validation.bean.ConformsToRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks every table of a document (预算绩效目标) against the rules for {@link ConformsToRules}, with paths such as
 * {@code tables[1].indicators[3].target}; instantiated by the Bean Validation engine, not by applications.
 */
public final class DocumentRulesValidator implements ConstraintValidator<ConformsToRules, PerformanceTargetDocument> {
  private Severity severity;

  @Override
  public void initialize(ConformsToRules annotation) {
    this.severity = annotation.severity();
  }

  @Override
  public boolean isValid(PerformanceTargetDocument document, ConstraintValidatorContext context) {
    if (document == null) {
      return true;
    }
    List<Finding> findings = TableRulesValidator.validator(context).validate(document).findings();
    return Violations.report(findings, severity, true, context);
  }
}
