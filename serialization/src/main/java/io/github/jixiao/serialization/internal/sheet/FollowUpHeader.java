package io.github.jixiao.serialization.internal.sheet;

import java.util.Arrays;
import java.util.List;

/**
 * Which table a sheet's head says it holds (表头定表种): a header row, or the second row of a two-row header,
 * naming a column only a monitoring table has (监控期, 1-7月执行数, 全年预计完成情况, 纠偏措施 …, the
 * {@link MonitoringColumn} vocabulary not shared with a self-evaluation) is a monitoring sheet's; else one naming
 * a self-evaluation column (实际完成值, 完成值, 得分, 全年执行数 …, the {@link EvaluationColumn} vocabulary) is a
 * self-evaluation sheet's; else it is an indicator sheet. Only the rows up to the header's second row are looked
 * at: a value in the data rows that happens to read 得分 decides nothing.
 */
public final class FollowUpHeader {
  /** Title, unit and 填报单位 rows above the header are few; a sheet whose header is further down is not told. */
  private static final int MAX_ROWS = 12;

  private FollowUpHeader() {}

  /** The kind of table {@code head}, the first characters of a CSV or TSV sheet, holds by its header. */
  public static SheetKind of(String head) {
    return ofRows(Arrays.stream(head.split("\r?\n", MAX_ROWS + 1)).limit(MAX_ROWS)
        .map(line -> Arrays.asList(line.split("[,\t]"))).toList());
  }

  /**
   * The kind of table a workbook sheet holds by its header: {@code rows} are its filled rows' cell texts, in
   * order (a workbook's blank rows are no rows, as its sheet reader skips them).
   */
  public static SheetKind ofRows(List<List<String>> rows) {
    int headerRow = -1;
    boolean evaluation = false;
    for (int i = 0; i < Math.min(rows.size(), MAX_ROWS); i++) {
      if (headerRow >= 0 && i > headerRow + 1) {
        break;
      }
      for (String cell : rows.get(i)) {
        String header = cell.replace("\uFEFF", "").replace("\"", "").strip();
        boolean evaluationColumn = EvaluationColumn.of(header).isPresent();
        if (!evaluationColumn && MonitoringColumn.of(header).isPresent()) {
          return SheetKind.MONITORING;
        }
        evaluation |= evaluationColumn;
        if (headerRow < 0 && (evaluationColumn || SheetColumn.of(header).isPresent())) {
          headerRow = i;
        }
      }
    }
    return evaluation ? SheetKind.SELF_EVALUATION : SheetKind.TARGET;
  }
}
