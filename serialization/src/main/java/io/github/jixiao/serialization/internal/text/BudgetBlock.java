package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.core.SelfEvaluationField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget block of a published self-evaluation table (项目资金): a header row naming its columns
 * ({@code 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分}) and the lines under it, each lined up with
 * the header by its label cell (年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金).
 */
final class BudgetBlock {
  /** The columns' labels, bare ({@code 全年预算数（A）} is 全年预算数). */
  private static final Map<String, SelfEvaluationField> LABELS = Map.ofEntries(
      Map.entry("年初预算数", SelfEvaluationField.INITIAL_BUDGET), Map.entry("年初预算", SelfEvaluationField.INITIAL_BUDGET),
      Map.entry("全年预算数", SelfEvaluationField.ANNUAL_BUDGET), Map.entry("调整后预算数", SelfEvaluationField.ANNUAL_BUDGET),
      Map.entry("全年执行数", SelfEvaluationField.ANNUAL_SPENDING), Map.entry("实际执行数", SelfEvaluationField.ANNUAL_SPENDING),
      Map.entry("执行率", SelfEvaluationField.EXECUTION_RATE), Map.entry("预算执行率", SelfEvaluationField.EXECUTION_RATE),
      Map.entry("分值", SelfEvaluationField.EXECUTION_WEIGHT), Map.entry("权重", SelfEvaluationField.EXECUTION_WEIGHT),
      Map.entry("执行率分值", SelfEvaluationField.EXECUTION_WEIGHT),
      Map.entry("得分", SelfEvaluationField.EXECUTION_SCORE), Map.entry("执行率得分", SelfEvaluationField.EXECUTION_SCORE));
  /** The columns that start a header: the amounts, which only a budget block has. */
  private static final Set<SelfEvaluationField> AMOUNTS = EnumSet.of(SelfEvaluationField.INITIAL_BUDGET,
      SelfEvaluationField.ANNUAL_BUDGET, SelfEvaluationField.ANNUAL_SPENDING);
  /**
   * The total line, the one the model keeps; outside the block, beside one value, these labels do not say which
   * of the block's columns the value is.
   */
  private static final Set<String> TOTAL_LINES = Set.of("年度资金总额", "资金总额", "项目资金总额", "预算资金总额", "合计",
      "总计", "预算数", "预算金额", "项目总预算", "年度预算数");
  /** The other lines, which a self-evaluation table has no cell for. */
  private static final Set<String> OTHER_LINES = Set.of("财政拨款", "财政资金", "上年结转资金", "上年结转", "其他资金");

  /** One line under the header: its label cell, whether it is the total line, and its cells by column. */
  record Line(TableBlock.Cell label, boolean total, Map<SelfEvaluationField, TableBlock.Cell> cells) {}

  private BudgetBlock() {}

  /** The column a budget label names ({@code 全年执行数（B）}, {@code 执行率得分}), or null. */
  static SelfEvaluationField label(TableBlock.Cell cell) {
    return LABELS.get(Cells.bareLabel(cell.text()));
  }

  /** Whether the cell labels a line of funds ({@code 年度资金总额}, {@code 其中：财政拨款}). */
  static boolean isLine(TableBlock.Cell cell) {
    String key = lineKey(cell.key());
    return TOTAL_LINES.contains(key) || OTHER_LINES.contains(key);
  }

  /**
   * The header's columns: a row naming an amount column right before another known column; empty when the row is
   * no budget header.
   */
  static Map<SelfEvaluationField, Integer> header(List<TableBlock.Cell> cs) {
    Map<SelfEvaluationField, Integer> header = new EnumMap<>(SelfEvaluationField.class);
    for (int i = 0; i + 1 < cs.size(); i++) {
      if (AMOUNTS.contains(label(cs.get(i))) && label(cs.get(i + 1)) != null) {
        for (int k = i; k < cs.size(); k++) {
          SelfEvaluationField f = label(cs.get(k));
          if (f != null) {
            header.putIfAbsent(f, k);
          }
        }
        return header;
      }
    }
    return header;
  }

  /**
   * The lines under the header at row {@code r}, up to the first row that is none. The cell before the header's
   * first column is the label column; a line whose label stands elsewhere (the spanning 项目资金 cell written or
   * not) is shifted by as much.
   */
  static List<Line> lines(List<TableBlock.Row> all, int r, Map<SelfEvaluationField, Integer> header) {
    int labelColumn = header.values().stream().mapToInt(Integer::intValue).min().orElse(1) - 1;
    List<Line> lines = new ArrayList<>();
    for (int n = r + 1; n < all.size(); n++) {
      List<TableBlock.Cell> cs = all.get(n).cells();
      int label = cs.get(0).key().isEmpty() && cs.size() > 1 ? 1 : 0;
      if (!isLine(cs.get(label))) {
        break;
      }
      int offset = label - labelColumn;
      Map<SelfEvaluationField, TableBlock.Cell> cells = new EnumMap<>(SelfEvaluationField.class);
      header.forEach((field, column) -> {
        int i = column + offset;
        if (i >= 0 && i < cs.size()) {
          cells.put(field, cs.get(i));
        }
      });
      lines.add(new Line(cs.get(label), TOTAL_LINES.contains(lineKey(cs.get(label).key())), cells));
    }
    return lines;
  }

  private static String lineKey(String key) {
    return key.startsWith("其中:") ? key.substring(3) : key;
  }
}
