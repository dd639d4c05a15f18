package io.github.jixiao.serialization;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.TableField;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where each part of a read value came from (来源映射): the lines or rows of table {@code i}, of its indicator
 * {@code j}, and the place of each cell read, by its {@link CellAddress}.
 *
 * <p>It lives beside the value in a {@link ReadResult}, never inside the model, so that two tables read from
 * different files are still equal when their content is. Tables and indicators are 0-based positions.
 *
 * <pre>{@code
 * result.sourceMap().flatMap(m -> m.locate(finding.address()))   // sheet.csv row 14 column S (指标值)
 * }</pre>
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of(), Map.of());

  private final Map<Integer, SourceSpan> tables;
  private final Map<Row, SourceSpan> rows;
  private final Map<CellAddress, SourceLocation> cells;

  private SourceMap(Map<Integer, SourceSpan> tables, Map<Row, SourceSpan> rows, Map<CellAddress, SourceLocation> cells) {
    this.tables = Map.copyOf(tables);
    this.rows = Map.copyOf(rows);
    this.cells = Map.copyOf(cells);
  }

  /** An indicator row's key: the positions of its table and of the row. */
  private record Row(int table, int row) {}

  /** A map that knows nothing. */
  public static SourceMap empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
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
    SourceLocation detail = address.detail().isPresent() ? cells.get(address) : null;
    return Optional.ofNullable(detail != null ? detail : cells.get(address.withoutDetail()));
  }

  /** Where a table-level cell ({@link TableField#BUDGET}, {@link TableField#PROJECT_CODE}, …) was read. */
  public Optional<SourceLocation> cell(int table, TableField field) {
    return cell(CellAddress.of(table, field));
  }

  /** Where a cell of an indicator row ({@link TableField#TARGET}, {@link TableField#NAME}, …) was read. */
  public Optional<SourceLocation> cell(int table, int indicator, TableField field) {
    return cell(CellAddress.of(table, indicator, field));
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
    Map<Integer, SourceSpan> t = new HashMap<>();
    tables.forEach((k, v) -> t.put(k, span.apply(v)));
    Map<Row, SourceSpan> r = new HashMap<>();
    rows.forEach((k, v) -> r.put(k, span.apply(v)));
    Map<CellAddress, SourceLocation> c = new HashMap<>();
    cells.forEach((k, v) -> c.put(k, place.apply(v)));
    return new SourceMap(t, r, c);
  }

  public boolean isEmpty() {
    return tables.isEmpty() && rows.isEmpty() && cells.isEmpty();
  }

  /** Collects the places while a reader reads; not thread-safe, one per read. */
  public static final class Builder {
    private final Map<Integer, SourceSpan> tables = new HashMap<>();
    private final Map<Row, SourceSpan> rows = new HashMap<>();
    private final Map<CellAddress, SourceLocation> cells = new HashMap<>();

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
      cells.put(address, Objects.requireNonNull(location, "location"));
      return this;
    }

    public SourceMap build() {
      return new SourceMap(tables, rows, cells);
    }
  }
}
