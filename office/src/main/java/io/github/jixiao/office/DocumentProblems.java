package io.github.jixiao.office;

/** The stable codes of the Word document reader's problems (JX-DOCX-nnn); docs/office.md lists them. */
final class DocumentProblems {
  static final String TOO_LARGE = "JX-DOCX-001";
  static final String NOT_A_DOCUMENT = "JX-DOCX-002";
  static final String ENCRYPTED = "JX-DOCX-003";
  static final String DAMAGED = "JX-DOCX-004";
  static final String ZIP_BOMB = "JX-DOCX-005";
  static final String UNREADABLE = "JX-DOCX-006";
  static final String DTD = "JX-DOCX-007";
  static final String TOO_MANY_ROWS = "JX-DOCX-010";
  static final String TOO_MANY_CELLS = "JX-DOCX-011";
  static final String TEXT_TOO_LONG = "JX-DOCX-012";
  static final String TOO_MANY_LINES = "JX-DOCX-013";
  static final String NESTED_TABLE = "JX-DOCX-020";
  static final String ROW_STARTS_LATER = "JX-DOCX-021";

  private DocumentProblems() {}
}
