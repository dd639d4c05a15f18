package io.github.jixiao.validation.bean;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.Severity;
import io.github.jixiao.validation.ValidationPolicy;
import io.github.jixiao.validation.internal.bean.DocumentRulesValidator;
import io.github.jixiao.validation.internal.bean.FindingMessageInterpolator;
import io.github.jixiao.validation.internal.bean.TableRulesValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The rules as a Jakarta Bean Validation {@link Validator} (Bean Validation 校验): {@code validate(table)}
 * reports the same findings as {@link io.github.jixiao.validation.TableValidator}, as violations whose
 * property path names the cell ({@code indicators[3].target}, {@code budget.otherFunds}) and whose payload
 * carries the severity ({@link SeverityPayload}). Errors are in the {@link Default} group, warnings and
 * infos in {@link Quality}.
 *
 * <pre>{@code
 * Validator validator = BeanValidation.validator();     // create once; a plain Validator, e.g. a Spring bean
 * Set<ConstraintViolation<ProjectTargetTable>> errors = validator.validate(table);
 * }</pre>
 *
 * <p>The constraints are declared programmatically on the abstract core types, so core has no annotation
 * and the generated implementation classes inherit them. Messages are rendered without an expression
 * language; the validator needs none on the class path.
 */
public final class BeanValidation {
  private BeanValidation() {}

  /** A validator with the national policy and messages in the JVM's default language. */
  public static Validator validator() {
    return validator(ValidationPolicy.national(), Locale.getDefault());
  }

  /** A validator with {@code policy}, messages in Chinese for a {@code zh} locale, else in English. */
  public static Validator validator(ValidationPolicy policy, Locale locale) {
    return validatorFactory(policy, locale).getValidator();
  }

  /** A validator factory with the rules' constraints; the caller closes it. */
  public static ValidatorFactory validatorFactory(ValidationPolicy policy, Locale locale) {
    return configure(Validation.byProvider(HibernateValidator.class).configure(), policy, locale)
        .buildValidatorFactory();
  }

  /**
   * Adds the rules' constraints to a Hibernate Validator configuration, passes {@code policy} to them, and
   * installs the message interpolator that renders their findings (other messages are interpolated by
   * parameters only, without expression language).
   */
  public static HibernateValidatorConfiguration configure(HibernateValidatorConfiguration configuration,
      ValidationPolicy policy, Locale locale) {
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.constraintDefinition(ConformsToRules.class).includeExistingValidators(false)
        .validatedBy(TableRulesValidator.class).validatedBy(DocumentRulesValidator.class);
    TypeConstraintMappingContext<ProjectTargetTable> table = mapping.type(ProjectTargetTable.class);
    TypeConstraintMappingContext<PerformanceTargetDocument> document = mapping.type(PerformanceTargetDocument.class);
    for (Severity severity : Severity.values()) {
      Class<?> group = severity == Severity.ERROR ? Default.class : Quality.class;
      table.constraint(declaration(severity, group));
      document.constraint(declaration(severity, group));
    }
    return configuration.addMapping(mapping).constraintValidatorPayload(policy)
        .messageInterpolator(new FindingMessageInterpolator(new ParameterMessageInterpolator(), locale));
  }

  private static GenericConstraintDef<ConformsToRules> declaration(Severity severity, Class<?> group) {
    return new GenericConstraintDef<>(ConformsToRules.class).param("severity", severity).groups(group)
        .payload(SeverityPayload.of(severity));
  }
}
