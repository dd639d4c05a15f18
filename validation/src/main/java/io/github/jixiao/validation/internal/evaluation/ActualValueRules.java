package io.github.jixiao.validation.internal.evaluation;

import static io.github.jixiao.validation.EvaluationRule.ACTUAL_BLANK;
import static io.github.jixiao.validation.EvaluationRule.ACTUAL_IS_EXPRESSION;
import static io.github.jixiao.validation.EvaluationRule.ACTUAL_IS_VERDICT;

import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.MonitoredIndicator;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.Qualitative;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.core.scoring.NoScoreReason;
import io.github.jixiao.core.scoring.NotScored;
import io.github.jixiao.core.scoring.ScoreResult;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether each 实际完成值 is a value reached (实际值): not blank, not an expression such as the target's own
 * {@code ≥100%}, not a verdict ({@code 完成}) and not the grading scale ({@code 优/良/中/差}); on a monitoring
 * table, the progress to date likewise, bar a blank and a verdict, which mid-year may be all there is.
 */
final class ActualValueRules {
  private static final Pattern SEPARATORS = Pattern.compile("[/、，,|｜；;\\s]+");
  /** The scale written without separators: {@code 优良中差}. */
  private static final Pattern RUN_OF_GRADES = Pattern.compile("[优良中差]{3,4}");
  private static final Set<String> SCALE_WORDS = Set.of("优", "优秀", "良", "良好", "中", "中等", "一般", "差", "较差",
      "达成", "部分达成", "未达成", "好", "较好");

  private ActualValueRules() {}

  static void checkRow(int i, EvaluatedIndicator row, ScoreResult computed, EvaluationSink sink) {
    TargetValue actual = row.actual();
    String field = SelfEvaluationField.ACTUAL.wireName();
    if (actual.isBlank()) {
      sink.row(ACTUAL_BLANK, i, field, Optional.empty(), row.indicator().name());
      return;
    }
    String written = actual.raw().strip();
    TargetValue target = row.indicator().target();
    if (isCopiedBound(target, written) || isInequality(actual)) {
      sink.row(ACTUAL_IS_EXPRESSION, i, field, Optional.of(written), written, target.raw().strip());
    } else if (isScale(written)
        || computed instanceof NotScored n && n.reason() == NoScoreReason.ACTUAL_IS_VERDICT) {
      sink.row(ACTUAL_IS_VERDICT, i, field, Optional.of(written), written);
    }
  }

  /**
   * A monitoring row's 实际完成值 to date: an expression ({@code ≥90%}, the target copied) or the grading scale is
   * no progress reached. A blank is not reported: mid-year, a row may not have started.
   */
  static void checkProgress(int i, MonitoredIndicator row, EvaluationSink sink) {
    TargetValue progress = row.progress();
    if (progress.isBlank()) {
      return;
    }
    String field = MonitoringField.PROGRESS.wireName();
    String written = progress.raw().strip();
    TargetValue target = row.indicator().target();
    if (isCopiedBound(target, written) || isInequality(progress)) {
      sink.row(ACTUAL_IS_EXPRESSION, i, field, Optional.of(written), written, target.raw().strip());
    } else if (isScale(written)) {
      sink.row(ACTUAL_IS_VERDICT, i, field, Optional.of(written), written);
    }
  }

  /** The target's text repeated where the target states a bound; an exact target repeated is a value reached. */
  private static boolean isCopiedBound(TargetValue target, String written) {
    boolean bound = !(target instanceof Qualitative) && !target.isBlank()
        && !(target instanceof Quantity q && q.comparison() == Comparison.EQUAL);
    return bound && written.equals(target.raw().strip());
  }

  private static boolean isInequality(TargetValue actual) {
    return actual instanceof Quantity q && q.comparison() != Comparison.EQUAL
        && q.comparison() != Comparison.QUALITATIVE;
  }

  /** Two or more grade words side by side ({@code 优/良/中/差}, {@code 达成、部分达成、未达成}), or {@code 优良中差}. */
  private static boolean isScale(String written) {
    if (RUN_OF_GRADES.matcher(written).matches()) {
      return written.chars().distinct().count() == written.length();
    }
    String[] words = SEPARATORS.split(written);
    Set<String> grades = new HashSet<>();
    for (String w : words) {
      if (!SCALE_WORDS.contains(w)) {
        return false;
      }
      grades.add(w);
    }
    return grades.size() >= 2;
  }
}
