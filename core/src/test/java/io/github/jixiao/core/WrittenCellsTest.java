package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Month;
import org.junit.jupiter.api.Test;

/** Cells kept as written beside the value they read as: budget amounts, split columns, checkpoints. */
class WrittenCellsTest {

  @Test
  void readsPlainAmountsInTheTablesUnit() {
    WrittenAmount a = WrittenAmount.parse("5.60", AmountUnit.WAN_YUAN);
    assertThat(a.text()).isEqualTo("5.60");
    assertThat(a.amount()).contains(Amount.wanYuan("5.60"));
    assertThat(a.amount().orElseThrow().value()).isEqualTo(new BigDecimal("5.60"));
    assertThat(a.flaw()).isEmpty();
    assertThat(WrittenAmount.parse("3309840", AmountUnit.YUAN).amount()).contains(Amount.yuan("3309840"));
  }

  @Test
  void readsThousandsSeparatorsAndFullWidthDigits() {
    assertThat(WrittenAmount.parse("1,234.50", AmountUnit.WAN_YUAN).amount()).contains(Amount.wanYuan("1234.50"));
    WrittenAmount fullWidth = WrittenAmount.parse("５．００", AmountUnit.WAN_YUAN);
    assertThat(fullWidth.amount()).contains(Amount.wanYuan("5.00"));
    assertThat(fullWidth.text()).isEqualTo("５．００");
    assertThat(WrittenAmount.parse("１，２３４", AmountUnit.YUAN).amount()).contains(Amount.yuan("1234"));
  }

  @Test
  void readsAUnitWrittenInTheCellAsThatUnit() {
    assertThat(WrittenAmount.parse("10000元", AmountUnit.WAN_YUAN).amount()).contains(Amount.yuan("10000"));
    assertThat(WrittenAmount.parse("10000万元", AmountUnit.WAN_YUAN).amount()).contains(Amount.wanYuan("10000"));
    assertThat(WrittenAmount.parse("1.2 亿元", AmountUnit.WAN_YUAN).amount())
        .contains(Amount.of("1.2", AmountUnit.YI_YUAN));
    assertThat(WrittenAmount.parse("5万元", AmountUnit.YUAN).flaw()).isEmpty();
  }

  @Test
  void readsAnIncompleteUnitAsWanYuanButFlagsIt() {
    WrittenAmount a = WrittenAmount.parse("250万", AmountUnit.YUAN);
    assertThat(a.amount()).contains(Amount.wanYuan("250"));
    assertThat(a.flaw()).contains(WrittenAmount.Flaw.INCOMPLETE_UNIT);
    assertThat(WrittenAmount.parse("3亿", AmountUnit.WAN_YUAN).flaw()).contains(WrittenAmount.Flaw.INCOMPLETE_UNIT);
  }

  @Test
  void keepsTextThatIsNoAmount() {
    for (String text : new String[] {"—", "待定", "5.00（其中省级3.00）", "万元", "1.2.3", "1" + "0".repeat(80)}) {
      WrittenAmount a = WrittenAmount.parse(text, AmountUnit.WAN_YUAN);
      assertThat(a.text()).isEqualTo(text);
      assertThat(a.amount()).as(text).isEmpty();
      assertThat(a.flaw()).as(text).contains(WrittenAmount.Flaw.NOT_AN_AMOUNT);
      assertThat(a.isBlank()).isFalse();
    }
    assertThat(WrittenAmount.parse(" \u3000", AmountUnit.WAN_YUAN).isBlank()).isTrue();
  }

  @Test
  void anAmountGivenAsAValueIsWrittenAsItsNumber() {
    WrittenAmount a = WrittenAmount.of(Amount.wanYuan("5.60"));
    assertThat(a.text()).isEqualTo("5.60");
    assertThat(a).isEqualTo(WrittenAmount.parse("5.60", AmountUnit.WAN_YUAN))
        .hasSameHashCodeAs(WrittenAmount.parse("5.60", AmountUnit.WAN_YUAN));
    assertThat(a).isNotEqualTo(WrittenAmount.parse("5.6", AmountUnit.WAN_YUAN));
    WrittenAmount thousand = WrittenAmount.of(Amount.of(new BigDecimal("1E+3"), AmountUnit.YUAN));
    assertThat(thousand.text()).isEqualTo("1000");
    assertThat(thousand.isDigitsOfAmount()).isTrue();
    assertThat(WrittenAmount.parse("1,000", AmountUnit.YUAN).isDigitsOfAmount()).isFalse();
    assertThat(WrittenAmount.parse("—", AmountUnit.YUAN).isDigitsOfAmount()).isFalse();
  }

  @Test
  void budgetReadsItsAmountsFromTheCells() {
    Budget b = Budget.builder().totalCell(WrittenAmount.parse("10000万元", AmountUnit.WAN_YUAN))
        .fiscalFunds(Amount.wanYuan("10000")).otherFundsCell(WrittenAmount.parse("—", AmountUnit.WAN_YUAN)).build();
    assertThat(b.total()).contains(Amount.wanYuan("10000"));
    assertThat(b.fiscalFunds()).contains(Amount.wanYuan("10000"));
    assertThat(b.otherFunds()).isEmpty();
    assertThat(b.otherFundsCell().map(WrittenAmount::text)).contains("—");
    assertThat(Budget.of(Amount.wanYuan("5"), null, null).fiscalFundsCell()).isEmpty();
  }

  @Test
  void splitColumnsKeepTheirTextAndReadTheirValue() {
    Indicator i = Indicator.builder().comparisonText(">=").directionText("正向指标").weightText("１２．５").build();
    assertThat(i.comparison()).contains(Comparison.AT_LEAST);
    assertThat(i.direction()).contains(Direction.POSITIVE);
    assertThat(i.weight()).contains(new BigDecimal("12.5"));
    Indicator wrong = Indicator.builder().comparisonText("正向").directionText("≥").weightText("十分").build();
    assertThat(wrong.comparison()).isEmpty();
    assertThat(wrong.direction()).isEmpty();
    assertThat(wrong.weight()).isEmpty();
    assertThat(wrong.comparisonText()).contains("正向");
    Indicator given = Indicator.builder().comparison(Comparison.AT_MOST).direction(Direction.NEGATIVE)
        .weight(new BigDecimal("1E+1")).build();
    assertThat(given.comparisonText()).contains("≤");
    assertThat(given.directionText()).contains("反向");
    assertThat(given.weight()).contains(new BigDecimal("1E+1"));
    assertThat(given.withWeight(new BigDecimal("10.50")).weight()).contains(new BigDecimal("10.50"));
  }

  @Test
  void aCheckpointThatIsNoPercentageKeepsItsText() {
    Checkpoint c = Checkpoint.parse(Month.JUNE, "过半");
    assertThat(c.percent()).isEmpty();
    assertThat(c.unparsedText()).contains("过半");
    assertThat(c.isBlank()).isFalse();
    assertThat(SpendingPlan.standard("30", "三成", "100", "").at(Month.JUNE).flatMap(Checkpoint::unparsedText))
        .contains("三成");
  }

  @Test
  void aTableKnowsWhichCellsItsLayoutLacks() {
    ProjectTargetTable t = ProjectTargetTable.builder().addAbsentCell(TableField.OTHER_FUNDS).build();
    assertThat(t.isAbsent(TableField.OTHER_FUNDS)).isTrue();
    assertThat(t.isAbsent(TableField.FISCAL_FUNDS)).isFalse();
    assertThat(ProjectTargetTable.builder().build().absentCells()).isEmpty();
  }
}
