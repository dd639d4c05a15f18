package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTest {

  @Test
  void equalsByValueWithinAUnitKeepingTheScaleAsWritten() {
    Amount written = Amount.wanYuan("5.60");
    assertThat(written).isEqualTo(Amount.wanYuan("5.6")).hasSameHashCodeAs(Amount.wanYuan("5.6"));
    assertThat(written.value()).isEqualTo(new BigDecimal("5.60"));
    assertThat(written).hasToString("5.60万元");
    assertThat(Amount.wanYuan("0")).isEqualTo(Amount.wanYuan("0.00")).hasSameHashCodeAs(Amount.wanYuan("0.00"));
  }

  @Test
  void convertsBetweenWanYuanAndYuanExactly() {
    assertThat(Amount.wanYuan("5.6").to(AmountUnit.YUAN)).isEqualTo(Amount.yuan("56000"));
    assertThat(Amount.yuan("650000").to(AmountUnit.WAN_YUAN)).isEqualTo(Amount.wanYuan("65"));
    assertThat(Amount.yuan("1").to(AmountUnit.WAN_YUAN).value()).isEqualByComparingTo("0.0001");
    assertThat(Amount.of("1.5", AmountUnit.YI_YUAN).to(AmountUnit.WAN_YUAN)).isEqualTo(Amount.wanYuan("15000"));
  }

  @Test
  void comparesAcrossUnitsButNeverEqualsAcrossUnits() {
    Amount wan = Amount.wanYuan("5");
    Amount yuan = Amount.yuan("50000");
    assertThat(wan).isNotEqualTo(yuan);
    assertThat(wan.isEqualTo(yuan)).isTrue();
    assertThat(Amount.yuan("650000").compareTo(Amount.wanYuan("5.60"))).isPositive();
    assertThat(Amount.yuan("50000.01").compareTo(wan)).isPositive();
  }

  @Test
  void addsInTheUnitOfTheLeftAmount() {
    assertThat(Amount.wanYuan("5.00").plus(Amount.yuan("6000"))).isEqualTo(Amount.wanYuan("5.6"));
  }

  @Test
  void readsThousandsSeparatorsAndFullWidthDigits() {
    assertThat(Amount.yuan("3,309,840.00").value()).isEqualTo(new BigDecimal("3309840.00"));
    assertThat(Amount.wanYuan("５.６０").value()).isEqualTo(new BigDecimal("5.60"));
  }

  @Test
  void rejectsTextThatIsNoNumberNamingIt() {
    assertThatThrownBy(() -> Amount.wanYuan("五万")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("五万");
    assertThatThrownBy(() -> Amount.wanYuan("1e5")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Amount.wanYuan("9".repeat(65))).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Amount.of((BigDecimal) null, AmountUnit.YUAN)).isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void readsUnitLabelsAsPublished() {
    assertThat(AmountUnit.parse("单位：万元")).contains(AmountUnit.WAN_YUAN);
    assertThat(AmountUnit.parse("单位:元")).contains(AmountUnit.YUAN);
    assertThat(AmountUnit.parse("（万元）")).contains(AmountUnit.WAN_YUAN);
    assertThat(AmountUnit.parse("万")).contains(AmountUnit.WAN_YUAN);
    assertThat(AmountUnit.parse("YI_YUAN")).contains(AmountUnit.YI_YUAN);
    assertThat(AmountUnit.parse("美元")).isEmpty();
  }
}
