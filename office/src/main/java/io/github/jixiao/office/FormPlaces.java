package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the values of a form's header block really are (表单位置): the sheet reader locates them in the
 * further columns {@link FormTable} hands it them in; this moves every such place — in the source map, in a
 * warning, in an error — to the cell the value was read from ({@code Sheet1!C5}), and a form table's span to
 * its rows from title to last indicator.
 */
final class FormPlaces {
  private record Key(String sheet, int row) {}

  /** A form table's values in the further columns, the first of them after {@code width} grid columns. */
  private record Values(int width, List<FormTable.Value> values) {
    FormTable.Value at(int column) {
      int i = column - 1 - width;   // the sheet reader names a column 1-based
      return i >= 0 && i < values.size() ? values.get(i) : null;
    }
  }

  private record Span(String sheet, int first, int last) {}

  private final String source;
  /*
   * By the row the sheet reader finds a table's values on, and by its header row, where an unknown header is
   * located: two entries a table, however many values it has.
   */
  private final Map<Key, Values> valueRows = new HashMap<>();
  private final Map<Key, Values> headerRows = new HashMap<>();
  /** The span of a form table, by the sheet and row of the first row the sheet reader is given for it. */
  private final Map<Key, Span> spans = new HashMap<>();

  FormPlaces(String source) {
    this.source = source;
  }

  /** The values a table hands the sheet reader in the columns after its {@code width} grid columns, in order. */
  void put(String sheet, int headerRow, int valueRow, int width, List<FormTable.Value> values) {
    Values v = new Values(width, List.copyOf(values));
    valueRows.put(new Key(sheet, valueRow), v);
    headerRows.putIfAbsent(new Key(sheet, headerRow), v);
  }

  /** The rows a form table spans, for the table the sheet reader starts at {@code valueRow}. */
  void span(String sheet, int valueRow, int first, int last) {
    spans.put(new Key(sheet, valueRow), new Span(sheet, first, last));
  }

  boolean isEmpty() {
    return valueRows.isEmpty() && spans.isEmpty();
  }

  SourceLocation place(SourceLocation at) {
    if (at.sheet().isEmpty() || at.line().isEmpty() || at.column().isEmpty()) {
      return at;
    }
    Key key = new Key(at.sheet().get(), at.line().getAsInt());
    int column = at.column().getAsInt();
    Values onValueRow = valueRows.get(key);
    FormTable.Value v = onValueRow == null ? null : onValueRow.at(column);
    if (v == null) {
      Values onHeaderRow = headerRows.get(key);
      v = onHeaderRow == null ? null : onHeaderRow.at(column);
    }
    if (v == null) {
      return at;
    }
    SourceLocation moved = SourceLocation.at(at.source().orElse(source), v.row(), v.column()).withSheet(at.sheet().get());
    moved = at.cell().map(moved::withCell).orElse(moved);
    return at.path().map(moved::withPath).orElse(moved);
  }

  ReadProblem place(ReadProblem p) {
    SourceLocation moved = place(p.location());
    if (moved.equals(p.location())) {
      return p;
    }
    return p.severity() == ReadProblem.Severity.ERROR ? ReadProblem.error(p.code(), moved, p.message())
        : ReadProblem.warning(p.code(), moved, p.message());
  }

  List<ReadProblem> place(List<ReadProblem> problems) {
    List<ReadProblem> moved = new ArrayList<>(problems.size());
    problems.forEach(p -> moved.add(place(p)));
    return moved;
  }

  ReadException place(ReadException e) {
    ReadProblem moved = place(e.problem());
    return moved == e.problem() ? e : new ReadException(moved, e);
  }

  /** The source map with every form place moved: a table's span and its values; indicator places are kept. */
  SourceMap place(SourceMap map) {
    return map.relocated(this::moved, s -> s, this::place);
  }

  private SourceSpan moved(SourceSpan s) {
    if (s.sheet().isEmpty()) {
      return s;
    }
    Span form = spans.get(new Key(s.sheet().get(), s.first()));
    return form == null ? s : SourceSpan.rows(s.source().orElse(source), form.sheet(), form.first(), form.last());
  }
}
