package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cell vocabulary: fields by wire name, and addresses as values. */
class CellAddressTest {
  @Test
  void everyFieldIsFoundByItsWireNameAndNoOtherName() {
    for (TableField f : TableField.values()) {
      assertThat(TableField.fromWireName(f.wireName())).hasValue(f);
    }
    assertThat(TableField.fromWireName("OTHER_FUNDS")).isEmpty();
    assertThat(TableField.fromWireName("其他资金")).isEmpty();
    assertThat(TableField.fromWireName("")).isEmpty();
  }

  @Test
  void wireNamesAndTermsAreDistinct() {
    Set<String> wire = new HashSet<>();
    Set<String> terms = new HashSet<>();
    for (TableField f : TableField.values()) {
      assertThat(wire.add(f.wireName())).as(f.wireName()).isTrue();
      assertThat(terms.add(f.term())).as(f.term()).isTrue();
    }
  }

  @Test
  void theReportNamesOfTodayAreKept() {
    assertThat(Arrays.stream(TableField.values()).map(TableField::wireName)).containsExactly("unitCode", "unitName",
        "fiscalYear", "projectCode", "projectName", "amountUnit", "budget", "fiscalFunds", "otherFunds", "fundUse",
        "spendingPlan", "goals", "category", "subcategory", "name", "description", "target", "basis", "comparison",
        "unitOfMeasure", "direction", "weight", "table");
    assertThat(TableField.OTHER_FUNDS.term()).isEqualTo("其他资金");
    assertThat(TableField.UNIT_OF_MEASURE.term()).isEqualTo("度量单位");
  }

  @Test
  void aCellNestedInTheModelNamesItsProperties() {
    assertThat(TableField.UNIT_CODE.properties()).containsExactly("unit", "code");
    assertThat(TableField.BUDGET.properties()).containsExactly("budget", "total");
    assertThat(TableField.BUDGET.property()).isEqualTo("total");
    assertThat(TableField.TARGET.properties()).containsExactly("target");
    assertThat(TableField.TABLE.properties()).isEmpty();
  }

  @Test
  void rowCellsAreTheIndicatorColumns() {
    assertThat(Arrays.stream(TableField.values()).filter(TableField::isIndicatorCell)).containsExactly(
        TableField.CATEGORY, TableField.SUBCATEGORY, TableField.NAME, TableField.DESCRIPTION, TableField.TARGET,
        TableField.BASIS, TableField.COMPARISON, TableField.UNIT_OF_MEASURE, TableField.DIRECTION, TableField.WEIGHT);
  }

  @Test
  void anAddressReadsAsAPathWithItsDetail() {
    assertThat(CellAddress.of(1, 6, TableField.TARGET)).hasToString("tables[1].indicators[6].target");
    assertThat(CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("12月底"))
        .hasToString("tables[0].spendingPlan · 12月底");
    assertThat(CellAddress.of(0, TableField.OTHER_FUNDS).row()).isEmpty();
    assertThat(CellAddress.of(1, 6, TableField.TARGET).row()).hasValue(6);
  }

  @Test
  void addressesAreEqualByValue() {
    CellAddress december = CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("12月底");
    assertThat(december).isEqualTo(CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("12月底"))
        .hasSameHashCodeAs(CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("12月底"))
        .isNotEqualTo(CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("3月底"))
        .isNotEqualTo(CellAddress.of(1, TableField.SPENDING_PLAN).withDetail("12月底"));
    assertThat(december.withoutDetail()).isEqualTo(CellAddress.of(0, TableField.SPENDING_PLAN));
    assertThat(CellAddress.of(0, 3, TableField.NAME)).isNotEqualTo(CellAddress.of(0, 4, TableField.NAME))
        .isNotEqualTo(CellAddress.of(0, TableField.NAME));
  }

  @Test
  void rejectsATableCellInARowAndNegativePositions() {
    assertThatThrownBy(() -> CellAddress.of(0, 2, TableField.OTHER_FUNDS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER_FUNDS");
    assertThatThrownBy(() -> CellAddress.of(-1, TableField.BUDGET)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> CellAddress.of(0, -3, TableField.TARGET)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
    assertThatThrownBy(() -> CellAddress.of(0, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("field");
  }
}
