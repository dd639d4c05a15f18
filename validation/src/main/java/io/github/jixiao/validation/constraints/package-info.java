/**
 * Constraint annotations (约束注解) for users' own classes — {@code @ProjectCode}, {@code @UnitCode},
 * {@code @TargetValueText} — that apply the rules' own checks to strings.
 */
package io.github.jixiao.validation.constraints;
