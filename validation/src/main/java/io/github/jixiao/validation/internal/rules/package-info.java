/**
 * The rules (校验规则) in plain Java, one class per family: codes and required cells, money, the spending
 * plan, the indicator tree, target values, rows. Both surfaces, the native report and Bean Validation, run
 * them through {@link io.github.jixiao.validation.internal.rules.RuleRunner}.
 */
package io.github.jixiao.validation.internal.rules;
