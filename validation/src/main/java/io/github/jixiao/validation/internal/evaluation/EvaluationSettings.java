package io.github.jixiao.validation.internal.evaluation;

import io.github.jixiao.core.scoring.ScoringPolicy;
import java.math.BigDecimal;

/**
 * What the evaluation rules are judged against: the scoring policy, how far a published score may stand from the
 * policy's before it is reported, and how many percentage points monitored spending may lag the year.
 */
public record EvaluationSettings(ScoringPolicy policy, BigDecimal scoreTolerance, BigDecimal monitoringLag) {}
