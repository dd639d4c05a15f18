package io.github.jixiao.core.scoring;

import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;

/** Self-evaluation rows for the scoring tests: a target as written, its 分值 and the 实际完成值 as written. */
final class Rows {
  private Rows() {}

  static EvaluatedIndicator row(String target, String points, String actual) {
    return row(indicator(target, points), actual);
  }

  static EvaluatedIndicator row(Indicator indicator, String actual) {
    return EvaluatedIndicator.builder().indicator(indicator).actual(actual).build();
  }

  static Indicator indicator(String target, String points) {
    return Indicator.builder().category(IndicatorCategory.OUTPUT).subcategory(IndicatorSubcategory.QUANTITY)
        .name("培训人次").target(target).weightText(points).build();
  }
}
