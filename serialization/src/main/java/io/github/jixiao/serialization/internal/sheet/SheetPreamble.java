package io.github.jixiao.serialization.internal.sheet;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows above a sheet's header (表头以上的行): a title ({@code 2024年项目支出绩效目标表}) and label/value cells
 * that hold for every table of the sheet — {@code 单位：万元} or {@code 金额单位：元} (the amount unit),
 * {@code 填报单位：712001共青团某县委员会} or {@code 预算单位：…} (the budget unit), any table cell's header
 * followed by a colon. Several may share a row; a value may stand in the cell after its label (with or without
 * the colon). Each cell read
 * so, and each title, is an info naming its place.
 */
final class SheetPreamble {
  /** Labels of the unit that fills the sheet in, beside the table headers (预算单位, 单位名称 …). */
  private static final Set<String> UNIT_LABELS = Set.of("填报单位", "编制单位", "申报单位");
  /**
   * The cells a row above the header may give for the whole sheet; a project's own cells (code, name, amounts)
   * tell its tables apart and are never shared.
   */
  private static final Set<SheetColumn> SHEET_WIDE = EnumSet.of(SheetColumn.UNIT_CODE, SheetColumn.UNIT_NAME,
      SheetColumn.FISCAL_YEAR, SheetColumn.AMOUNT_UNIT);

  /** A table cell given above the header, for every table of the sheet. */
  record Preset(SheetColumn column, String text, SourceLocation at) {}

  private final Map<SheetColumn, Preset> presets = new EnumMap<>(SheetColumn.class);

  /** Reads one row above the header. */
  void read(CsvRecords.Row row, SheetPlace place, List<ReadProblem> warnings) {
    List<String> titles = new ArrayList<>();
    List<String> cells = row.cells();
    String previous = null;
    for (int i = 0; i < cells.size(); i++) {
      String text = unbracketed(SheetTables.trim(cells.get(i)));
      if (text.isEmpty() || text.equals(previous)) {
        continue;   // a merged cell repeated in the cells it covers
      }
      previous = text;
      int colon = colonOf(text);
      String label = colon < 0 ? text : text.substring(0, colon);
      String value = colon < 0 ? "" : SheetTables.trim(text.substring(colon + 1));
      int valueColumn = i;
      int next = nextFilled(cells, i + 1);
      boolean labelAlone = colon < 0 ? isLabel(text) : value.isEmpty();
      if (labelAlone && next >= 0 && !isLabel(SheetTables.trim(cells.get(next)))) {
        value = SheetTables.trim(cells.get(next));
        valueColumn = next;
      }
      Optional<SheetColumn> column = value.isEmpty() ? Optional.empty() : columnOf(label, value);
      if (column.isEmpty()) {
        titles.add(text);
        continue;
      }
      i = valueColumn;
      previous = SheetTables.trim(cells.get(valueColumn));
      SourceLocation at = place.cell(row.number(), valueColumn, CsvRecords.columnName(List.of(), valueColumn));
      preset(column.get(), value, at, text, warnings);
    }
    if (!titles.isEmpty()) {
      warnings.add(ReadProblem.info(SheetProblems.TITLE_ROW, place.row(row.number()),
          "row " + row.number() + " above the header, «" + TableDraft.excerpt(String.join(" ", titles))
              + "», is taken as a title; it is not read as table cells"));
    }
  }

  /** The table cells given above the header, by column. */
  Map<SheetColumn, Preset> presets() {
    return Collections.unmodifiableMap(presets);
  }

  private void preset(SheetColumn column, String value, SourceLocation at, String written,
      List<ReadProblem> warnings) {
    Preset kept = presets.putIfAbsent(column, new Preset(column, value, at));
    if (kept != null) {
      if (!kept.text().equals(value)) {
        warnings.add(ReadProblem.warning(SheetProblems.CONFLICTING_CELL, at, "«" + TableDraft.excerpt(written)
            + "» differs from «" + TableDraft.excerpt(kept.text()) + "» given above the header on row "
            + kept.at().line().orElse(0) + "; the first value is kept"));
      }
      return;
    }
    warnings.add(ReadProblem.info(SheetProblems.PRESET_CELL, at, "«" + TableDraft.excerpt(written)
        + "» above the header gives " + column.header() + " «" + TableDraft.excerpt(value)
        + "» to every table of the sheet, as a " + column.header() + " column would"));
  }

  /**
   * The table cell a label above the header gives: 单位 is the amount unit when its value is a money unit and
   * the budget unit otherwise.
   */
  private static Optional<SheetColumn> columnOf(String label, String value) {
    String key = SheetColumn.key(label);
    if (UNIT_LABELS.contains(key)) {
      return Optional.of(SheetColumn.UNIT_NAME);
    }
    Optional<SheetColumn> column = SheetColumn.of(label).filter(SHEET_WIDE::contains);
    if (column.filter(c -> c == SheetColumn.AMOUNT_UNIT).isPresent() && key.equals("单位")
        && AmountUnit.parse(value).isEmpty()) {
      return Optional.of(SheetColumn.UNIT_NAME);
    }
    return column;
  }

  /** Whether {@code text} is the label of a cell the whole sheet may be given (单位名称, 年度 …). */
  private static boolean isLabel(String text) {
    return UNIT_LABELS.contains(SheetColumn.key(text)) || SheetColumn.of(text).filter(SHEET_WIDE::contains).isPresent();
  }

  /** {@code （单位：万元）} as {@code 单位：万元}: a bracketed note's brackets are not its text. */
  private static String unbracketed(String text) {
    if (text.length() > 2 && "(（[【".indexOf(text.charAt(0)) >= 0 && ")）]】".indexOf(text.charAt(text.length() - 1)) >= 0
        && colonOf(text) > 0) {
      return SheetTables.trim(text.substring(1, text.length() - 1));
    }
    return text;
  }

  private static int colonOf(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '：') {
        return i;
      }
    }
    return -1;
  }

  private static int nextFilled(List<String> cells, int from) {
    for (int i = from; i < cells.size(); i++) {
      if (!SheetTables.trim(cells.get(i)).isEmpty()) {
        return i;
      }
    }
    return -1;
  }
}
