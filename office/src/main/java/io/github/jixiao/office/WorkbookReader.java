package io.github.jixiao.office;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Thread-safe and reusable. A file that is not a workbook (a CSV named {@code .xlsx}, a Word document, a
 * damaged or cut-off zip), a password-protected, macro-enabled or Strict Open XML workbook and a zip bomb end
 * with a {@link ReadException} coded {@code JX-XLSX-nnn}; hidden sheets, rows and columns are read and
 * reported as warnings. When not {@linkplain Builder#lenient lenient} the first warning fails the read.
 */
public final class WorkbookReader {
  private final ReadLimits limits;
  private final boolean lenient;
  private final SheetReader sheets;

  private WorkbookReader(ReadLimits limits, boolean lenient) {
    this.limits = limits;
    this.lenient = lenient;
    this.sheets = SheetReader.builder().limits(limits).lenient(lenient).build();
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
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (file.getFileSystem() == FileSystems.getDefault()
        && WorkbookInput.isZipFile(file, source, limits.maxDocumentLength())) {
      List<ReadProblem> warnings = new ArrayList<>();
      return assemble(streamed(XlsxWorkbook.open(file.toFile(), source), source, warnings), warnings, source);
    }
    return read(FileBytes.WORKBOOK.read(file, source, limits.maxDocumentLength()), source);
  }

  /**
   * Reads a workbook from a stream to its end (not closed); {@code sourceName} names it in messages. The
   * stream's bytes are held in memory (at most {@code maxDocumentLength}); an {@code .xlsx} is then read from
   * them part by part, as from a file.
   */
  public ReadResult<List<ProjectTargetTable>> read(InputStream in, String sourceName) {
    return read(FileBytes.WORKBOOK.read(in, sourceName, limits.maxDocumentLength()), sourceName);
  }

  private ReadResult<List<ProjectTargetTable>> read(byte[] bytes, String source) {
    List<ReadProblem> warnings = new ArrayList<>();
    List<SheetReader.Sheet> rows = new FileHead(bytes).isZip()
        ? streamed(XlsxWorkbook.open(bytes, source), source, warnings) : inMemory(bytes, source, warnings);
    return assemble(rows, warnings, source);
  }

  /** The in-memory read (POI's usermodel) of any workbook: the one for {@code .xls}, and tests compare with it. */
  ReadResult<List<ProjectTargetTable>> readInMemory(byte[] bytes, String source) {
    List<ReadProblem> warnings = new ArrayList<>();
    return assemble(inMemory(bytes, source, warnings), warnings, source);
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

  /** The sheets' rows laid out (a form's tables in the row layout) and assembled into tables by the sheet reader. */
  private ReadResult<List<ProjectTargetTable>> assemble(List<SheetReader.Sheet> rows, List<ReadProblem> warnings,
      String source) {
    FormPlaces places = new FormPlaces(source);
    LaidOutSheets laidOut = new LaidOutSheets(places);
    for (SheetReader.Sheet sheet : rows) {
      if (FormSheet.isForm(sheet)) {
        FormSheet.tables(source, sheet, warnings).forEach(laidOut::addTable);
      } else {
        laidOut.addSheet(sheet);
      }
    }
    rows.clear();   // what a form table needs is in the table now; the rest of its sheet can go
    if (!lenient && !warnings.isEmpty()) {
      throw new ReadException(warnings.get(0));
    }
    ReadResult<List<ProjectTargetTable>> tables;
    try {
      tables = sheets.read(source, laidOut);
    } catch (ReadException e) {
      throw places.place(e);
    }
    if (places.isEmpty()) {
      warnings.addAll(tables.warnings());
      return ReadResult.of(tables.value(), warnings, tables.sourceMap().orElseThrow());
    }
    warnings.addAll(places.place(tables.warnings()));
    return ReadResult.of(tables.value(), warnings, places.place(tables.sourceMap().orElseThrow()));
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
