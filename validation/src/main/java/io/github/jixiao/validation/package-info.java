/**
 * Validation of project target tables (绩效目标表校验): {@link io.github.jixiao.validation.TableValidator}
 * applies the rule catalog {@link io.github.jixiao.validation.Rule} under a
 * {@link io.github.jixiao.validation.ValidationPolicy} and returns a
 * {@link io.github.jixiao.validation.ValidationReport} of findings that point at the cell.
 */
package io.github.jixiao.validation;
