/**
 * The rules (校验规则) that check a table before it is stored, with the native report and the Jakarta Bean
 * Validation surface. Only the API packages are exported; the rule families, their runner and the
 * constraint validators live in {@code io.github.jixiao.validation.internal} and its sub-packages, and only
 * Hibernate Validator, which creates the validators by reflection, is let into them.
 */
module io.github.jixiao.validation {
  requires transitive io.github.jixiao.core;
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;

  exports io.github.jixiao.validation;
  exports io.github.jixiao.validation.bean;
  exports io.github.jixiao.validation.constraints;

  exports io.github.jixiao.validation.internal.bean to org.hibernate.validator;
  exports io.github.jixiao.validation.internal.constraints to org.hibernate.validator;
}
