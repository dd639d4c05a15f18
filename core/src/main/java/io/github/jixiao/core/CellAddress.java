package io.github.jixiao.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a cell sits (单元格地址): the 0-based position of its table, of its indicator row (absent for a table
 * cell), the {@link TableField}, and an optional detail inside the cell such as the checkpoint {@code 12月底}
 * of the spending plan or the category a table-level finding names.
 *
 * <pre>{@code
 * CellAddress.of(1, 6, TableField.TARGET)                          // tables[1].indicators[6].target
 * CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("12月底") // tables[0].spendingPlan · 12月底
 * }</pre>
 *
 * <p>An indicator field may be addressed without a row: it then means that column of the whole table, as a
 * finding that a required 一级指标 is missing does. A table field never has a row.
 */
public final class CellAddress {
  private static final int NO_ROW = -1;

  private final int table;
  private final int row;
  private final TableField field;
  private final String detail;

  private CellAddress(int table, int row, TableField field, String detail) {
    this.table = table;
    this.row = row;
    this.field = field;
    this.detail = detail;
  }

  /**
   * A cell of table {@code table} itself, or an indicator column of the whole table.
   *
   * @throws IllegalArgumentException when {@code table} is negative
   */
  public static CellAddress of(int table, TableField field) {
    return new CellAddress(checkIndex("table", table), NO_ROW, Objects.requireNonNull(field, "field"), null);
  }

  /**
   * A cell of indicator row {@code row} of table {@code table}.
   *
   * @throws IllegalArgumentException when an index is negative or {@code field} is not an indicator cell
   */
  public static CellAddress of(int table, int row, TableField field) {
    Objects.requireNonNull(field, "field");
    if (!field.isIndicatorCell()) {
      throw new IllegalArgumentException(field + " is a cell of the table, not of an indicator row");
    }
    return new CellAddress(checkIndex("table", table), checkIndex("row", row), field, null);
  }

  private static int checkIndex(String what, int index) {
    if (index < 0) {
      throw new IllegalArgumentException(what + ": expected a 0-based position, found " + index);
    }
    return index;
  }

  /** The 0-based position of the table. */
  public int table() {
    return table;
  }

  /** The 0-based position of the indicator row; empty for a cell of the table. */
  public OptionalInt row() {
    return row == NO_ROW ? OptionalInt.empty() : OptionalInt.of(row);
  }

  public TableField field() {
    return field;
  }

  /** What inside the cell: a checkpoint ({@code 12月底}), a category; empty for the cell as a whole. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * The same cell in table {@code newTable}: for a caller that validated a window of a longer sequence and
   * places the finding in the whole.
   *
   * @throws IllegalArgumentException when {@code newTable} is negative
   */
  public CellAddress withTable(int newTable) {
    return newTable == table ? this : new CellAddress(checkIndex("table", newTable), row, field, detail);
  }

  /** This address with {@code newDetail} inside the cell. */
  public CellAddress withDetail(String newDetail) {
    return new CellAddress(table, row, field, Objects.requireNonNull(newDetail, "detail"));
  }

  /** This address without a detail: the cell as a whole. */
  public CellAddress withoutDetail() {
    return detail == null ? this : new CellAddress(table, row, field, null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellAddress a && table == a.table && row == a.row && field == a.field
        && Objects.equals(detail, a.detail);
  }

  @Override
  public int hashCode() {
    return ((table * 31 + row) * 31 + field.ordinal()) * 31 + Objects.hashCode(detail);
  }

  /** {@code tables[1].indicators[6].target}, {@code tables[0].spendingPlan · 12月底}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("tables[").append(table).append("].");
    if (row != NO_ROW) {
      b.append("indicators[").append(row).append("].");
    }
    b.append(field.wireName());
    if (detail != null) {
      b.append(" · ").append(detail);
    }
    return b.toString();
  }
}
