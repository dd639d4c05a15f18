package io.github.jixiao.serialization.internal.sheet;

/**
 * The stable codes of the sheet reader's problems (JX-SHEET-nnn); docs/formats-sheet-text.md lists them.
 * 001–004 come from {@link io.github.jixiao.serialization.InputText}.
 */
public final class SheetProblems {
  public static final String PREFIX = "JX-SHEET";
  public static final String EMPTY = "JX-SHEET-003";
  public static final String NO_KNOWN_COLUMN = "JX-SHEET-010";
  static final String DUPLICATE_COLUMN = "JX-SHEET-011";
  static final String UNKNOWN_COLUMN = "JX-SHEET-012";
  public static final String SHEET_NOT_READ = "JX-SHEET-013";
  static final String TITLE_ROW = "JX-SHEET-014";
  static final String PRESET_CELL = "JX-SHEET-015";
  static final String TWO_ROW_HEADER = "JX-SHEET-016";
  static final String NOTES_ROWS = "JX-SHEET-017";
  static final String UNBALANCED_QUOTE = "JX-SHEET-020";
  static final String TOO_MANY_ROWS = "JX-SHEET-021";
  static final String TOO_MANY_COLUMNS = "JX-SHEET-022";
  static final String CELL_TOO_LONG = "JX-SHEET-023";
  static final String CELL_BEYOND_HEADER = "JX-SHEET-024";
  public static final String CUT_OFF = "JX-SHEET-025";
  // 030, 031, 033–035 (a cell that is no amount, percentage, year, comparison or direction) are retired: the
  // cell is kept as written and the validator reports it. 032 is a warning: the amounts are read in 万元.
  static final String NOT_AN_AMOUNT_UNIT = "JX-SHEET-032";
  static final String CONFLICTING_CELL = "JX-SHEET-040";

  private SheetProblems() {}
}
