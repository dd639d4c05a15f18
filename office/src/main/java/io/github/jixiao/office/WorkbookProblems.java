package io.github.jixiao.office;

/** The stable codes of the workbook reader's problems (JX-XLSX-nnn); docs/office.md lists them. */
final class WorkbookProblems {
  static final String TOO_LARGE = "JX-XLSX-001";
  static final String NOT_A_WORKBOOK = "JX-XLSX-002";
  static final String ENCRYPTED = "JX-XLSX-003";
  static final String DAMAGED = "JX-XLSX-004";
  static final String STRICT_OOXML = "JX-XLSX-005";
  static final String MACRO_ENABLED = "JX-XLSX-006";
  static final String ZIP_BOMB = "JX-XLSX-007";
  static final String UNREADABLE = "JX-XLSX-008";
  static final String TOO_MANY_ROWS = "JX-XLSX-010";
  static final String TOO_MANY_COLUMNS = "JX-XLSX-011";
  static final String CELL_TOO_LONG = "JX-XLSX-012";
  static final String HIDDEN_SHEET = "JX-XLSX-020";
  static final String HIDDEN_ROWS = "JX-XLSX-021";
  static final String HIDDEN_COLUMNS = "JX-XLSX-022";

  private WorkbookProblems() {}
}
