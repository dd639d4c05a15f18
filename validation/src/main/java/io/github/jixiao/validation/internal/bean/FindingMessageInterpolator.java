package io.github.jixiao.validation.internal.bean;

import io.github.jixiao.validation.Finding;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Renders the rules' violations from their findings, in the requested language, and hands every other
 * template to the delegate. A rule's template is a fixed key: the user's text travels only as a parameter of
 * the finding and never becomes part of a template, so nothing in it is interpolated or evaluated.
 */
public final class FindingMessageInterpolator implements MessageInterpolator {
  public static final String TEMPLATE = "{io.github.jixiao.validation.finding}";

  private final MessageInterpolator delegate;
  private final Locale locale;

  public FindingMessageInterpolator(MessageInterpolator delegate, Locale locale) {
    this.delegate = delegate;
    this.locale = locale;
  }

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, locale);
  }

  @Override
  public String interpolate(String template, Context context, Locale requested) {
    if (TEMPLATE.equals(template)) {
      Object finding = context.unwrap(HibernateMessageInterpolatorContext.class).getMessageParameters()
          .get(FindingParameter.NAME);
      if (finding instanceof Finding) {
        return ((Finding) finding).message(requested);
      }
    }
    return delegate.interpolate(template, context, requested);
  }
}
