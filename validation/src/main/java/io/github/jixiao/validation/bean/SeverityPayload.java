package io.github.jixiao.validation.bean;

import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.ValidationException;
import java.util.Optional;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The severity (严重程度) of a rule's constraint violation, in two forms: the static payload of the
 * constraint ({@link Error}, {@link Warning}, {@link Info}), and the whole {@link Finding} as the violation's
 * dynamic payload.
 */
public final class SeverityPayload {
  private SeverityPayload() {}

  /** The payload of violations with severity error. */
  public interface Error extends Payload {}

  /** The payload of violations with severity warning. */
  public interface Warning extends Payload {}

  /** The payload of violations with severity info. */
  public interface Info extends Payload {}

  /** The finding behind a violation of the rules; empty for any other violation. */
  public static Optional<Finding> findingOf(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      return Optional.ofNullable(hibernate.getDynamicPayload(Finding.class));
    } catch (ValidationException notHibernate) {
      return Optional.empty();
    }
  }

  /** The severity of a violation of the rules, read from its constraint's payload. */
  public static Optional<Severity> severityOf(ConstraintViolation<?> violation) {
    for (Class<? extends Payload> p : violation.getConstraintDescriptor().getPayload()) {
      if (p == Error.class) {
        return Optional.of(Severity.ERROR);
      }
      if (p == Warning.class) {
        return Optional.of(Severity.WARNING);
      }
      if (p == Info.class) {
        return Optional.of(Severity.INFO);
      }
    }
    return Optional.empty();
  }

  static Class<? extends Payload> of(Severity severity) {
    switch (severity) {
      case ERROR:
        return Error.class;
      case WARNING:
        return Warning.class;
      default:
        return Info.class;
    }
  }
}
