/**
 * The scoring engine of self-evaluation tables (绩效自评评分): a {@link io.github.jixiao.core.scoring.ScoringPolicy}
 * computes each indicator's score from its target, actual and points, and the budget line's from A and B, in
 * exact decimals rounded once to two places (see docs/scoring.md). The national policy (财预〔2020〕10号) is
 * {@link io.github.jixiao.core.scoring.ScoringPolicy#national()}; provincial variants are built with
 * {@link io.github.jixiao.core.scoring.ScoringPolicy#builder()} or implemented outright.
 */
package io.github.jixiao.core.scoring;
