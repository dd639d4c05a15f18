package io.github.jixiao.serialization.internal.text;

import java.util.regex.Pattern;

/**
 * One line of a published text as the reader sees it: its number, its text with Word's bookmarks and table-of-
 * contents field codes taken out, and whether it is a table cell (it begins with a tab).
 *
 * @param number  1-based line number in the input
 * @param text    the line without its line end, bookmark and field code; for a cell, without the leading tab
 * @param cell    whether the line begins with a tab (spaces before the tab allowed)
 * @param heading whether Word marked the line as a heading (a bookmark or a {@code TC} field code was on it)
 */
public record TextLine(int number, String text, boolean cell, boolean heading) {
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
  /** {@code TC "1、…" \f C \l 1} or, as the seeds have it, {@code TC 总体绩效目标 \f A \l 1}: to the line end. */
  private static final Pattern FIELD_CODE =
      Pattern.compile("\\s+TC\\s+(?:\"[^\"]*\"|[^\"\\\\]*?)(?:\\s*\\\\[a-zA-Z](?:\\s+[^\\\\\\s]+)?)+\\s*$");
  /** How many {@code TC} occurrences, from the line end back, may start the field code. */
  private static final int FIELD_CODE_TRIES = 3;
  private static final Pattern LEADING_TAB = Pattern.compile("^[ \\u00A0\\u3000]*\\t");

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
    java.util.regex.Matcher tab = LEADING_TAB.matcher(t);
    if (tab.find()) {
      return new TextLine(number, t.substring(tab.end()), true, heading);
    }
    return new TextLine(number, t, false, heading);
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
