package io.github.jixiao.serialization.internal.sheet;

/**
 * Whether the head of a sheet is a self-evaluation sheet's (自评表表头): its header row, or the second row of a
 * two-row header, names a column only a self-evaluation has (实际完成值, 完成值, 得分, 全年执行数 …, the
 * {@link EvaluationColumn} vocabulary the reader matches), so that the front door can hand it to the
 * self-evaluation reader. Only the rows up to the header's second row are looked at: a value in the data rows
 * that happens to read 得分 decides nothing.
 */
public final class EvaluationHeader {
  /** Title, unit and 填报单位 rows above the header are few; a sheet whose header is further down is not told. */
  private static final int MAX_ROWS = 12;

  private EvaluationHeader() {}

  /** Whether {@code head}, the first characters of a CSV or TSV sheet, has a self-evaluation header. */
  public static boolean in(String head) {
    String[] lines = head.split("\r?\n", MAX_ROWS + 1);
    int headerRow = -1;
    for (int i = 0; i < Math.min(lines.length, MAX_ROWS); i++) {
      if (headerRow >= 0 && i > headerRow + 1) {
        return false;
      }
      for (String cell : lines[i].split("[,\t]")) {
        String header = cell.replace("\uFEFF", "").replace("\"", "").strip();
        if (EvaluationColumn.of(header).isPresent()) {
          return true;
        }
        if (headerRow < 0 && SheetColumn.of(header).isPresent()) {
          headerRow = i;
        }
      }
    }
    return false;
  }
}
