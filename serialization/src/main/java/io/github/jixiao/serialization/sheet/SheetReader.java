package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.internal.InputText;
import io.github.jixiao.serialization.internal.sheet.CsvRecords;
import io.github.jixiao.serialization.internal.sheet.SheetHeader;
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
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads indicator sheets (指标表, CSV or TSV) as docs/formats-sheet-text.md describes them: one row per indicator,
 * the table's own cells repeated or left blank on the rows below, any column order, the published header
 * variants, and the layouts templates export: title, 单位 and 填报单位 rows above the header, a two-row header
 * of merged groups, notes under the tables (each reported as an info). Returns the tables in order (a change
 * of project code or name starts a new table), the warnings it went past (unknown columns, conflicting table
 * cells), and a {@link io.github.jixiao.serialization.SourceMap} that says which row and column each table,
 * indicator and cell came from.
 *
 * <pre>{@code
 * ReadResult<List<ProjectTargetTable>> r = SheetReader.create().read(Path.of("targets.csv"));
 * r.sourceMap().flatMap(m -> m.cell(0, 3, TableField.TARGET));   // targets.csv row 5 column S (指标值)
 * }</pre>
 *
 * <p>Thread-safe and reusable. Input that is not such a sheet (binary data, an empty file, a header with no
 * known column, an unbalanced quote, a cell that is not the number it must be) ends with a
 * {@link ReadException} naming the file, row and column; limits on size, rows, columns and cell length make
 * hostile input fail fast. When not {@linkplain Builder#lenient lenient} the first warning fails the read as well.
 */
public final class SheetReader {
  private final ReadLimits limits;
  private final boolean lenient;
  private final Charset encoding;

  /**
   * One row of a sheet that another reader has already split into cells (表格行), such as a workbook row with
   * each cell's text as the spreadsheet displays it: its row number as the spreadsheet shows it (1-based) and
   * its cells from column A on, a cell left empty as {@code ""}.
   */
  public record Row(int number, List<String> cells) {
    public Row {
      if (number < 1) {
        throw new IllegalArgumentException("number: expected a 1-based row number, found " + number);
      }
      cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    }
  }

  /**
   * The rows of one named sheet of a workbook (工作表), in order, as {@link #read(String, List)} takes them;
   * rows not listed are empty.
   */
  public record Sheet(String name, List<Row> rows) {
    public Sheet {
      Objects.requireNonNull(name, "name");
      rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }
  }

  private SheetReader(ReadLimits limits, boolean lenient, Charset encoding) {
    this.limits = limits;
    this.lenient = lenient;
    this.encoding = encoding;
  }

  /**
   * A lenient reader with the {@linkplain ReadLimits#defaults() default limits}, of which it applies
   * {@code maxDocumentLength}, {@code maxRows}, {@code maxColumns} and {@code maxStringLength} (a cell).
   */
  public static SheetReader create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a file, reported under its file name. */
  public ReadResult<List<ProjectTargetTable>> read(Path file) {
    return read(InputText.read(file, limits.maxDocumentLength(), encoding, SheetProblems.PREFIX));
  }

  /**
   * Reads a stream to its end (not closed), in the {@linkplain Builder#encoding encoding} set or the one its bytes
   * show (UTF-8, UTF-16 with a byte-order mark, GBK/GB18030); {@code sourceName} names it in messages.
   */
  public ReadResult<List<ProjectTargetTable>> read(InputStream in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), encoding, SheetProblems.PREFIX));
  }

  /** Reads characters to their end (not closed); {@code sourceName} names it in messages. */
  public ReadResult<List<ProjectTargetTable>> read(Reader in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), SheetProblems.PREFIX));
  }

  private ReadResult<List<ProjectTargetTable>> read(InputText input) {
    String source = input.source();
    String text = input.text();
    List<CsvRecords.Row> rows = CsvRecords.split(text, CsvRecords.detectDelimiter(text), source, limits);
    int h = 0;
    while (h < rows.size() && rows.get(h).cells().stream().allMatch(String::isBlank)) {
      h++;
    }
    if (h == rows.size()) {
      throw new ReadException(ReadProblem.error(SheetProblems.EMPTY, SourceLocation.at(source, 0, 0),
          "empty sheet: expected a header row such as 项目名称,一级指标,二级指标,三级指标,指标值"));
    }
    List<ReadProblem> warnings = new ArrayList<>();
    input.note().ifPresent(warnings::add);
    SheetLayout layout = SheetLayout.of(rows, new SheetPlace(source, null), warnings);
    SheetTables tables = new SheetTables(layout, warnings);
    for (int i = layout.firstData(); i < rows.size(); i++) {
      tables.accept(rows.get(i));
    }
    List<ProjectTargetTable> value = tables.tables();
    if (rows.get(rows.size() - 1).number() == tables.lastRow()) {
      value = cutOff(value, rows.get(rows.size() - 1), layout.header(), text, warnings);
    }
    failIfStrict(warnings);
    return ReadResult.of(value, warnings, tables.sourceMap());
  }

  /**
   * Reads the sheets of a workbook that another reader has split into rows of cell texts, as one list of
   * tables in sheet order; cells are located as {@code Sheet1!C7}. Each sheet has its own header, found as in
   * a CSV sheet (below title rows, over two rows, notes under the tables: docs/formats-sheet-text.md). A sheet
   * with no filled cell is passed over; a sheet whose header names no known column is passed over with a
   * warning when another sheet holds tables (a workbook often carries a sheet of instructions), and refused
   * when none does.
   *
   * @param source the workbook's name in messages, e.g. {@code targets.xlsx}
   * @throws ReadException as {@link #read(Path)} does, located on the sheet
   */
  public ReadResult<List<ProjectTargetTable>> read(String source, List<Sheet> sheets) {
    ReadResult<List<ProjectTargetTable>> read = read(source, sheets, SheetKind.TARGET, SheetTables::tables);
    failIfStrict(read.warnings());
    return read;
  }

  /**
   * The sheets' tables, as {@code tables} takes them from each sheet's rows (target, self-evaluation or monitoring
   * tables), with the added columns of {@code kind} known; strictness is the caller's.
   */
  static <T> ReadResult<List<T>> read(String source, List<Sheet> sheets, SheetKind kind,
      Function<SheetTables, List<T>> tables) {
    List<ReadProblem> warnings = new ArrayList<>();
    List<ReadProblem> skipped = new ArrayList<>();
    SourceMap.Builder map = SourceMap.builder();
    List<T> value = new ArrayList<>();
    ReadException refused = null;
    for (Sheet sheet : sheets) {
      List<CsvRecords.Row> rows = sheet.rows().stream()
          .filter(r -> r.cells().stream().anyMatch(c -> !c.isBlank()))
          .map(r -> new CsvRecords.Row(r.number(), r.cells()))
          .toList();
      if (rows.isEmpty()) {
        continue;
      }
      SheetPlace place = new SheetPlace(source, sheet.name());
      List<ReadProblem> layoutWarnings = new ArrayList<>();
      SheetLayout layout;
      try {
        layout = SheetLayout.of(rows, place, layoutWarnings, kind);
      } catch (ReadException e) {
        if (!e.problem().code().equals(SheetProblems.NO_KNOWN_COLUMN)) {
          throw e;
        }
        refused = refused == null ? e : refused;
        skipped.add(ReadProblem.warning(SheetProblems.SHEET_NOT_READ, place.row(rows.get(0).number()),
            "sheet «" + sheet.name() + "» has no indicator-sheet header (such as 项目名称, 一级指标, 三级指标, 指标值) "
                + "in its first " + SheetLayout.HEADER_SEARCH_ROWS + " filled rows; it is not read"));
        continue;
      }
      warnings.addAll(layoutWarnings);
      SheetTables read = new SheetTables(layout, warnings, map, value.size());
      for (int i = layout.firstData(); i < rows.size(); i++) {
        read.accept(rows.get(i));
      }
      value.addAll(tables.apply(read));
    }
    if (value.isEmpty() && refused != null) {
      throw refused;
    }
    if (value.isEmpty() && warnings.isEmpty()) {
      throw new ReadException(ReadProblem.error(SheetProblems.EMPTY, SourceLocation.at(source, 0, 0),
          "empty workbook: expected a sheet with a header row such as 项目名称,一级指标,二级指标,三级指标,指标值"));
    }
    warnings.addAll(skipped);
    return ReadResult.of(List.copyOf(value), warnings, map.build());
  }

  /** A strict read fails on its first warning; an info (a title row, a two-row header) never fails it. */
  private void failIfStrict(List<ReadProblem> warnings) {
    if (!lenient) {
      warnings.stream().filter(ReadProblem::failsStrictRead).findFirst().ifPresent(w -> {
        throw new ReadException(w);
      });
    }
  }

  /**
   * A sheet whose text stops in the middle of a row (no line end after it, fewer cells than the header) was cut
   * off: its last table is kept, marked incomplete, and a warning says where the text ended.
   */
  private static List<ProjectTargetTable> cutOff(List<ProjectTargetTable> tables, CsvRecords.Row last,
      SheetHeader header, String text, List<ReadProblem> warnings) {
    char end = text.charAt(text.length() - 1);
    if (end == '\n' || end == '\r' || last.number() == header.row() || last.cells().size() >= header.width()
        || tables.isEmpty() || last.cells().stream().allMatch(String::isBlank)
        || !tables.get(tables.size() - 1).complete()) {
      return tables;
    }
    warnings.add(ReadProblem.warning(SheetProblems.CUT_OFF,
        SourceLocation.at(header.place().source(), last.number(), 0).withCell(header.nameOf(last.cells().size() - 1)),
        "the sheet ends inside row " + last.number() + " (" + last.cells().size() + " of " + header.width()
            + " cells, no line end): the table is kept and marked incomplete"));
    List<ProjectTargetTable> kept = new ArrayList<>(tables);
    kept.set(kept.size() - 1, kept.get(kept.size() - 1).withComplete(false));
    return List.copyOf(kept);
  }

  /** Configures a {@link SheetReader}. */
  public static final class Builder extends ReaderBuilder<Builder, SheetReader> {
    private Builder() {}

    @Override
    public SheetReader build() {
      return new SheetReader(limits(), isLenient(), encoding().orElse(null));
    }

    @Override
    protected Builder self() {
      return this;
    }
  }

  @Override
  public String toString() {
    return "SheetReader[" + limits + (lenient ? ", lenient" : ", strict")
        + (encoding == null ? "" : ", " + encoding.name()) + "]";
  }
}
