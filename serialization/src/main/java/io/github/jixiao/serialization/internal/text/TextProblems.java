package io.github.jixiao.serialization.internal.text;

/**
 * The stable codes of the text reader's problems (JX-TEXT-nnn); docs/formats-sheet-text.md lists them.
 * 001–004 come from {@link io.github.jixiao.serialization.InputText}.
 */
public final class TextProblems {
  public static final String PREFIX = "JX-TEXT";
  public static final String EMPTY = "JX-TEXT-003";
  public static final String LINE_TOO_LONG = "JX-TEXT-005";
  public static final String TOO_MANY_LINES = "JX-TEXT-006";
  public static final String NOT_A_DOCUMENT = "JX-TEXT-010";
  static final String CUT_OFF = "JX-TEXT-020";
  static final String UNKNOWN_ROW = "JX-TEXT-021";
  static final String ROW_CELL_COUNT = "JX-TEXT-022";
  static final String STRAY_TEXT = "JX-TEXT-023";
  static final String UNKNOWN_HEADER = "JX-TEXT-024";
  static final String NO_INDICATORS = "JX-TEXT-025";
  static final String GUESSED = "JX-TEXT-026";
  static final String NOT_KEPT = "JX-TEXT-027";
  static final String CONFLICTING_CELL = "JX-TEXT-028";
  // 030 and 031 (a budget cell that is no amount, a checkpoint that is no percentage) are retired: the cell is
  // kept as written and the validator reports it. 032 is a warning: the amounts are read in 万元.
  static final String NOT_AN_AMOUNT_UNIT = "JX-TEXT-032";

  private TextProblems() {}
}
