package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.core.SelfEvaluationField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a self-evaluation sheet (绩效自评表) adds to those of the indicator sheet, one per
 * {@link SelfEvaluationField}: the field's published label first, then the variants published forms use, the
 * national form's letters included ({@code 全年预算数（A）}, {@code 执行率（B/A）}). 分值 and
 * 权重 stay the indicator's {@link SheetColumn#WEIGHT weight}, as the model keeps an indicator's points there.
 */
public enum EvaluationColumn {
  ACTUAL(SelfEvaluationField.ACTUAL, "完成值", "全年实际值", "实际值", "实际完成值（B）"),
  SCORE(SelfEvaluationField.SCORE),
  DEVIATION(SelfEvaluationField.DEVIATION, "偏差原因", "未完成原因分析", "偏差原因及改进措施"),
  INITIAL_BUDGET(SelfEvaluationField.INITIAL_BUDGET),
  ANNUAL_BUDGET(SelfEvaluationField.ANNUAL_BUDGET, "调整后预算数", "全年预算数（A）"),
  ANNUAL_SPENDING(SelfEvaluationField.ANNUAL_SPENDING, "全年执行数（B）"),
  EXECUTION_RATE(SelfEvaluationField.EXECUTION_RATE, "执行率（B/A）"),
  EXECUTION_WEIGHT(SelfEvaluationField.EXECUTION_WEIGHT),
  EXECUTION_SCORE(SelfEvaluationField.EXECUTION_SCORE),
  OUTCOME(SelfEvaluationField.OUTCOME),
  TOTAL_SCORE(SelfEvaluationField.TOTAL_SCORE),
  GRADE(SelfEvaluationField.GRADE);

  private static final Map<String, EvaluationColumn> BY_KEY = new HashMap<>();

  static {
    for (EvaluationColumn c : values()) {
      for (String h : c.headers) {
        BY_KEY.put(SheetColumn.key(h), c);
      }
    }
  }

  private final SelfEvaluationField field;
  private final List<String> headers;

  EvaluationColumn(SelfEvaluationField field, String... variants) {
    this.field = field;
    List<String> all = new ArrayList<>(List.of(field.term()));
    all.addAll(List.of(variants));
    this.headers = List.copyOf(all);
  }

  SelfEvaluationField field() {
    return field;
  }

  boolean isIndicatorCell() {
    return field.isIndicatorCell();
  }

  static Optional<EvaluationColumn> of(String header) {
    return Optional.ofNullable(BY_KEY.get(SheetColumn.key(header)));
  }

  /** The self-evaluation cell a header names, in any of its variants; empty for every other header. */
  public static Optional<SelfEvaluationField> fieldOf(String header) {
    return of(header).map(EvaluationColumn::field);
  }
}
