package io.github.jixiao.validation.internal.bean;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/**
 * Adds a violation at a finding's property path ({@code tables[1].indicators[3].target}), node by node. The
 * path is scanned by hand rather than split and matched: it is read once per violation, and a table can
 * have thousands.
 */
final class CellPath {
  private static final int NO_INDEX = -1;

  private CellPath() {}

  /**
   * Adds the violation at {@code path}, a dot-separated list of {@code name} or {@code name[index]}. The
   * Bean Validation builder puts a container's index on the node that follows it, hence the index carried
   * one step.
   */
  static void addAt(ConstraintViolationBuilder builder, String path) {
    if (path.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext custom = null;
    NodeBuilderDefinedContext defined = null;
    int pendingIndex = NO_INDEX;
    int start = 0;
    while (true) {
      int dot = path.indexOf('.', start);
      int end = dot < 0 ? path.length() : dot;
      int bracket = path.indexOf('[', start);
      int nameEnd = bracket < 0 || bracket > end ? end : bracket;
      String name = name(path, start, nameEnd);
      NodeBuilderCustomizableContext next = custom != null ? custom.addPropertyNode(name)
          : defined != null ? defined.addPropertyNode(name) : builder.addPropertyNode(name);
      if (pendingIndex != NO_INDEX) {
        defined = next.inIterable().atIndex(pendingIndex);
        custom = null;
      } else {
        custom = next;
        defined = null;
      }
      pendingIndex = nameEnd == end ? NO_INDEX : index(path, nameEnd, end);
      if (dot < 0) {
        break;
      }
      start = dot + 1;
    }
    if (pendingIndex != NO_INDEX) {
      (custom != null ? custom.addBeanNode() : defined.addBeanNode()).inIterable().atIndex(pendingIndex)
          .addConstraintViolation();
    } else if (custom != null) {
      custom.addConstraintViolation();
    } else {
      defined.addConstraintViolation();
    }
  }

  /** The property name in {@code path[start, end)}: ASCII letters only. */
  private static String name(String path, int start, int end) {
    if (start == end) {
      throw notASegment(path, start, end);
    }
    for (int i = start; i < end; i++) {
      char c = path.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        throw notASegment(path, start, end);
      }
    }
    return path.substring(start, end);
  }

  /** The index in {@code path[open, end)}, which reads {@code [digits]}. */
  private static int index(String path, int open, int end) {
    if (end - open < 3 || path.charAt(end - 1) != ']') {
      throw notASegment(path, open, end);
    }
    for (int i = open + 1; i < end - 1; i++) {
      if (path.charAt(i) < '0' || path.charAt(i) > '9') {
        throw notASegment(path, open, end);
      }
    }
    return Integer.parseInt(path, open + 1, end - 1, 10);
  }

  private static IllegalStateException notASegment(String path, int start, int end) {
    return new IllegalStateException("not a property path segment: " + path.substring(start, end) + " in " + path);
  }
}
