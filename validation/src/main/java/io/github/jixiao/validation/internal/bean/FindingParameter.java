package io.github.jixiao.validation.internal.bean;

import io.github.jixiao.validation.Finding;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/**
 * Hands a finding to {@link FindingMessageInterpolator} as a message parameter that stays the {@link Finding}
 * itself, on Hibernate Validator 8 and 9 alike. Version 9 turns a parameter into escaped text unless told
 * otherwise, through {@code MessageParameterEscaping}, a type that version 8 (what Spring Boot 3 manages) does
 * not have; version 8 keeps every parameter as given. Which call to make is decided once, from the class path.
 * Unescaped is safe here: the interpolator reads the finding, and its text never enters a template.
 */
final class FindingParameter {
  static final String NAME = "jixiaoFinding";

  private static final boolean ESCAPED_BY_DEFAULT = isPresent(
      "org.hibernate.validator.messageinterpolation.MessageParameterEscaping");

  private FindingParameter() {}

  static HibernateConstraintValidatorContext add(HibernateConstraintValidatorContext context, Finding finding) {
    return ESCAPED_BY_DEFAULT ? Unescaped.add(context, finding) : context.addMessageParameter(NAME, finding);
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, HibernateConstraintValidatorContext.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }

  /** The version 9 call, in a class of its own so that version 8 never loads it. */
  private static final class Unescaped {
    static HibernateConstraintValidatorContext add(HibernateConstraintValidatorContext context, Finding finding) {
      return context.addMessageParameter(NAME, finding, MessageParameterEscaping.NONE);
    }
  }
}
