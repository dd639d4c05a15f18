package io.github.jixiao.validation.internal.bean;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.Severity;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationPolicy;
import io.github.jixiao.validation.bean.ConformsToRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks a project target table (项目支出绩效目标表) against the rules for {@link ConformsToRules}; instantiated by the Bean
 * Validation engine, not by applications.
 */
public final class TableRulesValidator implements ConstraintValidator<ConformsToRules, ProjectTargetTable> {
  private Severity severity;

  @Override
  public void initialize(ConformsToRules annotation) {
    this.severity = annotation.severity();
  }

  @Override
  public boolean isValid(ProjectTargetTable table, ConstraintValidatorContext context) {
    if (table == null) {
      return true;
    }
    return Violations.report(validator(context).validate(table).findings(), severity, false, context);
  }

  /** The policy that {@link BeanValidation} passed as the constraint validator payload, else the national one. */
  static TableValidator validator(ConstraintValidatorContext context) {
    ValidationPolicy policy = context.unwrap(HibernateConstraintValidatorContext.class)
        .getConstraintValidatorPayload(ValidationPolicy.class);
    return TableValidator.create(policy == null ? ValidationPolicy.national() : policy);
  }
}
