package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/rules.md has an entry for every rule, with its severity, its two messages and its two examples. */
class RulesDocumentTest {
  private static final Path CATALOG = Path.of("../docs/rules.md");
  private static final ResourceBundle EN = ResourceBundle.getBundle("io.github.jixiao.validation.messages",
      Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  private static final ResourceBundle ZH = ResourceBundle.getBundle("io.github.jixiao.validation.messages",
      Locale.CHINESE, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasItsCatalogEntry(Rule rule) throws IOException {
    List<String> entry = entry(rule);
    assertThat(entry).as("docs/rules.md entry of " + rule.id()).isNotEmpty();
    assertThat(entry.get(0)).isEqualTo("### " + rule.id() + " · " + rule.defaultSeverity().id() + " · `"
        + rule.name() + "`");
    assertThat(entry).contains("- 中文: " + pattern(ZH, rule), "- English: " + pattern(EN, rule));
    assertThat(entry).anyMatch(l -> l.matches("- Triggers: \\S.*")).anyMatch(l -> l.matches("- Quiet: \\S.*"))
        .anyMatch(l -> l.startsWith("- Field: "));
  }

  @ParameterizedTest
  @EnumSource(EvaluationRule.class)
  void everyEvaluationRuleHasItsCatalogEntry(EvaluationRule rule) throws IOException {
    List<String> entry = entry(rule.id());
    assertThat(entry).as("docs/rules.md entry of " + rule.id()).isNotEmpty();
    assertThat(entry.get(0)).isEqualTo("### " + rule.id() + " · " + rule.defaultSeverity().id() + " · `"
        + rule.name() + "`");
    assertThat(entry).contains("- 中文: " + pattern(ZH, rule.id()), "- English: " + pattern(EN, rule.id()));
    assertThat(entry).anyMatch(l -> l.matches("- Triggers: \\S.*")).anyMatch(l -> l.matches("- Quiet: \\S.*"))
        .anyMatch(l -> l.startsWith("- Field: "));
  }

  private static List<String> entry(Rule rule) throws IOException {
    return entry(rule.id());
  }

  /** The lines from the rule's heading to the next heading. */
  private static List<String> entry(String id) throws IOException {
    List<String> lines = Files.readAllLines(CATALOG, StandardCharsets.UTF_8);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("### " + id + " ")) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return List.of();
    }
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("#")) {
      end++;
    }
    return lines.subList(start, end);
  }

  /** The bundle's pattern as a reader sees it: MessageFormat's doubled quote is one quote. */
  private static String pattern(ResourceBundle bundle, Rule rule) {
    return pattern(bundle, rule.id());
  }

  private static String pattern(ResourceBundle bundle, String id) {
    return bundle.getString(id).replace("''", "'");
  }
}
