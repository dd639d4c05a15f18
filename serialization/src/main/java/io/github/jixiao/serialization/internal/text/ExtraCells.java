package io.github.jixiao.serialization.internal.text;

import java.util.List;

/**
 * The rows and grid columns a table published beside a target table adds to it (a self-evaluation's 得分, a
 * monitoring table's 纠偏措施), read by {@link TableText} from the same block as the target cells and handed here:
 * one implementation per kind of table, one instance per table read. {@link TableText} keeps the target cells and
 * the grid's 分值; everything else a kind of table has is its own.
 */
public sealed interface ExtraCells permits EvaluationText, MonitoringText {
  /** The grid's columns after the target's and 分值, in order: each column's label, then its variants. */
  List<List<String>> gridHeaders();

  /**
   * Reads the rows at {@code r} that are this table's own, before the grid (a budget block, a goals block, a
   * label/value row). Returns how many rows it read, 0 when the row is not one of them.
   */
  int rows(List<TableBlock.Row> all, int r, TableText target);

  /** Whether the grid's header names column {@code k} of {@link #gridHeaders()}. */
  void gridColumn(int k, boolean named);

  /**
   * Whether a row after the indicator rows began is one of this table's own (a 总分 row), read here rather than as
   * an indicator row.
   *
   * @param width the grid's width
   * @param columns the header cell of each of {@link #gridHeaders()}, -1 where the header has none
   * @param weightColumn the header cell of 分值, or -1
   */
  boolean trailingRow(TableBlock.Row row, int width, int[] columns, int weightColumn);

  /** Indicator row {@code j}'s cells under {@link #gridHeaders()}, each null where the grid or the row has none. */
  void indicatorCells(int j, TableBlock.Cell[] cells);
}
