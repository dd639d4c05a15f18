package io.github.jixiao.validation;

/** Where a finding sits, as a Bean Validation property path relative to the table. */
final class PropertyPath {
  private PropertyPath() {}

  static String of(Finding f) {
    if (f.indicator().isPresent()) {
      return "indicators[" + f.indicator().getAsInt() + "]." + f.field().id();
    }
    return tableProperty(f.field());
  }

  /** The property of the table (or of its parts) that holds a table-level field; empty for the table. */
  static String tableProperty(Field field) {
    switch (field) {
      case UNIT_CODE:
        return "unit.code";
      case UNIT_NAME:
        return "unit.name";
      case BUDGET:
        return "budget.total";
      case FISCAL_FUNDS:
        return "budget.fiscalFunds";
      case OTHER_FUNDS:
        return "budget.otherFunds";
      case CATEGORY:
      case SUBCATEGORY:
        return "indicators";
      case TABLE:
        return "";
      default:
        return field.id();
    }
  }
}
