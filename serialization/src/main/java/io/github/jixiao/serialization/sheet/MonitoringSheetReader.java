package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.internal.InputText;
import io.github.jixiao.serialization.internal.sheet.CsvRecords;
import io.github.jixiao.serialization.internal.sheet.FollowUpHeader;
import io.github.jixiao.serialization.internal.sheet.SheetKind;
import io.github.jixiao.serialization.internal.sheet.SheetLayout;
import io.github.jixiao.serialization.internal.sheet.SheetPlace;
import io.github.jixiao.serialization.internal.sheet.SheetProblems;
import io.github.jixiao.serialization.internal.sheet.SheetTables;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads monitoring sheets (项目支出绩效运行监控表, CSV or TSV) in the row layout of docs/formats-sheet-text.md: the
 * indicator sheet's columns, read as {@link SheetReader} reads them (title, 单位 and 填报单位 rows, two-row
 * headers, notes, the same warnings), plus per row the progress to date (实际完成值, 1-7月执行情况), the
 * expected year-end value (全年预计完成值), 偏差原因分析 and 纠偏措施, and per table 监控期, 年初预算数, 全年预算数, the
 * spending to date (执行数, 1-7月执行数), 执行率 and 全年预计执行数. Every cell is kept as written; a column the
 * sheet lacks is in the table's {@linkplain MonitoringTable#absentMonitoringCells() absent cells}, a column
 * left blank is an empty value. The source map places every monitoring cell read
 * ({@code sourceMap().locate(0, 2, MonitoringField.PROGRESS)}).
 *
 * <pre>{@code
 * ReadResult<List<MonitoringTable>> r = MonitoringSheetReader.create().read(Path.of("监控表.csv"));
 * r.value().get(0).indicators().get(1).progress().text();   // 19处, as written
 * }</pre>
 *
 * <p>A sibling of {@link SelfEvaluationSheetReader}, for the reason that one is a sibling of {@link SheetReader}:
 * it returns another type, and each reports the other's added columns as unknown. Thread-safe and reusable;
 * refuses what is not a sheet as {@link SheetReader} does.
 */
public final class MonitoringSheetReader {
  private final ReadLimits limits;
  private final boolean lenient;
  private final Charset encoding;

  private MonitoringSheetReader(ReadLimits limits, boolean lenient, Charset encoding) {
    this.limits = limits;
    this.lenient = lenient;
    this.encoding = encoding;
  }

  /** A lenient reader with the {@linkplain ReadLimits#defaults() default limits}. */
  public static MonitoringSheetReader create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a file, reported under its file name. */
  public ReadResult<List<MonitoringTable>> read(Path file) {
    return read(InputText.read(file, limits.maxDocumentLength(), encoding, SheetProblems.PREFIX));
  }

  /** Reads a stream to its end (not closed), its encoding set or detected as {@link SheetReader} does. */
  public ReadResult<List<MonitoringTable>> read(InputStream in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), encoding, SheetProblems.PREFIX));
  }

  /** Reads characters to their end (not closed); {@code sourceName} names it in messages. */
  public ReadResult<List<MonitoringTable>> read(Reader in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), SheetProblems.PREFIX));
  }

  /**
   * Reads the sheets of a workbook that another reader has split into rows of cell texts, as
   * {@link SheetReader#read(String, List)} reads them, into one list of monitoring tables in sheet order, each
   * monitoring cell placed on its sheet ({@code 监控表.xlsx Sheet1!M5 (1-7月执行情况)}).
   *
   * @param source the workbook's name in messages, e.g. {@code 监控表.xlsx}
   * @throws ReadException as {@link #read(Path)} does, located on the sheet
   */
  public ReadResult<List<MonitoringTable>> read(String source, List<SheetReader.Sheet> sheets) {
    ReadResult<List<MonitoringTable>> read =
        SheetReader.read(source, sheets, SheetKind.MONITORING, SheetTables::monitoringTables);
    failIfStrict(read.warnings());
    return read;
  }

  /**
   * Whether a workbook sheet's header tells a monitoring sheet, as the front door tells a CSV's: its header row,
   * or the second row of a two-row header, among its first filled rows names a column only a monitoring table
   * has (监控期, 1-7月执行数, 全年预计完成值, 纠偏措施 …), not one it shares with a self-evaluation (实际完成值).
   */
  public static boolean isMonitoringSheet(SheetReader.Sheet sheet) {
    List<List<String>> filled = sheet.rows().stream().map(SheetReader.Row::cells)
        .filter(cells -> cells.stream().anyMatch(c -> !c.isBlank())).toList();
    return FollowUpHeader.ofRows(filled) == SheetKind.MONITORING;
  }

  private ReadResult<List<MonitoringTable>> read(InputText input) {
    String source = input.source();
    String text = input.text();
    List<CsvRecords.Row> rows = CsvRecords.split(text, CsvRecords.detectDelimiter(text), source, limits);
    if (rows.stream().allMatch(r -> r.cells().stream().allMatch(String::isBlank))) {
      throw new ReadException(ReadProblem.error(SheetProblems.EMPTY, SourceLocation.at(source, 0, 0),
          "empty sheet: expected a header row such as 项目名称,三级指标,指标值,实际完成值,全年预计完成值"));
    }
    List<ReadProblem> warnings = new ArrayList<>();
    input.note().ifPresent(warnings::add);
    SheetLayout layout = SheetLayout.of(rows, new SheetPlace(source, null), warnings, SheetKind.MONITORING);
    SheetTables tables = new SheetTables(layout, warnings);
    for (int i = layout.firstData(); i < rows.size(); i++) {
      tables.accept(rows.get(i));
    }
    List<MonitoringTable> value = tables.monitoringTables();
    failIfStrict(warnings);
    return ReadResult.of(value, warnings, tables.sourceMap());
  }

  /** A strict read fails on its first warning; an info never fails it. */
  private void failIfStrict(List<ReadProblem> warnings) {
    if (!lenient) {
      warnings.stream().filter(ReadProblem::failsStrictRead).findFirst().ifPresent(w -> {
        throw new ReadException(w);
      });
    }
  }

  /** Configures a {@link MonitoringSheetReader}. */
  public static final class Builder extends ReaderBuilder<Builder, MonitoringSheetReader> {
    private Builder() {}

    @Override
    public MonitoringSheetReader build() {
      return new MonitoringSheetReader(limits(), isLenient(), encoding().orElse(null));
    }

    @Override
    protected Builder self() {
      return this;
    }
  }

  @Override
  public String toString() {
    return "MonitoringSheetReader[" + limits + (lenient ? ", lenient" : ", strict")
        + (encoding == null ? "" : ", " + encoding.name()) + "]";
  }
}
