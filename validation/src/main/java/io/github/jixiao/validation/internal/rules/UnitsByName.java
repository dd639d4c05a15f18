package io.github.jixiao.validation.internal.rules;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.Quantity;
import io.github.jixiao.core.Range;
import io.github.jixiao.core.TargetValue;
import java.util.Optional;

/**
 * The unit an indicator's name implies (计量单位): a name ending in 人次 counts 人次, one ending in 率 is a
 * rate in %. Kept to endings that leave no doubt; a name that states its unit in brackets ({@code 满意度（%）})
 * or any other name implies nothing.
 */
final class UnitsByName {
  /** Name endings and the unit each implies, the longer endings first. */
  private static final String[][] ENDINGS = {{"人次", "人次"}, {"人数", "人"}, {"户数", "户"}, {"次数", "次"},
      {"场次", "场"}, {"个数", "个"}, {"数量", "个"}, {"率", "%"}};

  private UnitsByName() {}

  /**
   * The unit the row's name implies when its target is a number without one and no 度量单位 column gives
   * one: {@code ≥1200} for 教师培训人次 lacks 人次.
   */
  static Optional<String> missing(Indicator i, TargetValue combined) {
    boolean bare = combined instanceof Quantity && ((Quantity) combined).unit().isEmpty()
        || combined instanceof Range && ((Range) combined).unit().isEmpty();
    if (!bare || i.unitOfMeasure().filter(u -> !u.isBlank()).isPresent()) {
      return Optional.empty();
    }
    String name = i.name().strip();
    for (String[] ending : ENDINGS) {
      if (name.endsWith(ending[0]) && name.length() > ending[0].length()) {
        return Optional.of(ending[1]);
      }
    }
    return Optional.empty();
  }
}
