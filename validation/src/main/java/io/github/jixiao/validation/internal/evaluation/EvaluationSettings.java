package io.github.jixiao.validation.internal.evaluation;

import io.github.jixiao.core.scoring.ScoringPolicy;
import java.math.BigDecimal;

/**
 * What the evaluation rules are judged against: the scoring policy (its weights, scores and the lag it allows
 * monitored spending) and how far a published score may stand from the policy's before it is reported.
 */
public record EvaluationSettings(ScoringPolicy policy, BigDecimal scoreTolerance) {}
