package io.github.jixiao.serialization.internal.sheet;

import java.util.regex.Pattern;

/**
 * The leading apostrophe (文本标记) of a sheet cell: as in a spreadsheet, {@code '} before a cell's text says
 * "this is text, exactly as it follows". The writer puts it before text that a spreadsheet would run as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return: OWASP's CSV-injection advice),
 * before text that itself begins with an apostrophe, before text the reader would otherwise change (surrounding
 * spaces, a unit name that begins with a code), and alone for an empty text that was given (a blank 一级指标
 * that must not inherit the row above). The reader takes the mark off, so every such cell reads back as
 * written: the mapping is one to one.
 */
public final class TextMark {
  public static final char MARK = '\'';
  /** A cell holding only the mark: an empty text, given on purpose. */
  public static final String GIVEN_EMPTY = String.valueOf(MARK);

  /** A negative number is no formula, and stays a number for the spreadsheet. */
  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(?:\\.\\d+)?%?");

  private TextMark() {}

  /** Whether the writer must mark {@code text} for a spreadsheet not to run it or the reader not to change it. */
  public static boolean needed(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return switch (first) {
      case '=', '+', '@', '\t', '\r', MARK -> true;
      case '-' -> !NEGATIVE_NUMBER.matcher(text).matches();
      default -> SheetTables.isSpace(first) || SheetTables.isSpace(text.charAt(text.length() - 1));
    };
  }

  /** {@code text} with the mark before it. */
  public static String marked(String text) {
    return MARK + text;
  }
}
