package io.github.jixiao.core.scoring;

/** How a score was reached (得分依据), for a report that explains a computed score. */
public enum ScoreBasis {
  /** The target was met: full points. */
  MET,
  /** A floor (≥, &gt;) was missed: points × actual ÷ target. */
  SHORTFALL,
  /** A ceiling (≤, &lt;) was broken: points × target ÷ actual. */
  EXCESS,
  /** An exact target (=) of no stated direction was missed: points × the smaller ÷ the larger. */
  DEVIATION,
  /** A qualitative actual was graded: points × the grade's share. */
  GRADE,
  /** A deadline was passed: no points, since the policy gives no share for lateness. */
  LATE,
  /** The budget line: points × min(1, B ÷ A). */
  EXECUTION
}
