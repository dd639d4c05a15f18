package io.github.jixiao.office;

import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One table of a sheet in the form layout (表单式表格), as read from its cells: the values of its header block
 * with the cell each came from, and the indicator grid's header and rows. It becomes the indicator sheet's row
 * layout — the grid's own columns where they stand, the header block's values in further columns on the grid's
 * first row — so that the sheet reader assembles it exactly as it assembles a CSV file, and {@link FormPlaces}
 * moves the places of those further columns back to the cells the values were read from.
 */
final class FormTable {
  /** A value of the header block and the cell it was read from (1-based row and column). */
  record Value(String text, int row, int column) {}

  private final String sheet;
  private final int firstRow;
  private int lastRow;
  private final Map<TableField, Value> fields = new LinkedHashMap<>();
  private final TreeMap<Integer, Value> months = new TreeMap<>();
  private final Map<SelfEvaluationField, Value> evaluation = new EnumMap<>(SelfEvaluationField.class);
  private boolean evaluates;
  private SheetReader.Row gridHeader;
  private final List<SheetReader.Row> indicators = new ArrayList<>();

  FormTable(String sheet, int firstRow) {
    this.sheet = sheet;
    this.firstRow = firstRow;
    this.lastRow = firstRow;
  }

  String sheet() {
    return sheet;
  }

  int firstRow() {
    return firstRow;
  }

  int lastRow() {
    return lastRow;
  }

  void extendTo(int row) {
    lastRow = Math.max(lastRow, row);
  }

  /** Whether the block already has {@code field}; a second value of it is the caller's to report. */
  boolean has(TableField field) {
    return fields.containsKey(field);
  }

  Value value(TableField field) {
    return fields.get(field);
  }

  void put(TableField field, Value value) {
    fields.put(field, value);
  }

  boolean hasMonth(int month) {
    return months.containsKey(month);
  }

  void putMonth(int month, Value value) {
    months.put(month, value);
  }

  /** Whether the table is a self-evaluation table: titled 自评表, or holding a budget line or an outcome. */
  boolean evaluates() {
    return evaluates;
  }

  void markEvaluation() {
    evaluates = true;
  }

  boolean has(SelfEvaluationField field) {
    return evaluation.containsKey(field);
  }

  Value value(SelfEvaluationField field) {
    return evaluation.get(field);
  }

  void put(SelfEvaluationField field, Value value) {
    evaluation.put(field, value);
    evaluates = true;
  }

  /** The self-evaluation cells of the form's own blocks (budget line, outcome, 总分, 自评等级) and their cells. */
  Map<SelfEvaluationField, Value> evaluationValues() {
    return evaluation;
  }

  /** The grid's header row; null when the table has no grid. */
  SheetReader.Row gridHeader() {
    return gridHeader;
  }

  boolean hasGrid() {
    return gridHeader != null;
  }

  void grid(SheetReader.Row header) {
    gridHeader = header;
  }

  void indicator(SheetReader.Row row) {
    indicators.add(row);
  }

  /**
   * Whether nothing of a table was read: no value beyond what a title and a money-unit line say, no
   * spending-plan checkpoint and no indicator grid (a cover sheet's title, say).
   */
  boolean isEmpty() {
    return fields.keySet().stream().allMatch(f -> f == TableField.FISCAL_YEAR || f == TableField.AMOUNT_UNIT)
        && months.isEmpty() && gridHeader == null && evaluation.isEmpty();
  }

  /**
   * The table in the row layout, and in {@code places} the cell each further column's header and value came
   * from, keyed by where the sheet reader will say it found them.
   */
  SheetReader.Sheet rows(FormPlaces places) {
    int width = gridHeader == null ? 0 : gridHeader.cells().size();
    for (SheetReader.Row r : indicators) {
      width = Math.max(width, r.cells().size());
    }
    List<String> header = new ArrayList<>(gridHeader == null ? List.of() : gridHeader.cells());
    pad(header, width);
    List<Integer> groups = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      if (FormLabels.isGroup(header.get(c))) {
        groups.add(c);   // 绩效指标 merged down the grid's first column: a group, no cell of the table
        header.set(c, "");
      }
    }
    List<String> first = new ArrayList<>();
    int headerRow = gridHeader == null ? firstRow : gridHeader.number();
    int valueRow = valueRow();
    List<Value> further = new ArrayList<>();
    for (Map.Entry<TableField, Value> f : fields.entrySet()) {
      header.add(f.getKey().term());
      first.add(f.getValue().text());
      further.add(f.getValue());
    }
    for (Map.Entry<Integer, Value> m : months.entrySet()) {
      header.add(m.getKey() + "月底");
      first.add(m.getValue().text());
      further.add(m.getValue());
    }
    for (Map.Entry<SelfEvaluationField, Value> e : evaluation.entrySet()) {
      header.add(e.getKey().term());
      first.add(e.getValue().text());
      further.add(e.getValue());
    }
    places.put(sheet, headerRow, valueRow, width, further);
    places.span(sheet, valueRow, firstRow, lastRow);
    List<SheetReader.Row> rows = new ArrayList<>();
    rows.add(new SheetReader.Row(headerRow, header));
    if (indicators.isEmpty()) {
      List<String> only = new ArrayList<>();
      pad(only, width);
      only.addAll(first);
      rows.add(new SheetReader.Row(valueRow, only));
    }
    for (int i = 0; i < indicators.size(); i++) {
      List<String> cells = new ArrayList<>(indicators.get(i).cells());
      pad(cells, width);
      groups.forEach(c -> cells.set(c, ""));
      if (i == 0) {
        cells.addAll(first);
      }
      rows.add(new SheetReader.Row(indicators.get(i).number(), cells));
    }
    return new SheetReader.Sheet(sheet, rows);
  }

  /** The row the sheet reader finds the table's own values on: its first indicator's, else its last. */
  int valueRow() {
    return indicators.isEmpty() ? lastRow : indicators.get(0).number();
  }

  private static void pad(List<String> cells, int width) {
    while (cells.size() < width) {
      cells.add("");
    }
  }
}
