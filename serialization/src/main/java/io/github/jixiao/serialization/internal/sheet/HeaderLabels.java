package io.github.jixiao.serialization.internal.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The column labels of a header (表头), one row or two: what each column is called as written (its name in
 * messages and the source map) and the header it is matched as. A two-row header is a group row over a detail
 * row, as a merged header exports it: {@code 资金支出计划（%）} over {@code 3月底 6月底 …}, {@code 预算数} over
 * {@code 合计 财政资金 其他资金}. A merged group's text is in its first cell and the cells to its right are
 * blank, or it is repeated in every cell it covers; a column merged down both rows is blank, or repeated, in
 * the detail row.
 */
final class HeaderLabels {
  /** Groups whose details are the budget's parts: 合计 under them is the budget total. */
  private static final Set<String> BUDGET_GROUPS = Set.of("项目资金", "资金来源", "年度资金", "预算资金", "项目预算");
  /** Details that name a group's total. */
  private static final Set<String> TOTAL_WORDS = Set.of("合计", "小计", "总计", "金额", "总额", "预算数");

  private final List<String> written;
  private final List<String> matched;
  private final List<String> combined;
  private final boolean groupsNeeded;

  private HeaderLabels(List<String> written, List<String> matched, List<String> combined, boolean groupsNeeded) {
    this.written = written;
    this.matched = matched;
    this.combined = combined;
    this.groupsNeeded = groupsNeeded;
  }

  /** The labels of a one-row header. */
  static HeaderLabels of(List<String> row) {
    List<String> labels = row.stream().map(String::strip).toList();
    return new HeaderLabels(labels, labels, List.of(), false);
  }

  /**
   * The labels of {@code group} over {@code detail}, when {@code detail} is the second row of the header: some
   * detail under a spanned group names a known column, and no column the group row names alone holds a
   * different detail (a data row would). Empty when {@code detail} is no header row.
   */
  static Optional<HeaderLabels> of(List<String> group, List<String> detail) {
    int width = Math.max(group.size(), detail.size());
    List<String> written = new ArrayList<>(width);
    List<String> matched = new ArrayList<>(width);
    List<String> combined = new ArrayList<>();
    boolean grouped = false;
    boolean needed = false;
    for (int i = 0; i < width; i++) {
      String a = cell(group, i);
      String b = cell(detail, i);
      if (b.isEmpty() || b.equals(a)) {
        written.add(a);
        matched.add(a);
        continue;
      }
      int g = groupOf(group, detail, i);
      if (g < 0) {
        if (!isKnown(b)) {
          return Optional.empty();
        }
        written.add(b);
        matched.add(b);
        continue;
      }
      String label = cell(group, g);
      Optional<String> resolved = resolve(label, b);
      boolean spanned = g != i || i + 1 < width && spans(group, detail, g, i + 1);
      if (!spanned && resolved.isEmpty()) {
        return Optional.empty();
      }
      grouped |= resolved.isPresent();
      needed |= resolved.isPresent() && !isKnown(b);
      String name = label + "/" + b;
      written.add(name);
      matched.add(resolved.orElse(name));
      combined.add(resolved.map(r -> name + " as " + r).orElse(name));
    }
    return grouped ? Optional.of(new HeaderLabels(written, matched, combined, needed)) : Optional.empty();
  }

  /** Each column's label as written; a two-row column's is {@code group/detail}. */
  List<String> written() {
    return written;
  }

  /** Each column's label as matched against the known headers. */
  List<String> matched() {
    return matched;
  }

  /**
   * Whether some detail is known only through its group ({@code 合计} under {@code 预算数}): a row above a
   * header that names known columns is its group row only then.
   */
  boolean groupsNeeded() {
    return groupsNeeded;
  }

  /** The two-row columns as {@code 预算数/合计 as 预算数}, for the info that names them. */
  List<String> combined() {
    return combined;
  }

  /**
   * The group column over detail column {@code i}: {@code i} itself when its group cell is filled, else the
   * nearest filled group cell to the left whose own detail is filled (a merged group starts so); -1 when none.
   */
  private static int groupOf(List<String> group, List<String> detail, int i) {
    if (!cell(group, i).isEmpty()) {
      return i;
    }
    for (int k = i - 1; k >= 0; k--) {
      if (!cell(group, k).isEmpty()) {
        return cell(detail, k).isEmpty() || cell(detail, k).equals(cell(group, k)) ? -1 : k;
      }
    }
    return -1;
  }

  /** Whether column {@code next} continues group {@code g}: blank or repeated in the group row, detailed below. */
  private static boolean spans(List<String> group, List<String> detail, int g, int next) {
    String a = cell(group, next);
    return (a.isEmpty() || a.equals(cell(group, g))) && !cell(detail, next).isEmpty();
  }

  /** The header {@code detail} under {@code group} stands for, when it is a known one. */
  static Optional<String> resolve(String group, String detail) {
    if (SheetColumn.monthOf(detail) > 0) {
      return Optional.of(detail);
    }
    boolean budget = SheetColumn.of(group).filter(c -> c == SheetColumn.BUDGET).isPresent()
        || BUDGET_GROUPS.contains(SheetColumn.key(group));
    if (budget && TOTAL_WORDS.contains(SheetColumn.key(detail))) {
      return Optional.of(SheetColumn.BUDGET.header());
    }
    return isKnown(detail) ? Optional.of(detail) : Optional.empty();
  }

  /**
   * Whether the label names a column of any sheet: a self-evaluation detail (得分) or a monitoring one (1-7月执行数)
   * under its group counts too.
   */
  private static boolean isKnown(String label) {
    return SheetColumn.monthOf(label) > 0 || SheetColumn.of(label).isPresent()
        || EvaluationColumn.of(label).isPresent() || MonitoringColumn.of(label).isPresent();
  }

  private static String cell(List<String> row, int i) {
    return i < row.size() ? SheetTables.trim(row.get(i)) : "";
  }
}
