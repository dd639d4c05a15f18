package io.github.jixiao.serialization.text;

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
record TextLine(int number, String text, boolean cell, boolean heading) {
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
  /** {@code TC "1、…" \f C \l 1} or, as the seeds have it, {@code TC 总体绩效目标 \f A \l 1}: to the line end. */
  private static final Pattern FIELD_CODE =
      Pattern.compile("\\s+TC\\s+(?:\"[^\"]*\"|[^\"\\\\]*?)(?:\\s*\\\\[a-zA-Z](?:\\s+[^\\\\\\s]+)?)+\\s*$");
  private static final Pattern LEADING_TAB = Pattern.compile("^[ \\u00A0\\u3000]*\\t");

  static TextLine of(int number, String raw) {
    String t = raw;
    boolean heading = false;
    if (t.contains("[bookmark:")) {
      t = BOOKMARK.matcher(t).replaceAll("");
      heading = true;
    }
    if (t.contains("TC")) {
      String without = FIELD_CODE.matcher(t).replaceFirst("");
      heading |= !without.equals(t);
      t = without;
    }
    java.util.regex.Matcher tab = LEADING_TAB.matcher(t);
    if (tab.find()) {
      return new TextLine(number, t.substring(tab.end()), true, heading);
    }
    return new TextLine(number, t, false, heading);
  }

  /** Whether the line holds nothing but spaces (of any kind) and is not a cell. */
  boolean isBlank() {
    return !cell && Cells.trim(text).isEmpty();
  }

  /** The text without surrounding spaces of any kind. */
  String trimmed() {
    return Cells.trim(text);
  }
}
