package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.serialization.ReadProblem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Filled cells in a column without a header (无表头的列): under a blank header cell or beyond the header's last
 * column. They are not read, and each such column is one warning naming it by its letter, with how many filled
 * cells it holds and the first of them; the warning stands where the column's first filled cell was met.
 */
final class HeaderlessCells {
  private record Column(int warning, int row, String first, int count) {}

  private final SheetPlace place;
  private final List<ReadProblem> warnings;
  private final Map<Integer, Column> columns = new TreeMap<>();

  HeaderlessCells(SheetPlace place, List<ReadProblem> warnings) {
    this.place = place;
    this.warnings = warnings;
  }

  /** Counts the filled cell {@code text} of row {@code row} in headerless column {@code index}. */
  void add(int row, int index, String text) {
    Column seen = columns.get(index);
    if (seen == null) {
      seen = new Column(warnings.size(), row, text, 0);
      warnings.add(null);
    }
    Column counted = new Column(seen.warning(), seen.row(), seen.first(), seen.count() + 1);
    columns.put(index, counted);
    warnings.set(counted.warning(), warning(index, counted));
  }

  private ReadProblem warning(int index, Column c) {
    String letter = CsvRecords.columnName(List.of(), index);
    String cells = c.count() == 1 ? "1 filled cell is" : c.count() + " filled cells are";
    return ReadProblem.warning(SheetProblems.CELL_BEYOND_HEADER, place.cell(c.row(), index, letter),
        "column " + letter + " has no header; " + cells + " not read (the first, «" + TableDraft.excerpt(c.first())
            + "», on row " + c.row() + ")");
  }
}
