package io.github.jixiao.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rules' messages, from the resource bundles {@code messages.properties} (English) and
 * {@code messages_zh.properties}. Values go in as {@link MessageFormat} arguments only: a brace or a
 * {@code ${…}} in user text is printed as typed, never read as a pattern or an expression.
 */
final class Messages {
  private static final String BUNDLE = "io.github.jixiao.validation.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  static String format(Rule rule, Locale locale, List<String> arguments) {
    Locale language = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, Messages.class.getClassLoader(), NO_FALLBACK);
    MessageFormat format = new MessageFormat(bundle.getString(rule.id()), language);
    return format.format(arguments.toArray());
  }
}
