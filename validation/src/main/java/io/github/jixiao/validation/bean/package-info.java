/**
 * The rules as a Jakarta Bean Validation surface (Bean Validation 校验):
 * {@link io.github.jixiao.validation.bean.BeanValidation} builds a {@code Validator} whose violations are the
 * rules' findings, errors in the {@code Default} group and the rest in
 * {@link io.github.jixiao.validation.bean.Quality}.
 */
package io.github.jixiao.validation.bean;
