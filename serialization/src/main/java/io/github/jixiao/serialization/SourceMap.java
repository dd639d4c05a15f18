package io.github.jixiao.serialization;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.TableField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Where each part of a read value came from (来源映射): the lines or rows of table {@code i}, of its indicator
 * {@code j}, and the place of each cell read, by its {@link CellAddress}.
 *
 * <p>A self-evaluation or monitoring table's own cells ({@link SelfEvaluationField}, {@link MonitoringField}) are
 * placed by {@link #cell(int, SelfEvaluationField)} and its siblings; the cells it shares with its target table
 * by their {@link CellAddress}.
 *
 * <p>It lives beside the value in a {@link ReadResult}, never inside the model, so that two tables read from
 * different files are still equal when their content is. Tables and indicators are 0-based positions.
 *
 * <pre>{@code
 * result.sourceMap().flatMap(m -> m.locate(finding.address()))   // sheet.csv row 14 column S (指标值)
 * }</pre>
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
      Map.of());
  private static final TableField[] FIELDS = TableField.values();
  /** Each field's slot among the table's cells or among an indicator row's. */
  private static final int[] SLOTS = new int[FIELDS.length];
  private static final TableField[] TABLE_FIELDS;
  private static final TableField[] ROW_FIELDS;

  static {
    List<TableField> table = new ArrayList<>();
    List<TableField> row = new ArrayList<>();
    for (TableField f : FIELDS) {
      List<TableField> kind = f.isIndicatorCell() ? row : table;
      SLOTS[f.ordinal()] = kind.size();
      kind.add(f);
    }
    TABLE_FIELDS = table.toArray(TableField[]::new);
    ROW_FIELDS = row.toArray(TableField[]::new);
  }

  private final Map<Integer, SourceSpan> tables;
  private final Map<Row, SourceSpan> rows;
  /*
   * The cells' places, by table and by indicator row, each an array by field, and a place whose path is its
   * cell's address kept without it: a read of ten thousand tables places half a million cells, and an address
   * object and a map entry for each would be most of the map's size.
   */
  private final Map<Integer, SourceLocation[]> tableCells;
  private final Map<Row, SourceLocation[]> rowCells;
  /**
   * The places of the other addresses, which are few: with a detail (a checkpoint's own column), or a table's
   * address naming an indicator's cell.
   */
  private final Map<CellAddress, SourceLocation> details;
  /** The places of the cells a self-evaluation or monitoring table adds to its target table's. */
  private final Map<FollowUpCell, SourceLocation> followUpCells;

  private SourceMap(Map<Integer, SourceSpan> tables, Map<Row, SourceSpan> rows,
      Map<Integer, SourceLocation[]> tableCells, Map<Row, SourceLocation[]> rowCells,
      Map<CellAddress, SourceLocation> details, Map<FollowUpCell, SourceLocation> followUpCells) {
    this.tables = Map.copyOf(tables);
    this.rows = Map.copyOf(rows);
    this.tableCells = tableCells;
    this.rowCells = rowCells;
    this.details = Map.copyOf(details);
    this.followUpCells = Map.copyOf(followUpCells);
  }

  private static <K> Map<K, SourceLocation[]> copy(Map<K, SourceLocation[]> places) {
    Map<K, SourceLocation[]> copy = new HashMap<>(places.size() * 4 / 3 + 1);
    places.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /** An indicator row's key: the positions of its table and of the row. */
  private record Row(int table, int row) {}

  /**
   * A self-evaluation or monitoring cell's key: its table, its indicator row ({@code -1} for a cell of the
   * table) and its field, a {@link SelfEvaluationField} or a {@link MonitoringField}.
   */
  private record FollowUpCell(int table, int row, Enum<?> field) {
    static FollowUpCell of(int table, SelfEvaluationField field) {
      return tableCell(table, field, field.isIndicatorCell());
    }

    static FollowUpCell of(int table, MonitoringField field) {
      return tableCell(table, field, field.isIndicatorCell());
    }

    static FollowUpCell of(int table, int indicator, SelfEvaluationField field) {
      return rowCell(table, indicator, field, field.isIndicatorCell());
    }

    static FollowUpCell of(int table, int indicator, MonitoringField field) {
      return rowCell(table, indicator, field, field.isIndicatorCell());
    }

    private static FollowUpCell tableCell(int table, Enum<?> field, boolean indicatorCell) {
      if (indicatorCell) {
        throw new IllegalArgumentException(field + " is a cell of an indicator row, not of the table");
      }
      return new FollowUpCell(index("table", table), -1, field);
    }

    private static FollowUpCell rowCell(int table, int indicator, Enum<?> field, boolean indicatorCell) {
      if (!indicatorCell) {
        throw new IllegalArgumentException(field + " is a cell of the table, not of an indicator row");
      }
      return new FollowUpCell(index("table", table), index("indicator", indicator), field);
    }

    private static int index(String what, int index) {
      if (index < 0) {
        throw new IllegalArgumentException(what + ": expected a 0-based position, found " + index);
      }
      return index;
    }

    /** The place at the cell, else at the start of its row, else of its table. */
    Optional<SourceLocation> locate(SourceMap map) {
      SourceLocation place = map.followUpCells.get(this);
      if (place != null) {
        return Optional.of(place);
      }
      Optional<SourceSpan> span = row >= 0 ? map.indicator(table, row) : Optional.empty();
      return span.or(() -> map.table(table)).map(SourceSpan::start);
    }
  }

  /** A map that knows nothing. */
  public static SourceMap empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this map's places, for a reader that places more cells after another reader's code has
   * placed the rest (a workbook's form cells that the sheet reader is not handed where they stand).
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tables.putAll(tables);
    b.rows.putAll(rows);
    b.tableCells.putAll(copy(tableCells));
    b.rowCells.putAll(copy(rowCells));
    b.details.putAll(details);
    b.followUpCells.putAll(followUpCells);
    return b;
  }

  /** The lines or rows table {@code table} was read from. */
  public Optional<SourceSpan> table(int table) {
    return Optional.ofNullable(tables.get(table));
  }

  /** The lines or row indicator {@code indicator} of table {@code table} was read from. */
  public Optional<SourceSpan> indicator(int table, int indicator) {
    return Optional.ofNullable(rows.get(new Row(table, indicator)));
  }

  /**
   * Where a cell was read: for an address with a detail, the detail's own place when the reader knew it (a
   * checkpoint such as {@code 12月底} read from its own sheet column), else the cell's.
   */
  public Optional<SourceLocation> cell(CellAddress address) {
    SourceLocation detail = address.detail().isPresent() ? details.get(address) : null;
    if (detail != null) {
      return Optional.of(detail);
    }
    CellAddress cell = address.withoutDetail();
    if (!inArrays(cell)) {
      return Optional.ofNullable(details.get(cell));
    }
    SourceLocation[] places = cell.row().isPresent()
        ? rowCells.get(new Row(cell.table(), cell.row().getAsInt())) : tableCells.get(cell.table());
    SourceLocation place = places == null ? null : places[SLOTS[cell.field().ordinal()]];
    return Optional.ofNullable(place == null ? null : place.keptAt(cell));
  }

  /** Whether an address is kept in the arrays: no detail, and a row exactly when its field is an indicator's. */
  private static boolean inArrays(CellAddress address) {
    return address.detail().isEmpty() && address.row().isPresent() == address.field().isIndicatorCell();
  }

  /** Where a table-level cell ({@link TableField#BUDGET}, {@link TableField#PROJECT_CODE}, …) was read. */
  public Optional<SourceLocation> cell(int table, TableField field) {
    return cell(CellAddress.of(table, field));
  }

  /** Where a cell of an indicator row ({@link TableField#TARGET}, {@link TableField#NAME}, …) was read. */
  public Optional<SourceLocation> cell(int table, int indicator, TableField field) {
    return cell(CellAddress.of(table, indicator, field));
  }

  /** Where a self-evaluation table's own table-level cell ({@link SelfEvaluationField#TOTAL_SCORE}, …) was read. */
  public Optional<SourceLocation> cell(int table, SelfEvaluationField field) {
    return Optional.ofNullable(followUpCells.get(FollowUpCell.of(table, field)));
  }

  /** Where a self-evaluation table's own indicator cell ({@link SelfEvaluationField#ACTUAL}, …) was read. */
  public Optional<SourceLocation> cell(int table, int indicator, SelfEvaluationField field) {
    return Optional.ofNullable(followUpCells.get(FollowUpCell.of(table, indicator, field)));
  }

  /** Where a monitoring table's own table-level cell ({@link MonitoringField#PERIOD}, …) was read. */
  public Optional<SourceLocation> cell(int table, MonitoringField field) {
    return Optional.ofNullable(followUpCells.get(FollowUpCell.of(table, field)));
  }

  /** Where a monitoring table's own indicator cell ({@link MonitoringField#PROGRESS}, …) was read. */
  public Optional<SourceLocation> cell(int table, int indicator, MonitoringField field) {
    return Optional.ofNullable(followUpCells.get(FollowUpCell.of(table, indicator, field)));
  }

  /** The most precise place known for a self-evaluation table's own table-level cell: the cell, else the table. */
  public Optional<SourceLocation> locate(int table, SelfEvaluationField field) {
    return FollowUpCell.of(table, field).locate(this);
  }

  /** The most precise place known for a self-evaluation indicator cell: the cell, its row, else the table. */
  public Optional<SourceLocation> locate(int table, int indicator, SelfEvaluationField field) {
    return FollowUpCell.of(table, indicator, field).locate(this);
  }

  /** The most precise place known for a monitoring table's own table-level cell: the cell, else the table. */
  public Optional<SourceLocation> locate(int table, MonitoringField field) {
    return FollowUpCell.of(table, field).locate(this);
  }

  /** The most precise place known for a monitoring indicator cell: the cell, its row, else the table. */
  public Optional<SourceLocation> locate(int table, int indicator, MonitoringField field) {
    return FollowUpCell.of(table, indicator, field).locate(this);
  }

  /**
   * The most precise place known for an address: its detail's place or the cell's if it was read, else the
   * start of the indicator's row, else the start of the table.
   */
  public Optional<SourceLocation> locate(CellAddress address) {
    Optional<SourceLocation> cell = cell(address);
    if (cell.isPresent()) {
      return cell;
    }
    Optional<SourceSpan> span = address.row().isPresent()
        ? indicator(address.table(), address.row().getAsInt()) : Optional.empty();
    return span.or(() -> table(address.table())).map(SourceSpan::start);
  }

  /**
   * The same map with every span and place translated: how a reader that assembles its tables through
   * another reader's code (a Word document through the published text's) names its own places.
   */
  public SourceMap relocated(UnaryOperator<SourceSpan> span, UnaryOperator<SourceLocation> place) {
    return relocated(span, span, place);
  }

  /**
   * The same map with the tables' spans, the indicators' spans and every place each translated their own way:
   * how a reader that hands another reader's code its tables laid out differently (a workbook's form tables)
   * moves the places back. A place given back unchanged is kept as it is, not copied.
   */
  public SourceMap relocated(UnaryOperator<SourceSpan> tableSpan, UnaryOperator<SourceSpan> indicatorSpan,
      UnaryOperator<SourceLocation> place) {
    Map<Integer, SourceLocation[]> tc = new HashMap<>();
    tableCells.forEach((k, v) -> tc.put(k, relocated(v, TABLE_FIELDS, f -> CellAddress.of(k, f), place)));
    Map<Row, SourceLocation[]> rc = new HashMap<>();
    rowCells.forEach((k, v) -> rc.put(k, relocated(v, ROW_FIELDS, f -> CellAddress.of(k.table(), k.row(), f), place)));
    return new SourceMap(mapped(tables, tableSpan), mapped(rows, indicatorSpan), tc, rc, mapped(details, place),
        mapped(followUpCells, place));
  }

  /** Each value mapped; the map itself when every value maps to itself. */
  private static <K, V> Map<K, V> mapped(Map<K, V> map, UnaryOperator<V> op) {
    Map<K, V> mapped = null;
    for (Map.Entry<K, V> e : map.entrySet()) {
      V to = op.apply(e.getValue());
      if (to != e.getValue()) {
        mapped = mapped == null ? new HashMap<>(map) : mapped;
        mapped.put(e.getKey(), to);
      }
    }
    return mapped == null ? map : mapped;
  }

  /** The places moved; the same array when none moved, as the maps never change an array they hold. */
  private static SourceLocation[] relocated(SourceLocation[] places, TableField[] fields,
      Function<TableField, CellAddress> address, UnaryOperator<SourceLocation> place) {
    SourceLocation[] moved = null;
    for (int i = 0; i < places.length; i++) {
      if (places[i] != null) {
        CellAddress a = address.apply(fields[i]);
        SourceLocation as = places[i].keptAt(a);
        SourceLocation to = place.apply(as);
        if (to != as) {
          moved = moved == null ? places.clone() : moved;
          moved[i] = kept(a, to);
        }
      }
    }
    return moved == null ? places : moved;
  }

  /** A place as kept under {@code address}: without its path when the path is the address. */
  private static SourceLocation kept(CellAddress address, SourceLocation location) {
    return location.hasPathOf(address) ? location.withAddressPath() : location;
  }

  public boolean isEmpty() {
    return tables.isEmpty() && rows.isEmpty() && tableCells.isEmpty() && rowCells.isEmpty() && details.isEmpty()
        && followUpCells.isEmpty();
  }

  /** Collects the places while a reader reads; not thread-safe, one per read. */
  public static final class Builder {
    private final Map<Integer, SourceSpan> tables = new HashMap<>();
    private final Map<Row, SourceSpan> rows = new HashMap<>();
    private final Map<Integer, SourceLocation[]> tableCells = new HashMap<>();
    private final Map<Row, SourceLocation[]> rowCells = new HashMap<>();
    private final Map<CellAddress, SourceLocation> details = new HashMap<>();
    private final Map<FollowUpCell, SourceLocation> followUpCells = new HashMap<>();

    private Builder() {}

    public Builder table(int table, SourceSpan span) {
      tables.put(table, Objects.requireNonNull(span, "span"));
      return this;
    }

    public Builder indicator(int table, int indicator, SourceSpan span) {
      rows.put(new Row(table, indicator), Objects.requireNonNull(span, "span"));
      return this;
    }

    /**
     * The place of the cell at {@code address}, or, when the address has a detail, of that detail (a sheet's
     * {@code 12月底} column of the spending plan).
     */
    public Builder cell(CellAddress address, SourceLocation location) {
      Objects.requireNonNull(location, "location");
      if (!inArrays(address)) {
        details.put(address, location);
      } else if (address.row().isPresent()) {
        rowCells.computeIfAbsent(new Row(address.table(), address.row().getAsInt()),
            k -> new SourceLocation[ROW_FIELDS.length])[SLOTS[address.field().ordinal()]] = kept(address, location);
      } else {
        tableCells.computeIfAbsent(address.table(), k -> new SourceLocation[TABLE_FIELDS.length])
            [SLOTS[address.field().ordinal()]] = kept(address, location);
      }
      return this;
    }

    /** The place of a self-evaluation table's own table-level cell. */
    public Builder cell(int table, SelfEvaluationField field, SourceLocation location) {
      followUpCells.put(FollowUpCell.of(table, field), Objects.requireNonNull(location, "location"));
      return this;
    }

    /** The place of a self-evaluation table's own cell of indicator row {@code indicator}. */
    public Builder cell(int table, int indicator, SelfEvaluationField field, SourceLocation location) {
      followUpCells.put(FollowUpCell.of(table, indicator, field), Objects.requireNonNull(location, "location"));
      return this;
    }

    /** The place of a monitoring table's own table-level cell. */
    public Builder cell(int table, MonitoringField field, SourceLocation location) {
      followUpCells.put(FollowUpCell.of(table, field), Objects.requireNonNull(location, "location"));
      return this;
    }

    /** The place of a monitoring table's own cell of indicator row {@code indicator}. */
    public Builder cell(int table, int indicator, MonitoringField field, SourceLocation location) {
      followUpCells.put(FollowUpCell.of(table, indicator, field), Objects.requireNonNull(location, "location"));
      return this;
    }

    public SourceMap build() {
      return new SourceMap(tables, rows, copy(tableCells), copy(rowCells), details, followUpCells);
    }
  }
}
