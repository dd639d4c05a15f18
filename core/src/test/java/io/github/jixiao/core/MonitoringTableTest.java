package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.fixtures.SeedTables;
import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonitoringTableTest {
  private static final ProjectTargetTable WEI = SeedTables.weiHardshipGrants();

  /** Wei county's hardship grants at the end of July, behind on spending. */
  private static MonitoringTable july() {
    MonitoringTable started = MonitoringTable.forTarget(WEI).build();
    MonitoredIndicator pupils = started.indicators().get(0).toBuilder().progress("58人").expected("100人")
        .deviation("grants are paid per term; the autumn list is not yet approved")
        .correction("pay the autumn term in September").build();
    List<MonitoredIndicator> rows = new ArrayList<>(started.indicators());
    rows.set(0, pupils);
    return started.toBuilder()
        .indicators(rows)
        .periodText("1-7月")
        .annualBudgetCell(WrittenAmount.parse("5.00", AmountUnit.WAN_YUAN))
        .spendingToDateCell(WrittenAmount.parse("2.90", AmountUnit.WAN_YUAN))
        .executionRateText("58%")
        .expectedSpendingCell(WrittenAmount.parse("5.00", AmountUnit.WAN_YUAN))
        .build();
  }

  @Test
  void startsFromItsTargetTableAndMonitorsThatTableOnly() {
    MonitoringTable t = MonitoringTable.forTarget(WEI).build();
    assertThat(t.indicators()).extracting(MonitoredIndicator::indicator).isEqualTo(WEI.indicators());
    assertThat(t.indicators()).allSatisfy(r -> assertThat(r.progress().isBlank()).isTrue());
    assertThat(t.goals()).isEqualTo(WEI.goals());
    assertThat(t.monitors(WEI)).isTrue();
    assertThat(t.monitors(WEI.withFiscalYear(Year.of(2026)))).isFalse();
    assertThat(t.withProjectCode(Optional.empty()).monitors(WEI)).isFalse();
  }

  @Test
  void readsTheSpendingToDateAndTheRowsAsWritten() {
    MonitoringTable t = july();
    assertThat(t.monitoredThrough()).hasValue(Month.JULY);
    assertThat(t.annualBudget()).hasValue(Amount.wanYuan("5.00"));
    assertThat(t.spendingToDate()).hasValue(Amount.wanYuan("2.90"));
    assertThat(t.expectedSpending()).hasValue(Amount.wanYuan("5"));
    assertThat(t.executionRate()).hasValue(new BigDecimal("58"));
    MonitoredIndicator pupils = t.indicators().get(0);
    assertThat(pupils.progress()).isInstanceOfSatisfying(Quantity.class,
        q -> assertThat(q.amount()).isEqualByComparingTo("58"));
    assertThat(pupils.expected().raw()).isEqualTo("100人");
    assertThat(pupils.deviation()).isPresent();
    assertThat(pupils.correction()).hasValue("pay the autumn term in September");
  }

  @Test
  void readsTheLastMonthOfThePeriodAsFormsWriteIt() {
    assertThat(july().withPeriodText("1—7月").monitoredThrough()).hasValue(Month.JULY);
    assertThat(july().withPeriodText("1至6月").monitoredThrough()).hasValue(Month.JUNE);
    assertThat(july().withPeriodText("截至８月底").monitoredThrough()).hasValue(Month.AUGUST);
    assertThat(july().withPeriodText("1-13月").monitoredThrough()).isEmpty();
    assertThat(july().withPeriodText("上半年").monitoredThrough()).isEmpty();
    assertThat(july().withPeriodText(Optional.empty()).monitoredThrough()).isEmpty();
  }

  @Test
  void keepsCellsThatAreNoNumbersAndTellsAbsentFromBlank() {
    MonitoringTable odd = july().withSpendingToDateCell(WrittenAmount.parse("待统计", AmountUnit.WAN_YUAN))
        .withExecutionRateText("约六成");
    assertThat(odd.spendingToDate()).isEmpty();
    assertThat(odd.spendingToDateCell().map(WrittenAmount::text)).hasValue("待统计");
    assertThat(odd.executionRate()).isEmpty();
    MonitoringTable withoutColumn = july().withAbsentMonitoringCells(Set.of(MonitoringField.EXPECTED_SPENDING));
    assertThat(withoutColumn.isAbsent(MonitoringField.EXPECTED_SPENDING)).isTrue();
    assertThat(withoutColumn.isAbsent(MonitoringField.CORRECTION)).isFalse();
    assertThat(withoutColumn).isEqualTo(july());
  }

  @Test
  void refusesNullsNamingTheField() {
    assertThatThrownBy(() -> MonitoringTable.builder().periodText((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("periodText");
    assertThatThrownBy(() -> MonitoredIndicator.builder().correction((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("correction");
  }

  @Test
  void namesTheMonitoringCellsApartFromTheTargetTableVocabulary() {
    assertThat(MonitoringField.SPENDING_TO_DATE.wireName()).isEqualTo("spendingToDate");
    assertThat(MonitoringField.PROGRESS.isIndicatorCell()).isTrue();
    for (MonitoringField f : MonitoringField.values()) {
      assertThat(TableField.fromWireName(f.wireName())).as(f.wireName()).isEmpty();
    }
  }
}
