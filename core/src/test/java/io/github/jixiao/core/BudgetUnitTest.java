package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetUnitTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "712001中国共产主义青年团定州市委员会本级 | 712001 | 中国共产主义青年团定州市委员会本级",
      "[015001]武汉市教育局                | 015001 | 武汉市教育局",
      "(433001)乌海市财政局                | 433001 | 乌海市财政局",
      "（433001）乌海市财政局              | 433001 | 乌海市财政局",
      "820001-井研县教育局                 | 820001 | 井研县教育局",
      "  712001 魏县团委                   | 712001 | 魏县团委",
  })
  void splitsTheCodeOffTheName(String cell, String code, String name) {
    BudgetUnit unit = BudgetUnit.parse(cell);
    assertThat(unit.code()).contains(code);
    assertThat(unit.name()).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({"共青团魏县委员会", "2025年基层团组织"})
  void keepsACellWithoutACodeAsTheName(String cell) {
    BudgetUnit unit = BudgetUnit.parse(cell);
    assertThat(unit.code()).isEmpty();
    assertThat(unit.name()).isEqualTo(cell);
  }
}
