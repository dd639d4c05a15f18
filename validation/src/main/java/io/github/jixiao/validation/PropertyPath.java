package io.github.jixiao.validation;

import io.github.jixiao.core.CellAddress;

/**
 * A cell's address as a person reads a Bean Validation property path relative to the table:
 * {@code indicators[3].target}, {@code budget.otherFunds}. Written for display only; the Bean Validation
 * surface builds its nodes from the address itself.
 */
final class PropertyPath {
  private PropertyPath() {}

  static String of(CellAddress address) {
    if (address.row().isPresent()) {
      return "indicators[" + address.row().getAsInt() + "]." + String.join(".", address.field().properties());
    }
    // An indicator column of the whole table (a missing 一级指标) is the list of rows.
    return address.field().isIndicatorCell() ? "indicators" : String.join(".", address.field().properties());
  }
}
