package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.serialization.ReadProblem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The notes under a sheet's tables (填表说明): a row of one text — in one cell, or repeated across a merged
 * row — that begins {@code 填表说明}, {@code 注：}, {@code 说明：} or {@code 备注：}, and the numbered rows of one
 * text that follow it ({@code 1.…}, {@code （2）…}, {@code 三、…}). They are not indicators; each run of them
 * is an info naming its rows.
 */
final class SheetNotes {
  private static final Pattern START = Pattern.compile("(?:填表说明|填报说明|注|说明|备注)(?:[:：]|\\d|$).*",
      Pattern.DOTALL);
  private static final Pattern NUMBERED = Pattern.compile(
      "(?:[(（]?\\d{1,2}[)）.、．]|[一二三四五六七八九十]{1,3}、).*", Pattern.DOTALL);

  private final SheetPlace place;
  private final List<ReadProblem> warnings;
  private int first;
  private int last;
  private String opening;

  SheetNotes(SheetPlace place, List<ReadProblem> warnings) {
    this.place = place;
    this.warnings = warnings;
  }

  /** Whether {@code row} is a note; a row that is none ends the notes before it. */
  boolean isNote(CsvRecords.Row row) {
    String text = onlyText(row.cells());
    boolean note = text != null && (START.matcher(SheetColumn.key(text)).matches()
        || opening != null && NUMBERED.matcher(text).matches());
    if (!note) {
      finish();
      return false;
    }
    if (opening == null) {
      opening = text;
      first = row.number();
    }
    last = row.number();
    return true;
  }

  /** Reports the notes read since the last report. */
  void finish() {
    if (opening == null) {
      return;
    }
    String rows = first == last ? "row " + first + " is a note" : "rows " + first + "–" + last + " are notes";
    warnings.add(ReadProblem.info(SheetProblems.NOTES_ROWS, place.rows(first, last).start(),
        rows + " («" + TableDraft.excerpt(opening) + "»), not indicators; not read"));
    opening = null;
  }

  /** The one text of a row whose filled cells all hold it, else null. */
  private static String onlyText(List<String> cells) {
    String only = null;
    for (String cell : cells) {
      String t = SheetTables.trim(cell);
      if (t.isEmpty()) {
        continue;
      }
      if (only != null && !only.equals(t)) {
        return null;
      }
      only = t;
    }
    return only;
  }
}
