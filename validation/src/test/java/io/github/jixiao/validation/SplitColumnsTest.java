package io.github.jixiao.validation;

import static io.github.jixiao.validation.CleanTables.COST_ROW;
import static io.github.jixiao.validation.CleanTables.SATISFACTION_ROW;
import static io.github.jixiao.validation.CleanTables.withRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.ProjectTargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables that publish 指标性质, 指标值 and 度量单位 in separate columns are judged by what the columns say together. */
class SplitColumnsTest {
  @Test
  void aSplitSatisfactionFloorIsAPercentageFloor() {
    ProjectTargetTable split = withRow(SATISFACTION_ROW, b -> b.target("90").comparison(Comparison.AT_LEAST)
        .unitOfMeasure("%").direction(Direction.POSITIVE));
    assertThat(findings(split)).isEmpty();
  }

  @Test
  void aSplitCostCeilingInTheTablesUnitIsAnAmount() {
    assertThat(findings(withRow(COST_ROW, b -> b.target("5").comparison(Comparison.AT_MOST).unitOfMeasure("万元"))))
        .isEmpty();
    assertThat(findings(withRow(COST_ROW, b -> b.target("60000").comparison(Comparison.AT_MOST).unitOfMeasure("元"))))
        .containsExactly("JX-MONEY-005 60000", "JX-MONEY-004 60000");
  }

  @Test
  void theColumnsStillMustAgreeWithASignOrUnitInTheValue() {
    assertThat(findings(withRow(SATISFACTION_ROW, b -> b.target("≤90").comparison(Comparison.AT_LEAST)
        .unitOfMeasure("%")))).containsExactly("JX-VALUE-007 ≤90", "JX-VALUE-013 ≤90");
    assertThat(findings(withRow(SATISFACTION_ROW, b -> b.target("90").comparison(Comparison.QUALITATIVE))))
        .contains("JX-VALUE-013 90");
    assertThat(findings(withRow(SATISFACTION_ROW, b -> b.target("优良").comparison(Comparison.AT_LEAST))))
        .contains("JX-VALUE-013 优良");
  }

  private static List<String> findings(ProjectTargetTable table) {
    return TableValidator.create().validate(table).findings().stream()
        .map(f -> f.rule().id() + " " + f.arguments().get(0)).toList();
  }
}
