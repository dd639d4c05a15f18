/**
 * The model of a budget performance target table (预算绩效目标表) and of its self-evaluation: immutable types,
 * their builders, the enums of the published vocabulary and the target-value grammar; and the scoring engine of
 * self-evaluations ({@code core.scoring}). It needs nothing at run time; the Immutables annotations are read by
 * the compiler only, hence {@code requires static}.
 */
module io.github.jixiao.core {
  requires static org.immutables.value.annotations;

  exports io.github.jixiao.core;
  exports io.github.jixiao.core.scoring;
}
