package io.github.jixiao.office;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.files.TableInput;
import io.github.jixiao.serialization.sheet.MonitoringSheetReader;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads Excel workbooks (工作簿, {@code .xlsx} and {@code .xls}) in either {@link WorkbookLayout}, told apart
 * sheet by sheet: the indicator sheet's row layout (a header row naming 项目名称, 一级指标, 三级指标, 指标值 …,
 * then one row per indicator) or the form layout of the published template (a title, a block of labels and
 * values, the indicator grid); several tables on a sheet and several sheets in one workbook, read into one
 * list of tables in sheet order. Cells are read as
 * displayed (see docs/office.md), then assembled into tables exactly as
 * {@link io.github.jixiao.serialization.sheet.SheetReader} assembles a CSV file's rows, so a workbook and the
 * same sheet saved as CSV give the same tables and findings.
 *
 * <pre>{@code
 * ReadResult<List<ProjectTargetTable>> r = WorkbookReader.create().read(Path.of("targets.xlsx"));
 * r.sourceMap().flatMap(m -> m.locate(CellAddress.of(0, 3, TableField.TARGET)));   // targets.xlsx Sheet1!K7 (指标值)
 * }</pre>
 *
 * <p>Self-evaluation workbooks (项目支出绩效自评表) are read with {@link #readSelfEvaluation(Path)}, in the row
 * layout of {@link SelfEvaluationSheetReader} or the national form, and monitoring workbooks (绩效运行监控表) with
 * {@link #readMonitoring(Path)}, in the row layout of {@link MonitoringSheetReader}; {@link #readInput} tells the
 * three kinds apart for the front door.
 *
 * <p>Thread-safe and reusable. A file that is not a workbook (a CSV named {@code .xlsx}, a Word document, a
 * damaged or cut-off zip), a password-protected, macro-enabled or Strict Open XML workbook and a zip bomb end
 * with a {@link ReadException} coded {@code JX-XLSX-nnn}; hidden sheets, rows and columns are read and
 * reported as warnings. When not {@linkplain Builder#lenient lenient} the first warning fails the read.
 */
public final class WorkbookReader {
  /** How far down a row-layout sheet its header is looked for, as the sheet reader looks for it. */
  private static final int SELF_EVALUATION_HEADER_ROWS = 20;
  private final ReadLimits limits;
  private final boolean lenient;
  private final SheetReader sheets;
  private final SelfEvaluationSheetReader evaluationSheets;
  private final MonitoringSheetReader monitoringSheets;

  private WorkbookReader(ReadLimits limits, boolean lenient) {
    this.limits = limits;
    this.lenient = lenient;
    this.sheets = SheetReader.builder().limits(limits).lenient(lenient).build();
    this.evaluationSheets = SelfEvaluationSheetReader.builder().limits(limits).lenient(lenient).build();
    this.monitoringSheets = MonitoringSheetReader.builder().limits(limits).lenient(lenient).build();
  }

  /**
   * A lenient reader with the {@linkplain ReadLimits#defaults() default limits}, of which it applies
   * {@code maxDocumentLength} (the file's bytes), {@code maxRows} and {@code maxColumns} (a sheet's) and
   * {@code maxStringLength} (a cell's characters).
   */
  public static WorkbookReader create() {
    return builder().build();
  }

  /**
   * Whether a file's first bytes start a workbook, as far as they tell (format detection, as Jackson's
   * {@code hasFormat}): a zip whose first entries include an {@code xl/} part, or an OLE2 compound file whose
   * head does not name a Word document's stream (the directory may lie past the head; reading then refuses a
   * compound file that holds no workbook with {@code JX-XLSX-002}).
   */
  public static boolean recognizes(byte[] head) {
    FileHead file = new FileHead(head);
    return file.isZipWithPartsUnder("xl/") || file.isCompoundFile() && !file.namesWordStream();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a workbook file, reported under its file name. An {@code .xlsx} file is read part by part from the
   * file, its sheets as streams, so memory grows with the tables read, not with the file's inflated parts.
   */
  public ReadResult<List<ProjectTargetTable>> read(Path file) {
    return targets(sheets(file));
  }

  /**
   * Reads a workbook of self-evaluation tables (项目支出绩效自评表) from a file: sheets in the row layout of
   * {@link SelfEvaluationSheetReader} (实际完成值, 得分, 执行率 … beside the indicator sheet's columns) or in the
   * national form (docs/office.md), each self-evaluation cell placed at its own cell ({@code Sheet1!G12}).
   */
  public ReadResult<List<SelfEvaluationTable>> readSelfEvaluation(Path file) {
    return selfEvaluations(sheets(file));
  }

  /** Reads a workbook of self-evaluation tables from a stream to its end (not closed), as from a file. */
  public ReadResult<List<SelfEvaluationTable>> readSelfEvaluation(InputStream in, String sourceName) {
    return selfEvaluations(sheets(FileBytes.WORKBOOK.read(in, sourceName, limits.maxDocumentLength()), sourceName));
  }

  /**
   * Reads a workbook of monitoring tables (绩效运行监控表) from a file: sheets in the row layout of
   * {@link MonitoringSheetReader} (监控期, 1-7月执行数, 执行率, 1-7月执行情况, 全年预计完成值, 偏差原因分析, 纠偏措施 …
   * beside the indicator sheet's columns), each monitoring cell placed at its own cell ({@code Sheet1!M5}). The
   * national monitoring form is not recognised: a form-layout sheet is laid out as a target form is.
   */
  public ReadResult<List<MonitoringTable>> readMonitoring(Path file) {
    return monitorings(sheets(file));
  }

  /** Reads a workbook of monitoring tables from a stream to its end (not closed), as from a file. */
  public ReadResult<List<MonitoringTable>> readMonitoring(InputStream in, String sourceName) {
    return monitorings(sheets(FileBytes.WORKBOOK.read(in, sourceName, limits.maxDocumentLength()), sourceName));
  }

  /**
   * Reads a workbook of any kind from a stream to its end (not closed), as the front door hands it out under
   * {@code format}: monitoring tables when a row-layout sheet's header names a column only a monitoring table
   * has (as {@link MonitoringSheetReader#isMonitoringSheet} tells it); else self-evaluation tables when a form
   * is titled 自评表 or holds a budget line, an outcome or a grid naming 实际完成值 or 得分, or a sheet's header
   * names such a column; target tables otherwise.
   */
  public TableInput readInput(InputStream in, String sourceName, String format) {
    LaidOut laidOut = sheets(FileBytes.WORKBOOK.read(in, sourceName, limits.maxDocumentLength()), sourceName);
    if (laidOut.monitoring()) {
      return TableInput.ofMonitoringTables(sourceName, format, monitorings(laidOut), in);
    }
    return laidOut.evaluation()
        ? TableInput.ofSelfEvaluationTables(sourceName, format, selfEvaluations(laidOut), in)
        : TableInput.ofTables(sourceName, format, targets(laidOut), in);
  }

  private LaidOut sheets(Path file) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (file.getFileSystem() == FileSystems.getDefault()
        && WorkbookInput.isZipFile(file, source, limits.maxDocumentLength())) {
      List<ReadProblem> warnings = new ArrayList<>();
      return layOut(streamed(XlsxWorkbook.open(file.toFile(), source), source, warnings), warnings, source);
    }
    return sheets(FileBytes.WORKBOOK.read(file, source, limits.maxDocumentLength()), source);
  }

  /**
   * Reads a workbook from a stream to its end (not closed); {@code sourceName} names it in messages. The
   * stream's bytes are held in memory (at most {@code maxDocumentLength}); an {@code .xlsx} is then read from
   * them part by part, as from a file.
   */
  public ReadResult<List<ProjectTargetTable>> read(InputStream in, String sourceName) {
    return targets(sheets(FileBytes.WORKBOOK.read(in, sourceName, limits.maxDocumentLength()), sourceName));
  }

  private LaidOut sheets(byte[] bytes, String source) {
    List<ReadProblem> warnings = new ArrayList<>();
    List<SheetReader.Sheet> rows = new FileHead(bytes).isZip()
        ? streamed(XlsxWorkbook.open(bytes, source), source, warnings) : inMemory(bytes, source, warnings);
    return layOut(rows, warnings, source);
  }

  /** The in-memory read (POI's usermodel) of any workbook: the one for {@code .xls}, and tests compare with it. */
  ReadResult<List<ProjectTargetTable>> readInMemory(byte[] bytes, String source) {
    List<ReadProblem> warnings = new ArrayList<>();
    return targets(layOut(inMemory(bytes, source, warnings), warnings, source));
  }

  /** Each sheet's rows, read from its part as a stream; the workbook is closed. */
  private List<SheetReader.Sheet> streamed(XlsxWorkbook workbook, String source, List<ReadProblem> warnings) {
    List<SheetReader.Sheet> rows = new ArrayList<>();
    try (workbook) {
      XlsxSheet sheets = new XlsxSheet(workbook);
      for (XlsxWorkbook.SheetRef sheet : workbook.sheets()) {
        try (InputStream part = workbook.sheet(sheet)) {
          if (part == null) {
            continue;   // named by the workbook, missing from the package: POI passes it over too
          }
          hiddenSheet(sheet.hidden(), sheet.name(), source, warnings);
          rows.add(sheets.read(part, new SheetCells(source, sheet.name(), limits), source, warnings));
        }
      }
    } catch (ReadException e) {
      throw e;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw WorkbookInput.failure(e, source, true);
    }
    return rows;
  }

  private List<SheetReader.Sheet> inMemory(byte[] bytes, String source, List<ReadProblem> warnings) {
    List<SheetReader.Sheet> rows = new ArrayList<>();
    Workbook workbook = WorkbookInput.open(bytes, source);
    try {
      SheetGrid grid = new SheetGrid(source, limits);
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        hiddenSheet(workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i), workbook.getSheetName(i), source,
            warnings);
        rows.add(grid.read(workbook.getSheetAt(i), warnings));
      }
    } catch (ReadException e) {
      throw e;
    } catch (RuntimeException e) {
      // POI parses some records only when a cell is reached; a failure then means the same as at opening.
      throw WorkbookInput.damaged(e, source);
    } finally {
      WorkbookInput.close(workbook);
    }
    return rows;
  }

  private static void hiddenSheet(boolean hidden, String name, String source, List<ReadProblem> warnings) {
    if (hidden) {
      warnings.add(ReadProblem.warning(WorkbookProblems.HIDDEN_SHEET, SourceLocation.at(source, 0, 0)
          .withSheet(name), "sheet «" + name + "» is hidden; it is read as if shown"));
    }
  }

  /**
   * A workbook's sheets laid out for the sheet reader (a form's tables in the row layout), the warnings of
   * reading its cells, and whether it holds self-evaluation or monitoring tables.
   */
  private record LaidOut(String source, LaidOutSheets sheets, FormPlaces places, EvaluationPlaces evaluationPlaces,
      List<ReadProblem> warnings, boolean evaluation, boolean monitoring) {}

  private LaidOut layOut(List<SheetReader.Sheet> rows, List<ReadProblem> warnings, String source) {
    FormPlaces places = new FormPlaces(source);
    EvaluationPlaces evaluationPlaces = new EvaluationPlaces(source);
    LaidOutSheets laidOut = new LaidOutSheets(places);
    boolean evaluation = false;
    boolean monitoring = false;
    for (SheetReader.Sheet sheet : rows) {
      if (FormSheet.isForm(sheet)) {
        for (FormTable table : FormSheet.tables(source, sheet, warnings)) {
          laidOut.addTable(table);
          if (table.evaluates()) {
            evaluation = true;
            evaluationPlaces.add(table);
          }
        }
      } else {
        laidOut.addSheet(sheet);
        evaluation |= namesEvaluationColumn(sheet);
        monitoring |= MonitoringSheetReader.isMonitoringSheet(sheet);
      }
    }
    rows.clear();   // what a form table needs is in the table now; the rest of its sheet can go
    if (!lenient && !warnings.isEmpty()) {
      throw new ReadException(warnings.get(0));
    }
    return new LaidOut(source, laidOut, places, evaluationPlaces, warnings, evaluation, monitoring);
  }

  /** Whether a row-layout sheet's first rows, where its header is, name a self-evaluation column (实际完成值 …). */
  private static boolean namesEvaluationColumn(SheetReader.Sheet sheet) {
    return sheet.rows().stream().limit(SELF_EVALUATION_HEADER_ROWS).flatMap(r -> r.cells().stream())
        .anyMatch(c -> SelfEvaluationSheetReader.field(c).isPresent());
  }

  private ReadResult<List<ProjectTargetTable>> targets(LaidOut laidOut) {
    return assemble(laidOut, sheets::read).result();
  }

  private ReadResult<List<SelfEvaluationTable>> selfEvaluations(LaidOut laidOut) {
    Assembled<SelfEvaluationTable> read = assemble(laidOut, evaluationSheets::read);
    ReadResult<List<SelfEvaluationTable>> r = read.result();
    SourceMap placed = laidOut.evaluationPlaces().place(read.sheetMap(), r.sourceMap().orElseThrow(),
        r.value().size());
    return ReadResult.of(r.value(), r.warnings(), placed);
  }

  private ReadResult<List<MonitoringTable>> monitorings(LaidOut laidOut) {
    return assemble(laidOut, monitoringSheets::read).result();
  }

  /** The tables read and the sheet reader's own source map, before the form's places were moved back. */
  private record Assembled<T>(ReadResult<List<T>> result, SourceMap sheetMap) {}

  /** The laid-out sheets assembled into tables by the sheet reader, every form place moved back. */
  private static <T> Assembled<T> assemble(LaidOut laidOut, BiFunction<String, List<SheetReader.Sheet>,
      ReadResult<List<T>>> reader) {
    FormPlaces places = laidOut.places();
    List<ReadProblem> warnings = laidOut.warnings();
    ReadResult<List<T>> tables;
    try {
      tables = reader.apply(laidOut.source(), laidOut.sheets());
    } catch (ReadException e) {
      throw places.place(e);
    }
    SourceMap map = tables.sourceMap().orElseThrow();
    if (places.isEmpty()) {
      warnings.addAll(tables.warnings());
      return new Assembled<>(ReadResult.of(tables.value(), warnings, map), map);
    }
    warnings.addAll(places.place(tables.warnings()));
    return new Assembled<>(ReadResult.of(tables.value(), warnings, places.place(map)), map);
  }

  /** Configures a {@link WorkbookReader}: the {@link ReadLimits} and the lenient switch every reader has. */
  public static final class Builder extends ReaderBuilder<Builder, WorkbookReader> {
    private Builder() {}

    @Override
    public WorkbookReader build() {
      return new WorkbookReader(limits(), isLenient());
    }

    @Override
    protected Builder self() {
      return this;
    }
  }

  @Override
  public String toString() {
    return "WorkbookReader[" + limits + (lenient ? ", lenient]" : ", strict]");
  }
}
