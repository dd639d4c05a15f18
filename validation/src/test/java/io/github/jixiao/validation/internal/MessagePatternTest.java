package io.github.jixiao.validation.internal;

import io.github.jixiao.validation.Rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagePatternTest {
  private static final List<List<String>> ARGUMENTS = List.of(
      List.of("≥90%", "12月底", "5.00万元", "x", "y"),
      List.of("${7*191}", "{0}", "it''s", "'quoted'", "#{x}"),
      List.of("", "", "", "", ""),
      List.of("only one"),
      List.of());

  @Test
  void rendersEveryRuleAsMessageFormatDoesInBothLanguages() {
    for (Locale language : List.of(Locale.ROOT, Locale.CHINESE)) {
      ResourceBundle bundle = ResourceBundle.getBundle("io.github.jixiao.validation.messages", language,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      for (Rule rule : Rule.values()) {
        String pattern = bundle.getString(rule.id());
        for (List<String> arguments : ARGUMENTS) {
          assertThat(MessagePattern.of(pattern, language).format(arguments)).as("%s %s %s", rule, language, arguments)
              .isEqualTo(new MessageFormat(pattern, language).format(arguments.toArray()));
        }
      }
    }
  }

  @Test
  void quotesRepeatedAndAdjacentSlotsRenderAsMessageFormatDoes() {
    for (String pattern : List.of("{0}{0}{1}", "'{0}' is {0}", "it''s {1} of {0}", "", "no slot", "{2}",
        "「{0}」与「{1}」重复")) {
      for (List<String> arguments : ARGUMENTS) {
        assertThat(MessagePattern.of(pattern, Locale.ROOT).format(arguments)).as("%s %s", pattern, arguments)
            .isEqualTo(new MessageFormat(pattern, Locale.ROOT).format(arguments.toArray()));
      }
    }
  }

  @Test
  void aPatternThatFormatsNumbersIsRefused() {
    assertThatThrownBy(() -> MessagePattern.of("{0,number} of {1}", Locale.ROOT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
