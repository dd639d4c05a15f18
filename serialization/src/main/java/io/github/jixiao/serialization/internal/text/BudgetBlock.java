package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.SelfEvaluationField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget block of a published self-evaluation or monitoring table (项目资金): a header row naming its columns
 * ({@code 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分}, {@code 年初预算数 全年预算数 1-7月执行数
 * 执行率 全年预计执行数}) and the lines under it, each lined up with the header by its label cell (年度资金总额,
 * 其中：财政拨款, 上年结转资金, 其他资金). One instance per kind of table, naming its columns by that table's fields.
 *
 * @param <F> the table's own cells
 */
final class BudgetBlock<F extends Enum<F>> {
  static final BudgetBlock<SelfEvaluationField> SELF_EVALUATION = new BudgetBlock<>(SelfEvaluationField.class,
      Map.ofEntries(
          Map.entry("年初预算数", SelfEvaluationField.INITIAL_BUDGET), Map.entry("年初预算", SelfEvaluationField.INITIAL_BUDGET),
          Map.entry("全年预算数", SelfEvaluationField.ANNUAL_BUDGET), Map.entry("调整后预算数", SelfEvaluationField.ANNUAL_BUDGET),
          Map.entry("全年执行数", SelfEvaluationField.ANNUAL_SPENDING),
          Map.entry("实际执行数", SelfEvaluationField.ANNUAL_SPENDING),
          Map.entry("执行率", SelfEvaluationField.EXECUTION_RATE), Map.entry("预算执行率", SelfEvaluationField.EXECUTION_RATE),
          Map.entry("分值", SelfEvaluationField.EXECUTION_WEIGHT), Map.entry("权重", SelfEvaluationField.EXECUTION_WEIGHT),
          Map.entry("执行率分值", SelfEvaluationField.EXECUTION_WEIGHT),
          Map.entry("得分", SelfEvaluationField.EXECUTION_SCORE),
          Map.entry("执行率得分", SelfEvaluationField.EXECUTION_SCORE)),
      EnumSet.of(SelfEvaluationField.INITIAL_BUDGET, SelfEvaluationField.ANNUAL_BUDGET,
          SelfEvaluationField.ANNUAL_SPENDING));
  /**
   * A monitoring table's columns, with the variants the monitoring sheet reads; the spending to date is headed by
   * the period's months ({@code 1-7月执行数}), which {@link Cells#withoutMonths} takes off.
   */
  static final BudgetBlock<MonitoringField> MONITORING = new BudgetBlock<>(MonitoringField.class, Map.ofEntries(
      Map.entry("年初预算数", MonitoringField.INITIAL_BUDGET), Map.entry("年初预算", MonitoringField.INITIAL_BUDGET),
      Map.entry("全年预算数", MonitoringField.ANNUAL_BUDGET), Map.entry("调整后预算数", MonitoringField.ANNUAL_BUDGET),
      Map.entry("年度预算数", MonitoringField.ANNUAL_BUDGET),
      Map.entry("执行数", MonitoringField.SPENDING_TO_DATE), Map.entry("累计执行数", MonitoringField.SPENDING_TO_DATE),
      Map.entry("预算执行数", MonitoringField.SPENDING_TO_DATE), Map.entry("支出数", MonitoringField.SPENDING_TO_DATE),
      Map.entry("执行率", MonitoringField.EXECUTION_RATE), Map.entry("预算执行率", MonitoringField.EXECUTION_RATE),
      Map.entry("全年预计执行数", MonitoringField.EXPECTED_SPENDING),
      Map.entry("预计全年执行数", MonitoringField.EXPECTED_SPENDING)),
      EnumSet.of(MonitoringField.INITIAL_BUDGET, MonitoringField.ANNUAL_BUDGET, MonitoringField.SPENDING_TO_DATE));
  /**
   * The total line, the one the model keeps; outside the block, beside one value, these labels do not say which
   * of the block's columns the value is.
   */
  private static final Set<String> TOTAL_LINES = Set.of("年度资金总额", "资金总额", "项目资金总额", "预算资金总额", "合计",
      "总计", "预算数", "预算金额", "项目总预算", "年度预算数");
  /** The other lines, which neither table has a cell for. */
  private static final Set<String> OTHER_LINES = Set.of("财政拨款", "财政资金", "上年结转资金", "上年结转", "其他资金");

  private final Class<F> fields;
  /** The columns' labels, bare ({@code 全年预算数（A）} is 全年预算数). */
  private final Map<String, F> labels;
  /** The columns that start a header: the amounts, which only a budget block has. */
  private final Set<F> amounts;

  /** One line under the header: its label cell, whether it is the total line, and its cells by column. */
  record Line<F>(TableBlock.Cell label, boolean total, Map<F, TableBlock.Cell> cells) {}

  private BudgetBlock(Class<F> fields, Map<String, F> labels, Set<F> amounts) {
    this.fields = fields;
    this.labels = labels;
    this.amounts = amounts;
  }

  /** The column a budget label names ({@code 全年执行数（B）}, {@code 执行率得分}, {@code 1-7月执行数}), or null. */
  F label(TableBlock.Cell cell) {
    String bare = Cells.bareLabel(cell.text());
    F named = labels.get(bare);
    return named != null ? named : labels.get(Cells.withoutMonths(bare));
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
  Map<F, Integer> header(List<TableBlock.Cell> cs) {
    Map<F, Integer> header = new EnumMap<>(fields);
    for (int i = 0; i + 1 < cs.size(); i++) {
      if (amounts.contains(label(cs.get(i))) && label(cs.get(i + 1)) != null) {
        for (int k = i; k < cs.size(); k++) {
          F f = label(cs.get(k));
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
  List<Line<F>> lines(List<TableBlock.Row> all, int r, Map<F, Integer> header) {
    int labelColumn = header.values().stream().mapToInt(Integer::intValue).min().orElse(1) - 1;
    List<Line<F>> lines = new ArrayList<>();
    for (int n = r + 1; n < all.size(); n++) {
      List<TableBlock.Cell> cs = all.get(n).cells();
      int label = cs.get(0).key().isEmpty() && cs.size() > 1 ? 1 : 0;
      if (!isLine(cs.get(label))) {
        break;
      }
      int offset = label - labelColumn;
      Map<F, TableBlock.Cell> cells = new EnumMap<>(fields);
      header.forEach((field, column) -> {
        int i = column + offset;
        if (i >= 0 && i < cs.size()) {
          cells.put(field, cs.get(i));
        }
      });
      lines.add(new Line<>(cs.get(label), TOTAL_LINES.contains(lineKey(cs.get(label).key())), cells));
    }
    return lines;
  }

  private static String lineKey(String key) {
    return key.startsWith("其中:") ? key.substring(3) : key;
  }
}
