package io.github.jixiao.office;

import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.SourceSpan;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places of a self-evaluation form's own cells (自评表单元格位置): the budget line, the outcome, 总分 and
 * 自评等级 at the cells they were read from ({@code Sheet1!D7}), and each indicator row's 实际完成值, 得分 and
 * 偏差原因 at its grid cell. A form table is found among the tables read by the row the sheet reader starts it
 * on.
 */
final class EvaluationPlaces {
  private record Key(String sheet, int row) {}

  /** A grid column holding a self-evaluation cell of each row: its 0-based column, cell and header. */
  private record GridColumn(int column, SelfEvaluationField field, String header) {}

  /**
   * What a form table's places need, kept rather than the table, whose rows are let go once the sheet reader has
   * them: its sheet, the cells of its own blocks and the grid's self-evaluation columns.
   */
  private record Form(String sheet, Map<SelfEvaluationField, FormTable.Value> values, List<GridColumn> grid) {}

  private final String source;
  private final Map<Key, Form> forms = new HashMap<>();

  EvaluationPlaces(String source) {
    this.source = source;
  }

  /** A form table handed to the sheet reader. */
  void add(FormTable table) {
    List<GridColumn> grid = new ArrayList<>();
    List<String> header = table.hasGrid() ? table.gridHeader().cells() : List.of();
    for (int c = 0; c < header.size(); c++) {
      int column = c;
      SelfEvaluationSheetReader.field(header.get(c)).filter(SelfEvaluationField::isIndicatorCell)
          .ifPresent(f -> grid.add(new GridColumn(column, f, header.get(column).strip())));
    }
    forms.put(new Key(table.sheet(), table.valueRow()),
        new Form(table.sheet(), Map.copyOf(table.evaluationValues()), List.copyOf(grid)));
  }

  /**
   * {@code placed} with the self-evaluation cells of every form table added; {@code read} is the sheet reader's
   * own map, whose table spans still start on the row each table was handed over on.
   */
  SourceMap place(SourceMap read, SourceMap placed, int tables) {
    if (forms.isEmpty()) {
      return placed;
    }
    SourceMap.Builder b = placed.toBuilder();
    for (int i = 0; i < tables; i++) {
      Optional<SourceSpan> span = read.table(i);
      Form form = span.filter(s -> s.sheet().isPresent())
          .map(s -> forms.get(new Key(s.sheet().get(), s.first()))).orElse(null);
      if (form != null) {
        place(b, i, form, read);
      }
    }
    return b.build();
  }

  private void place(SourceMap.Builder b, int table, Form form, SourceMap read) {
    String path = "tables[" + table + "].";
    form.values().forEach((field, v) ->
        b.cell(table, field, at(form, v.row(), v.column(), field.term(), path + field.wireName())));
    for (GridColumn g : form.grid()) {
      for (int j = 0; read.indicator(table, j).isPresent(); j++) {
        int row = read.indicator(table, j).get().first();
        b.cell(table, j, g.field(), at(form, row, g.column() + 1, g.header(),
            path + "indicators[" + j + "]." + g.field().wireName()));
      }
    }
  }

  private SourceLocation at(Form form, int row, int column, String cell, String path) {
    return SourceLocation.at(source, row, column).withSheet(form.sheet()).withCell(cell).withPath(path);
  }
}
