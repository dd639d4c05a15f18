package io.github.jixiao.office;

import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.SourceSpan;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
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

  private final String source;
  private final Map<Key, FormTable> forms = new HashMap<>();

  EvaluationPlaces(String source) {
    this.source = source;
  }

  /** A form table handed to the sheet reader. */
  void add(FormTable table) {
    forms.put(new Key(table.sheet(), table.valueRow()), table);
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
      FormTable form = span.filter(s -> s.sheet().isPresent())
          .map(s -> forms.get(new Key(s.sheet().get(), s.first()))).orElse(null);
      if (form != null) {
        place(b, i, form, read);
      }
    }
    return b.build();
  }

  private void place(SourceMap.Builder b, int table, FormTable form, SourceMap read) {
    String path = "tables[" + table + "].";
    for (Map.Entry<SelfEvaluationField, FormTable.Value> e : form.evaluationValues().entrySet()) {
      FormTable.Value v = e.getValue();
      b.cell(table, e.getKey(), at(form, v.row(), v.column(), e.getKey().term(), path + e.getKey().wireName()));
    }
    if (!form.hasGrid()) {
      return;
    }
    List<String> header = form.gridHeader().cells();
    for (int c = 0; c < header.size(); c++) {
      Optional<SelfEvaluationField> field = SelfEvaluationSheetReader.field(header.get(c))
          .filter(SelfEvaluationField::isIndicatorCell);
      if (field.isEmpty()) {
        continue;
      }
      for (int j = 0; read.indicator(table, j).isPresent(); j++) {
        int row = read.indicator(table, j).get().first();
        b.cell(table, j, field.get(), at(form, row, c + 1, header.get(c).strip(),
            path + "indicators[" + j + "]." + field.get().wireName()));
      }
    }
  }

  private SourceLocation at(FormTable form, int row, int column, String cell, String path) {
    return SourceLocation.at(source, row, column).withSheet(form.sheet()).withCell(cell).withPath(path);
  }
}
