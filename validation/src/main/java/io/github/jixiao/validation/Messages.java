package io.github.jixiao.validation;

import io.github.jixiao.validation.internal.MessagePattern;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The rules' messages, from the resource bundles {@code messages.properties} (English) and
 * {@code messages_zh.properties}. Values go in as {@link MessageFormat} arguments only: a brace or a
 * {@code ${…}} in user text is printed as typed, never read as a pattern or an expression.
 *
 * <p>Each rule's pattern is looked up and parsed once per language: the Bean Validation surface renders a
 * message per violation, and the bundle lookup and the parse cost more than the formatting itself.
 */
final class Messages {
  private static final String BUNDLE = "io.github.jixiao.validation.messages";
  private static final Patterns CHINESE = new Patterns(Locale.CHINESE);
  private static final Patterns ENGLISH = new Patterns(Locale.ROOT);

  private Messages() {}

  static String format(Rule rule, Locale locale, List<String> arguments) {
    Patterns patterns = "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    return patterns.of(rule).format(arguments);
  }

  static String format(EvaluationRule rule, Locale locale, List<String> arguments) {
    Patterns patterns = "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    return patterns.of(rule).format(arguments);
  }

  /** One language's parsed patterns, filled on first use; a racing parse yields an equal pattern. */
  private static final class Patterns {
    private final Locale language;
    private final AtomicReferenceArray<MessagePattern> parsed = new AtomicReferenceArray<>(Rule.values().length);
    private final AtomicReferenceArray<MessagePattern> evaluation =
        new AtomicReferenceArray<>(EvaluationRule.values().length);

    Patterns(Locale language) {
      this.language = language;
    }

    MessagePattern of(Rule rule) {
      return of(parsed, rule.ordinal(), rule.id());
    }

    MessagePattern of(EvaluationRule rule) {
      return of(evaluation, rule.ordinal(), rule.id());
    }

    private MessagePattern of(AtomicReferenceArray<MessagePattern> cache, int index, String id) {
      MessagePattern pattern = cache.get(index);
      if (pattern == null) {
        // By module, not by class loader with a Control: a named module may not pass a Control. Both bundles
        // exist, so the JVM's default locale is never consulted as a fallback.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, Messages.class.getModule());
        pattern = MessagePattern.of(bundle.getString(id), language);
        cache.set(index, pattern);
      }
      return pattern;
    }
  }
}
