package io.github.jixiao.office;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the values of a form's header block really are (表单位置): the sheet reader locates them in the
 * further columns {@link FormTable} hands it them in; this moves every such place — in the source map, in a
 * warning, in an error — to the cell the value was read from ({@code Sheet1!C5}), and a form table's span to
 * its rows from title to last indicator.
 */
final class FormPlaces {
  private record Key(String sheet, int row, int column) {}

  private record Span(String sheet, int first, int last) {}

  private final String source;
  private final Map<Key, FormTable.Value> cells = new HashMap<>();
  /** The span of a form table, by the sheet and row of the first row the sheet reader is given for it. */
  private final Map<Key, Span> spans = new HashMap<>();

  FormPlaces(String source) {
    this.source = source;
  }

  void put(String sheet, int headerRow, int valueRow, int column, FormTable.Value value) {
    // The sheet reader names a column 1-based; an unknown header is located on the header row.
    cells.put(new Key(sheet, valueRow, column + 1), value);
    cells.putIfAbsent(new Key(sheet, headerRow, column + 1), value);
  }

  /** The rows a form table spans, for the table the sheet reader starts at {@code valueRow}. */
  void span(String sheet, int valueRow, int first, int last) {
    spans.put(new Key(sheet, valueRow, 0), new Span(sheet, first, last));
  }

  boolean isEmpty() {
    return cells.isEmpty() && spans.isEmpty();
  }

  SourceLocation place(SourceLocation at) {
    if (at.sheet().isEmpty() || at.line().isEmpty() || at.column().isEmpty()) {
      return at;
    }
    FormTable.Value v = cells.get(new Key(at.sheet().get(), at.line().getAsInt(), at.column().getAsInt()));
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

  /** The source map of {@code tables} tables with every form place moved; indicator places are kept as read. */
  SourceMap place(SourceMap map, int tables, List<Integer> indicatorCounts) {
    SourceMap.Builder b = SourceMap.builder();
    for (int t = 0; t < tables; t++) {
      final int table = t;
      Optional<SourceSpan> span = map.table(t);
      span.ifPresent(s -> b.table(table, moved(s)));
      for (TableField f : TableField.values()) {
        if (!f.isIndicatorCell()) {
          map.cell(t, f).ifPresent(at -> b.cell(CellAddress.of(table, f), place(at)));
        }
      }
      for (int j = 0; j < indicatorCounts.get(t); j++) {
        final int row = j;
        map.indicator(t, j).ifPresent(s -> b.indicator(table, row, s));
        for (TableField f : TableField.values()) {
          if (f.isIndicatorCell()) {
            map.cell(t, j, f).ifPresent(at -> b.cell(CellAddress.of(table, row, f), at));
          }
        }
      }
    }
    return b.build();
  }

  private SourceSpan moved(SourceSpan s) {
    if (s.sheet().isEmpty()) {
      return s;
    }
    Span form = spans.get(new Key(s.sheet().get(), s.first(), 0));
    return form == null ? s : SourceSpan.rows(s.source().orElse(source), form.sheet(), form.first(), form.last());
  }
}
