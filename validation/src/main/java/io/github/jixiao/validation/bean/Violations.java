package io.github.jixiao.validation.bean;

import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Severity;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/** Turns findings into constraint violations whose property paths name the cell. */
final class Violations {
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  private Violations() {}

  /** Adds one violation per finding of {@code severity}; returns whether there was none. */
  static boolean report(List<Finding> findings, Severity severity, String prefix, ConstraintValidatorContext context) {
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    boolean none = true;
    for (Finding f : findings) {
      if (f.severity() != severity) {
        continue;
      }
      none = false;
      // Not escaped: the interpolator reads the finding itself; its text never enters a template.
      hibernate.addMessageParameter(FindingMessageInterpolator.PARAMETER, f, MessageParameterEscaping.NONE)
          .withDynamicPayload(f);
      String path = f.propertyPath();
      String full = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
      addAt(hibernate.buildConstraintViolationWithTemplate(FindingMessageInterpolator.TEMPLATE), full);
    }
    return none;
  }

  /**
   * Adds the violation at {@code path} ({@code tables[1].indicators[3].target}). The Bean Validation builder
   * puts a container's index on the node that follows it, hence the index carried one step.
   */
  private static void addAt(ConstraintViolationBuilder builder, String path) {
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext custom = null;
    NodeBuilderDefinedContext defined = null;
    Integer pendingIndex = null;
    for (String part : path.split("\\.")) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        throw new IllegalStateException("not a property path segment: " + part);
      }
      NodeBuilderCustomizableContext next = custom != null ? custom.addPropertyNode(m.group(1))
          : defined != null ? defined.addPropertyNode(m.group(1)) : builder.addPropertyNode(m.group(1));
      if (pendingIndex != null) {
        defined = next.inIterable().atIndex(pendingIndex);
        custom = null;
      } else {
        custom = next;
        defined = null;
      }
      pendingIndex = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    }
    if (pendingIndex != null) {
      (custom != null ? custom.addBeanNode() : defined.addBeanNode()).inIterable().atIndex(pendingIndex)
          .addConstraintViolation();
    } else if (custom != null) {
      custom.addConstraintViolation();
    } else {
      defined.addConstraintViolation();
    }
  }
}
