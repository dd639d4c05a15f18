package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.internal.InputText;
import io.github.jixiao.serialization.internal.sheet.CsvRecords;
import io.github.jixiao.serialization.internal.sheet.EvaluationColumn;
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
import java.util.Optional;

/**
 * Reads self-evaluation sheets (项目支出绩效自评表, CSV or TSV) in the row layout of docs/formats-sheet-text.md:
 * the indicator sheet's columns, read as {@link SheetReader} reads them (title, 单位 and 填报单位 rows, two-row
 * headers, notes, the same warnings), plus per row 实际完成值, 得分 and 偏差原因分析及改进措施 (分值 is the
 * indicator's weight) and per table 年初预算数, 全年预算数, 全年执行数, 执行率, 执行率分值, 执行率得分, 实际完成情况,
 * 总分 and 自评等级. Every cell is kept as written; a column the sheet lacks is in the table's
 * {@linkplain SelfEvaluationTable#absentEvaluationCells() absent cells}.
 *
 * <p>A sibling of {@link SheetReader} rather than a mode of it: a self-evaluation table is another type, and a
 * target-table read keeps reporting 实际完成值 or 得分 as columns it does not read. The source map locates the
 * tables, indicator rows and target cells, and each self-evaluation cell
 * ({@code sourceMap.cell(0, 2, SelfEvaluationField.SCORE)}: row, column and header), so that a finding on a score
 * names the cell it was read from.
 *
 * <pre>{@code
 * ReadResult<List<SelfEvaluationTable>> r = SelfEvaluationSheetReader.create().read(Path.of("自评表.csv"));
 * r.value().get(0).indicators().get(3).scoreText();   // Optional[7]
 * }</pre>
 *
 * <p>Thread-safe and reusable; refuses what is not a sheet as {@link SheetReader} does.
 */
public final class SelfEvaluationSheetReader {
  private final ReadLimits limits;
  private final boolean lenient;
  private final Charset encoding;

  private SelfEvaluationSheetReader(ReadLimits limits, boolean lenient, Charset encoding) {
    this.limits = limits;
    this.lenient = lenient;
    this.encoding = encoding;
  }

  /** A lenient reader with the {@linkplain ReadLimits#defaults() default limits}. */
  public static SelfEvaluationSheetReader create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a file, reported under its file name. */
  public ReadResult<List<SelfEvaluationTable>> read(Path file) {
    return read(InputText.read(file, limits.maxDocumentLength(), encoding, SheetProblems.PREFIX));
  }

  /** Reads a stream to its end (not closed), its encoding set or detected as {@link SheetReader} does. */
  public ReadResult<List<SelfEvaluationTable>> read(InputStream in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), encoding, SheetProblems.PREFIX));
  }

  /** Reads characters to their end (not closed); {@code sourceName} names it in messages. */
  public ReadResult<List<SelfEvaluationTable>> read(Reader in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), SheetProblems.PREFIX));
  }

  /**
   * Reads the sheets of a workbook that another reader has split into rows of cell texts, as
   * {@link SheetReader#read(String, List)} reads them, into one list of self-evaluation tables in sheet order.
   *
   * @param source the workbook's name in messages, e.g. {@code 自评表.xlsx}
   * @throws ReadException as {@link #read(Path)} does, located on the sheet
   */
  public ReadResult<List<SelfEvaluationTable>> read(String source, List<SheetReader.Sheet> sheets) {
    ReadResult<List<SelfEvaluationTable>> read =
        SheetReader.read(source, sheets, SheetKind.SELF_EVALUATION, SheetTables::selfEvaluationTables);
    failIfStrict(read.warnings());
    return read;
  }

  /**
   * The self-evaluation cell a sheet's column header names ({@code 实际完成值}, {@code 完成值},
   * {@code 执行率（B/A）}, {@code 总分} …); empty for any other header, {@code 分值} included (an indicator's
   * points, which its target table holds).
   */
  public static Optional<SelfEvaluationField> field(String header) {
    return EvaluationColumn.fieldOf(header);
  }

  private ReadResult<List<SelfEvaluationTable>> read(InputText input) {
    String source = input.source();
    String text = input.text();
    List<CsvRecords.Row> rows = CsvRecords.split(text, CsvRecords.detectDelimiter(text), source, limits);
    if (rows.stream().allMatch(r -> r.cells().stream().allMatch(String::isBlank))) {
      throw new ReadException(ReadProblem.error(SheetProblems.EMPTY, SourceLocation.at(source, 0, 0),
          "empty sheet: expected a header row such as 项目名称,三级指标,指标值,实际完成值,分值,得分"));
    }
    List<ReadProblem> warnings = new ArrayList<>();
    input.note().ifPresent(warnings::add);
    SheetLayout layout = SheetLayout.of(rows, new SheetPlace(source, null), warnings, true);
    SheetTables tables = new SheetTables(layout, warnings);
    for (int i = layout.firstData(); i < rows.size(); i++) {
      tables.accept(rows.get(i));
    }
    List<SelfEvaluationTable> value = tables.selfEvaluationTables();
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

  /** Configures a {@link SelfEvaluationSheetReader}. */
  public static final class Builder extends ReaderBuilder<Builder, SelfEvaluationSheetReader> {
    private Builder() {}

    @Override
    public SelfEvaluationSheetReader build() {
      return new SelfEvaluationSheetReader(limits(), isLenient(), encoding().orElse(null));
    }

    @Override
    protected Builder self() {
      return this;
    }
  }

  @Override
  public String toString() {
    return "SelfEvaluationSheetReader[" + limits + (lenient ? ", lenient" : ", strict")
        + (encoding == null ? "" : ", " + encoding.name()) + "]";
  }
}
