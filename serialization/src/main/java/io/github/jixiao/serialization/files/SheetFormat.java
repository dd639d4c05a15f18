package io.github.jixiao.serialization.files;

import io.github.jixiao.serialization.internal.sheet.FollowUpHeader;
import io.github.jixiao.serialization.sheet.MonitoringSheetReader;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * Indicator sheets (指标表格): CSV or TSV whose first line is a header naming known columns. Read whole (the
 * reader's size limit bounds it), with the row and column of every cell. A sheet whose header names a column only
 * a self-evaluation table has (实际完成值, 完成值, 得分, 全年执行数 …) is a self-evaluation sheet (绩效自评表), read
 * by the {@link SelfEvaluationSheetReader}; one naming a column only a monitoring table has (监控期, 1-7月执行数,
 * 全年预计完成情况, 纠偏措施 …) is a monitoring sheet (绩效运行监控表), read by the {@link MonitoringSheetReader}.
 */
final class SheetFormat implements FormatReader {
  /** Headers only a sheet's first line holds; one is enough to tell a sheet from a published text. */
  private static final String[] HEADERS = {"一级指标", "三级指标", "指标名称", "项目名称", "项目编码", "指标值", "单位名称"};
  /** How many lines down a header is looked for below title and unit rows. */
  private static final int ROWS_ABOVE_HEADER = 12;

  private final Supplier<SheetReader> reader;
  private final Supplier<SelfEvaluationSheetReader> selfEvaluation;
  private final Supplier<MonitoringSheetReader> monitoring;
  /** The encoding set on the front door, which the head is looked at in; null for the one its bytes show. */
  private final Charset encoding;

  SheetFormat(Supplier<SheetReader> reader, Supplier<SelfEvaluationSheetReader> selfEvaluation,
      Supplier<MonitoringSheetReader> monitoring, Charset encoding) {
    this.reader = reader;
    this.selfEvaluation = selfEvaluation;
    this.monitoring = monitoring;
    this.encoding = encoding;
  }

  @Override
  public String name() {
    return "sheet";
  }

  @Override
  public boolean claims(String fileName) {
    return fileName.endsWith(".csv") || fileName.endsWith(".tsv");
  }

  /**
   * A delimited first line naming a known column; a published text's table cells start with a tab. Or, below
   * title and unit rows (a sheet saved from a form: {@code 2025年度项目支出绩效自评表}, {@code 单位：万元}), a
   * comma-separated line within the first {@value #ROWS_ABOVE_HEADER} naming two known columns: published text
   * separates its cells by tabs, never by ASCII commas.
   */
  @Override
  public boolean recognizes(byte[] head) {
    Head h = Head.of(head, encoding);
    String line = h.firstLine();
    boolean delimited = line.indexOf(',') >= 0 || line.indexOf('\t') >= 0;
    if (h.startsWithTab() || h.firstChar() == 0) {
      return false;
    }
    if (delimited && namedColumns(line) > 0) {
      return true;
    }
    String[] lines = h.text().split("\r?\n", ROWS_ABOVE_HEADER + 1);
    for (int i = 0; i < Math.min(lines.length, ROWS_ABOVE_HEADER); i++) {
      if (lines[i].indexOf(',') >= 0 && namedColumns(lines[i]) >= 2) {
        return true;
      }
    }
    return false;
  }

  private static int namedColumns(String line) {
    int named = 0;
    for (String header : HEADERS) {
      if (line.contains(header)) {
        named++;
      }
    }
    return named;
  }

  @Override
  public TableInput open(InputStream in, String source) {
    switch (FollowUpHeader.of(Head.of(Head.peek(in, TableFiles.HEAD_BYTES), encoding).text())) {
      case SELF_EVALUATION:
        return TableInput.ofSelfEvaluationTables(source, name(), selfEvaluation.get().read(in, source), in);
      case MONITORING:
        return TableInput.ofMonitoringTables(source, name(), monitoring.get().read(in, source), in);
      default:
        return TableInput.ofTables(source, name(), reader.get().read(in, source), in);
    }
  }
}
