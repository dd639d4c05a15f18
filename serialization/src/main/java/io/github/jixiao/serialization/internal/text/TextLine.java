package io.github.jixiao.serialization.internal.text;

import java.util.regex.Pattern;

/**
 * One line of a published text as the reader sees it: its number, its text with Word's bookmarks and table-of-
 * contents field codes taken out, and whether it is a table cell (it begins with a tab) or a whole table row
 * (cells separated by tabs on one line, {@code 项目名称\t某某项目\t主管部门\t某某局}).
 *
 * @param number  1-based line number in the input
 * @param text    the line without its line end, bookmark and field code; for a cell, without the leading tab;
 *                for a row, the whole line
 * @param cell    whether the line is part of a table: it begins with a tab (spaces before the tab allowed), or
 *                it is a row
 * @param row     whether the line is a whole row: at least two filled cells separated by tabs
 * @param heading whether Word marked the line as a heading (a bookmark or a {@code TC} field code was on it)
 */
public record TextLine(int number, String text, boolean cell, boolean row, boolean heading) {
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
  /** {@code TC "1、…" \f C \l 1} or, as the seeds have it, {@code TC 总体绩效目标 \f A \l 1}: to the line end. */
  private static final Pattern FIELD_CODE =
      Pattern.compile("\\s+TC\\s+(?:\"[^\"]*\"|[^\"\\\\]*?)(?:\\s*\\\\[a-zA-Z](?:\\s+[^\\\\\\s]+)?)+\\s*$");
  /** How many {@code TC} occurrences, from the line end back, may start the field code. */
  private static final int FIELD_CODE_TRIES = 3;
  private static final Pattern LEADING_TAB = Pattern.compile("^[ \\u00A0\\u3000]*\\t");
  /**
   * A list number Word writes before a tab ({@code 1.\t加强…}, {@code （一）\t…}, {@code 一、\t…}): such a line is
   * a numbered paragraph, not a row of two cells.
   */
  private static final Pattern LIST_NUMBER =
      Pattern.compile("^\\s*(?:\\d{1,3}\\s*[.．、]|[（(]\\s*[一二三四五六七八九十]+\\s*[）)]|[一二三四五六七八九十]+\\s*[、.．])\\s*$");

  public static TextLine of(int number, String raw) {
    String t = raw;
    boolean heading = false;
    if (t.contains("[bookmark:")) {
      t = BOOKMARK.matcher(t).replaceAll("");
      heading = true;
    }
    int code = fieldCode(t);
    if (code >= 0) {
      t = t.substring(0, code);
      heading = true;
    }
    if (isRow(t)) {
      return new TextLine(number, t, true, true, heading);
    }
    java.util.regex.Matcher tab = LEADING_TAB.matcher(t);
    if (tab.find()) {
      return new TextLine(number, t.substring(tab.end()), true, false, heading);
    }
    return new TextLine(number, t, false, false, heading);
  }

  /** At least two filled cells between tabs, the first filled one not a list number. */
  private static boolean isRow(String t) {
    int tab = t.indexOf('\t');
    if (tab < 0 || t.indexOf('\t', tab + 1) < 0 && Cells.trim(t.substring(0, tab)).isEmpty()) {
      return false;
    }
    int filled = 0;
    int start = 0;
    while (start <= t.length() && filled < 2) {
      int end = t.indexOf('\t', start);
      end = end < 0 ? t.length() : end;
      String piece = t.substring(start, end);
      if (!Cells.trim(piece).isEmpty()) {
        if (filled == 0 && LIST_NUMBER.matcher(piece).matches()) {
          return false;
        }
        filled++;
      }
      start = end + 1;
    }
    return filled >= 2;
  }

  /**
   * The cells of a row line, split at its tabs, each with the 1-based column where it begins; a line that
   * begins with a tab has a blank first cell.
   */
  java.util.List<TableBlock.Cell> rowCells() {
    java.util.List<TableBlock.Cell> cells = new java.util.ArrayList<>();
    int start = 0;
    while (true) {
      int end = text.indexOf('\t', start);
      cells.add(new TableBlock.Cell(text.substring(start, end < 0 ? text.length() : end), number, number, start + 1));
      if (end < 0) {
        return cells;
      }
      start = end + 1;
    }
  }

  /**
   * Where the field code at the end of {@code t} begins, or -1. Only the last few {@code TC}s are tried, each
   * anchored, so that a hostile line full of {@code TC}s costs linear time rather than quadratic.
   */
  private static int fieldCode(String t) {
    int from = t.length();
    for (int tries = 0; tries < FIELD_CODE_TRIES; tries++) {
      int tc = t.lastIndexOf("TC", from - 1);
      if (tc < 1) {
        return -1;
      }
      int start = tc;
      while (start > 0 && Character.isWhitespace(t.charAt(start - 1))) {
        start--;
      }
      java.util.regex.Matcher m = FIELD_CODE.matcher(t).region(start, t.length());
      if (start < tc && m.matches()) {
        return start;
      }
      from = tc;
    }
    return -1;
  }

  /** Whether the line holds nothing but spaces (of any kind) and is not a cell. */
  public boolean isBlank() {
    return !cell && Cells.trim(text).isEmpty();
  }

  /** The text without surrounding spaces of any kind. */
  String trimmed() {
    return Cells.trim(text);
  }
}
