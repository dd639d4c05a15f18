package io.github.jixiao.validation.internal.evaluation;

import static io.github.jixiao.validation.EvaluationRule.INSTRUCTION_LEFT;
import static io.github.jixiao.validation.EvaluationRule.OUTCOME_COPIES_GOALS;

import io.github.jixiao.core.SelfEvaluationField;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The narrative cells (文字说明): 实际完成情况 that repeats the goals, and a cell that still holds the form's
 * instruction.
 */
final class NarrativeRules {
  /** What a comparison of texts ignores: spaces, punctuation, and the numbering of goals ({@code 目标1：}, {@code 1.}). */
  private static final Pattern NOISE = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]|目标[一二三四五六七八九十\\d]+|\\d+(?=[.、．])");
  /** An instruction of the form, after any opening bracket: 填写…, 请填写…, 说明…, 请说明…, 请简要…. */
  private static final Pattern INSTRUCTION = Pattern.compile("^[\\s（(【\\[]*(?:请?填写|请?说明|请简要|请简述|请根据)");

  private NarrativeRules() {}

  static void checkOutcome(Optional<String> outcome, List<String> goals, EvaluationSink sink) {
    if (outcome.filter(o -> !o.isBlank()).isEmpty()) {
      return;
    }
    String text = outcome.get();
    String field = SelfEvaluationField.OUTCOME.wireName();
    if (isInstruction(text)) {
      sink.table(INSTRUCTION_LEFT, field, outcome, excerpt(text));
      return;
    }
    String goalText = normalized(String.join("", goals));
    if (!goalText.isEmpty() && normalized(text).equals(goalText)) {
      sink.table(OUTCOME_COPIES_GOALS, field, outcome, excerpt(text));
    }
  }

  /** A row's narrative cell ({@code deviation}, {@code correction}) that holds the instruction. */
  static void checkRowText(int row, String field, Optional<String> text, EvaluationSink sink) {
    if (text.isPresent() && isInstruction(text.get())) {
      sink.add(INSTRUCTION_LEFT, OptionalInt.of(row), field, Optional.empty(), text, List.of(excerpt(text.get())));
    }
  }

  private static boolean isInstruction(String text) {
    return INSTRUCTION.matcher(text).find();
  }

  private static String normalized(String text) {
    return NOISE.matcher(text).replaceAll("");
  }

  /** The text for a message: whole up to 40 characters, else its start and an ellipsis. */
  private static String excerpt(String text) {
    String t = text.strip();
    return t.codePointCount(0, t.length()) <= 40 ? t : t.substring(0, t.offsetByCodePoints(0, 40)) + "…";
  }
}
