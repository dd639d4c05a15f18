package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.TableField;
import org.junit.jupiter.api.Test;

/** The source map gives back each place under the address it was put, however it keeps it. */
class SourceMapTest {
  private static final SourceLocation BUDGET = SourceLocation.at("t.xlsx", 5, 3).withSheet("Sheet1").withCell("预算数");
  private static final SourceLocation TARGET = SourceLocation.at("t.xlsx", 12, 5).withSheet("Sheet1").withCell("指标值");

  private static SourceMap map() {
    return SourceMap.builder()
        .table(0, SourceSpan.rows("t.xlsx", "Sheet1", 1, 14))
        .indicator(0, 0, SourceSpan.rows("t.xlsx", "Sheet1", 12, 12))
        .cell(CellAddress.of(0, TableField.BUDGET), BUDGET.withPath(CellAddress.of(0, TableField.BUDGET)))
        .cell(CellAddress.of(0, 0, TableField.TARGET), TARGET.withPath("tables[0].indicators[0].target"))
        .cell(CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("12月底"), BUDGET.withPath("plan"))
        .build();
  }

  @Test
  void givesEachPlaceBackWithItsPathWhetherTheReaderSpelledItOutOrNot() {
    SourceMap map = map();
    assertThat(map.cell(0, TableField.BUDGET).orElseThrow().toString())
        .isEqualTo("t.xlsx Sheet1!C5 (预算数) tables[0].budget");
    assertThat(map.cell(0, 0, TableField.TARGET).orElseThrow())
        .isEqualTo(TARGET.withPath(CellAddress.of(0, 0, TableField.TARGET)));
    assertThat(map.cell(0, 0, TableField.TARGET).orElseThrow().path()).contains("tables[0].indicators[0].target");
  }

  @Test
  void keepsTableAndIndicatorFieldsApartAndFallsBackFromADetailToItsCell() {
    SourceMap map = map();
    // A table's address naming an indicator's cell has no place of its own: the table's start is the nearest.
    assertThat(map.cell(CellAddress.of(0, TableField.CATEGORY))).isEmpty();
    assertThat(map.locate(CellAddress.of(0, TableField.CATEGORY)).orElseThrow().line()).hasValue(1);
    assertThat(map.cell(0, 0, TableField.NAME)).isEmpty();
    assertThat(map.cell(1, TableField.BUDGET)).isEmpty();
    assertThat(map.cell(CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("12月底")).orElseThrow().path())
        .contains("plan");
    assertThat(map.cell(CellAddress.of(0, TableField.BUDGET).withDetail("x")).orElseThrow().line()).hasValue(5);
  }

  @Test
  void relocatesTablesIndicatorsAndPlacesEachTheirOwnWay() {
    SourceMap moved = map().relocated(s -> SourceSpan.rows("t.xlsx", "Sheet1", 2, 14), s -> s,
        at -> at.line().orElse(0) == 5 ? SourceLocation.at("t.xlsx", 4, 2).withSheet("Sheet1")
            .withPath(at.path().orElseThrow()) : at);
    assertThat(moved.table(0).orElseThrow().first()).isEqualTo(2);
    assertThat(moved.indicator(0, 0).orElseThrow().first()).isEqualTo(12);
    assertThat(moved.cell(0, TableField.BUDGET).orElseThrow().toString()).isEqualTo("t.xlsx Sheet1!B4 tables[0].budget");
    assertThat(moved.cell(0, 0, TableField.TARGET)).isEqualTo(map().cell(0, 0, TableField.TARGET));
  }

  @Test
  void placesSelfEvaluationAndMonitoringCellsApartFromTheTargetTablesAndFallsBackToTheirRow() {
    SourceLocation actual = SourceLocation.at("e.csv", 12, 9).withCell("实际完成值");
    SourceLocation total = SourceLocation.at("e.csv", 3, 20).withCell("总分");
    SourceMap map = SourceMap.builder()
        .table(0, SourceSpan.rows("e.csv", 2, 14))
        .indicator(0, 1, SourceSpan.rows("e.csv", 13, 13))
        .cell(0, 0, SelfEvaluationField.ACTUAL, actual)
        .cell(0, SelfEvaluationField.TOTAL_SCORE, total)
        .build();
    assertThat(map.cell(0, 0, SelfEvaluationField.ACTUAL)).contains(actual);
    assertThat(map.cell(0, SelfEvaluationField.TOTAL_SCORE)).contains(total);
    // The same position in a monitoring table's vocabulary is another cell.
    assertThat(map.cell(0, 0, MonitoringField.PROGRESS)).isEmpty();
    assertThat(map.locate(0, 1, SelfEvaluationField.SCORE).orElseThrow().line()).hasValue(13);
    assertThat(map.locate(0, SelfEvaluationField.GRADE).orElseThrow().line()).hasValue(2);
    assertThat(map.locate(1, SelfEvaluationField.GRADE)).isEmpty();
    assertThat(map.relocated(s -> s, at -> at == total ? SourceLocation.at("e.csv", 4, 20) : at)
        .cell(0, SelfEvaluationField.TOTAL_SCORE).orElseThrow().line()).hasValue(4);
    assertThat(map.isEmpty()).isFalse();
  }

  @Test
  void refusesATableCellAddressedAsARowCellAndTheOtherWayRound() {
    assertThatIllegalArgumentException().isThrownBy(() -> SourceMap.builder()
        .cell(0, SelfEvaluationField.ACTUAL, SourceLocation.unknown())).withMessageContaining("indicator row");
    assertThatIllegalArgumentException().isThrownBy(() -> SourceMap.empty().cell(0, 2, MonitoringField.PERIOD))
        .withMessageContaining("of the table");
    assertThatIllegalArgumentException().isThrownBy(() -> SourceMap.empty().cell(-1, SelfEvaluationField.GRADE))
        .withMessageContaining("0-based");
  }
}
