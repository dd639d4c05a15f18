/**
 * The reviewer's rules for self-evaluation and monitoring tables (自评表与运行监控表校验), one class per family:
 * arithmetic, consistency with the policy's scores, actual values, narrative, monitoring.
 * {@link io.github.jixiao.validation.SelfEvaluationValidator} runs them.
 */
package io.github.jixiao.validation.internal.evaluation;
