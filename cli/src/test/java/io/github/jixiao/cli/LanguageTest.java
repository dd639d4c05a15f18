package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.serialization.SourceLocation;
import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void aReadersPlaceReadsInChineseNumberedFromOneWithCellsByTheirHeaders() {
    SourceLocation json = SourceLocation.at("wei.json", 3, 15).withPath("tables[0].indicators[3].target");
    assertThat(Language.ZH.location(json)).isEqualTo("wei.json 第 3 行第 15 列 表 1 第 4 行指标 指标值");
    assertThat(Language.EN.location(json)).isEqualTo("wei.json:3:15 tables[0].indicators[3].target");
    SourceLocation sheet = SourceLocation.at("targets.csv", 9, 0).withCell("指标值");
    assertThat(Language.ZH.location(sheet)).isEqualTo("targets.csv 第 9 行「指标值」列");
    assertThat(Language.ZH.location(SourceLocation.unknown().withPath("goals[1]"))).isEqualTo("（输入） 绩效目标 第 2 项");
  }

  @Test
  void tablesAndRowsCountFromOne() {
    assertThat(Language.ZH.table(0, "2025年特困生救助金")).isEqualTo("表 1 «2025年特困生救助金»");
    assertThat(Language.ZH.indicator(6, "收益特困生满意度")).isEqualTo("第 7 行 «收益特困生满意度»");
    assertThat(Language.EN.indicator(6, "收益特困生满意度")).isEqualTo("indicator 7 «收益特困生满意度»");
    assertThat(Language.ZH.field("otherFunds")).isEqualTo("其他资金");
    assertThat(Language.ZH.field("unitOfMeasure")).isEqualTo("度量单位");
    assertThat(Language.EN.field("unitOfMeasure")).isEqualTo("unitOfMeasure");
  }
}
