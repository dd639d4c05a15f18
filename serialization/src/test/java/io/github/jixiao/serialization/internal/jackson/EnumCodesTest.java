package io.github.jixiao.serialization.internal.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.IndicatorCategory;
import org.junit.jupiter.api.Test;

class EnumCodesTest {
  private final EnumCodes<IndicatorCategory> categories =
      EnumCodes.of(IndicatorCategory.values(), IndicatorCategory::parse);

  @Test
  void readsTheConstantsNamesAndWhateverTheEnumsParserTakes() {
    assertThat(categories.resolve("OUTPUT")).isEqualTo(IndicatorCategory.OUTPUT);
    assertThat(categories.resolve("产出指标")).isEqualTo(IndicatorCategory.OUTPUT);
    assertThat(categories.resolve("社会公众或服务对象满意度指标")).isEqualTo(IndicatorCategory.SATISFACTION);
    assertThat(categories.resolve(" 效益 指标 ")).isEqualTo(IndicatorCategory.BENEFIT);   // folded by the parser
  }

  @Test
  void resolvesNothingForTextThatNamesNoConstant() {
    assertThat(categories.resolve("output")).isNull();
    assertThat(categories.resolve("数量指标")).isNull();
    assertThat(categories.resolve("")).isNull();
  }

  @Test
  void listsTheCodesForMessagesInDeclarationOrder() {
    assertThat(categories.names()).isEqualTo("COST, OUTPUT, BENEFIT, SATISFACTION, IMPLEMENTATION_EFFECT, PROCESS_MANAGEMENT");
  }
}
