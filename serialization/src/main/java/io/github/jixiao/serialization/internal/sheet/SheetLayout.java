package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a sheet's header is and what is above it (表格结构): the header is the first filled row that names three
 * known columns (or, when none does, two, or one), looked for among the first {@value #HEADER_SEARCH_ROWS} filled rows
 * so that a file that is no sheet fails fast; the filled rows above it are {@linkplain SheetPreamble titles and
 * sheet-wide cells}; the row right below it is its detail row when the two make a {@linkplain HeaderLabels
 * two-row header}.
 */
public final class SheetLayout {
  /** How many filled rows may come before the header. */
  public static final int HEADER_SEARCH_ROWS = 20;

  private final SheetHeader header;
  private final int firstData;
  private final Map<SheetColumn, SheetPreamble.Preset> presets;

  private SheetLayout(SheetHeader header, int firstData, Map<SheetColumn, SheetPreamble.Preset> presets) {
    this.header = header;
    this.firstData = firstData;
    this.presets = presets;
  }

  /**
   * Finds the header in {@code rows}, which hold at least one filled cell; titles, sheet-wide cells and a
   * two-row header are infos in {@code warnings}.
   *
   * @throws ReadException when no row names a known column (JX-SHEET-010), or as {@link SheetHeader} does
   */
  public static SheetLayout of(List<CsvRecords.Row> rows, SheetPlace place, List<ReadProblem> warnings) {
    return of(rows, place, warnings, false);
  }

  /**
   * As {@link #of(List, SheetPlace, List)}, the self-evaluation columns (实际完成值, 得分, 总分 …) known as well when
   * {@code evaluation} is set.
   */
  public static SheetLayout of(List<CsvRecords.Row> rows, SheetPlace place, List<ReadProblem> warnings,
      boolean evaluation) {
    return of(rows, place, warnings, evaluation ? SheetKind.SELF_EVALUATION : SheetKind.TARGET);
  }

  /** As {@link #of(List, SheetPlace, List)}, the added columns of {@code kind} known as well. */
  public static SheetLayout of(List<CsvRecords.Row> rows, SheetPlace place, List<ReadProblem> warnings,
      SheetKind kind) {
    int firstFilled = -1;
    // the first row naming three known columns, else two, else one: a row of label and value cells above the
    // header (单位名称 | 712001… | 年度 | 2025) names two, a header most often more
    int[] firstNaming = {-1, -1, -1};
    for (int i = 0, filled = 0; i < rows.size() && filled < HEADER_SEARCH_ROWS && firstNaming[2] < 0; i++) {
      if (isBlank(rows.get(i))) {
        continue;
      }
      filled++;
      firstFilled = firstFilled < 0 ? i : firstFilled;
      int known = Math.min(knownColumns(rows.get(i).cells(), kind), 3);
      if (known > 0 && firstNaming[known - 1] < 0) {
        firstNaming[known - 1] = i;
      }
    }
    int found = firstNaming[2] >= 0 ? firstNaming[2] : firstNaming[1] >= 0 ? firstNaming[1] : firstNaming[0];
    if (found < 0) {
      throw new ReadException(ReadProblem.error(SheetProblems.NO_KNOWN_COLUMN,
          place.row(rows.get(Math.max(firstFilled, 0)).number()),
          "not an indicator sheet: none of the first " + HEADER_SEARCH_ROWS + " filled rows names a known column; "
              + "expected a header row with headers such as 项目名称, 一级指标, 三级指标, 指标值"));
    }
    // The row found may be the detail row of a two-row header whose group row above names fewer known columns
    // (项目, 预算数, 资金支出计划): that row starts the header when some detail is known only through it.
    if (found > firstFilled && rows.get(found - 1).number() == rows.get(found).number() - 1
        && HeaderLabels.of(rows.get(found - 1).cells(), rows.get(found).cells())
            .filter(HeaderLabels::groupsNeeded).isPresent()) {
      found--;
    }
    SheetPreamble preamble = new SheetPreamble();
    for (int i = firstFilled; i < found; i++) {
      if (!isBlank(rows.get(i))) {
        preamble.read(rows.get(i), place, warnings);
      }
    }
    CsvRecords.Row top = rows.get(found);
    Optional<HeaderLabels> twoRows = found + 1 < rows.size() && rows.get(found + 1).number() == top.number() + 1
        ? HeaderLabels.of(top.cells(), rows.get(found + 1).cells()) : Optional.empty();
    if (twoRows.isEmpty()) {
      SheetHeader header = SheetHeader.of(HeaderLabels.of(top.cells()), top.number(), top.number(), place, warnings,
          kind);
      return new SheetLayout(header, found + 1, preamble.presets());
    }
    int detail = rows.get(found + 1).number();
    SheetHeader header = SheetHeader.of(twoRows.get(), top.number(), detail, place, warnings, kind);
    warnings.add(ReadProblem.info(SheetProblems.TWO_ROW_HEADER, place.rows(top.number(), detail).start(),
        "rows " + top.number() + "–" + detail + " are one header, a group row over a detail row: "
            + String.join(", ", twoRows.get().combined())));
    return new SheetLayout(header, found + 2, preamble.presets());
  }

  public SheetHeader header() {
    return header;
  }

  /** The index in the rows of the first row below the header. */
  public int firstData() {
    return firstData;
  }

  /** The table cells given above the header, for every table of the sheet. */
  Map<SheetColumn, SheetPreamble.Preset> presets() {
    return presets;
  }

  private static int knownColumns(List<String> cells, SheetKind kind) {
    return (int) cells.stream().map(SheetTables::trim).filter(c -> !c.isEmpty())
        .map(c -> SheetColumn.monthOf(c) > 0 ? "月底" + SheetColumn.monthOf(c)
            : SheetColumn.of(c).map(Enum::name)
                .or(() -> kind.addedColumn(c))
                .orElse(null))
        .filter(Objects::nonNull).distinct().count();
  }

  private static boolean isBlank(CsvRecords.Row row) {
    return row.cells().stream().allMatch(c -> SheetTables.trim(c).isEmpty());
  }
}
