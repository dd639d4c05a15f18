package io.github.jixiao.validation.internal.bean;

import io.github.jixiao.core.CellAddress;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/**
 * Adds a violation at a cell's address, node by node ({@code tables[1].indicators[3].target}), straight from
 * the address: the path is never written as text and read back.
 *
 * <p>The Bean Validation builder puts a container's index on the node that follows it, hence the index
 * carried one step: {@code tables[1].indicators[3].target} is {@code tables}, then {@code indicators} at
 * index 1, then {@code target} at index 3; a path that ends in an index ends in the element's bean node.
 */
final class CellNodes {
  private static final int NO_INDEX = -1;

  private NodeBuilderCustomizableContext custom;
  private NodeBuilderDefinedContext defined;
  private final ConstraintViolationBuilder builder;
  private int pendingIndex = NO_INDEX;
  private boolean empty = true;

  private CellNodes(ConstraintViolationBuilder builder) {
    this.builder = builder;
  }

  /**
   * Adds the violation at {@code address}: under the document's {@code tables[i]} when {@code inDocument},
   * relative to the table otherwise.
   */
  static void addAt(ConstraintViolationBuilder builder, boolean inDocument, CellAddress address) {
    CellNodes nodes = new CellNodes(builder);
    if (inDocument) {
      nodes.property("tables", address.table());
    }
    if (address.row().isPresent()) {
      nodes.property("indicators", address.row().getAsInt());
      address.field().properties().forEach(p -> nodes.property(p, NO_INDEX));
    } else if (address.field().isIndicatorCell()) {
      // An indicator column of the whole table (a missing 一级指标) is the list of rows.
      nodes.property("indicators", NO_INDEX);
    } else {
      address.field().properties().forEach(p -> nodes.property(p, NO_INDEX));
    }
    nodes.add();
  }

  /** The node {@code name}; {@code index} is its element's position when it is a container, else -1. */
  private void property(String name, int index) {
    NodeBuilderCustomizableContext next = custom != null ? custom.addPropertyNode(name)
        : defined != null ? defined.addPropertyNode(name) : builder.addPropertyNode(name);
    if (pendingIndex != NO_INDEX) {
      defined = next.inIterable().atIndex(pendingIndex);
      custom = null;
    } else {
      custom = next;
      defined = null;
    }
    pendingIndex = index;
    empty = false;
  }

  private void add() {
    if (empty) {
      builder.addConstraintViolation();
    } else if (pendingIndex != NO_INDEX) {
      (custom != null ? custom.addBeanNode() : defined.addBeanNode()).inIterable().atIndex(pendingIndex)
          .addConstraintViolation();
    } else if (custom != null) {
      custom.addConstraintViolation();
    } else {
      defined.addConstraintViolation();
    }
  }
}
