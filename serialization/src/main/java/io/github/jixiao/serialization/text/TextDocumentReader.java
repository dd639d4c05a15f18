package io.github.jixiao.serialization.text;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.internal.InputText;
import io.github.jixiao.serialization.internal.text.Cells;
import io.github.jixiao.serialization.internal.text.DepartmentText;
import io.github.jixiao.serialization.internal.text.LocatedLines;
import io.github.jixiao.serialization.internal.text.TableBlock;
import io.github.jixiao.serialization.internal.text.TableBlocks;
import io.github.jixiao.serialization.internal.text.TableText;
import io.github.jixiao.serialization.internal.text.TextLine;
import io.github.jixiao.serialization.internal.text.TextLines;
import io.github.jixiao.serialization.internal.text.TextProblems;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a published performance-target document (预算绩效目标 as text extracted from Word): Part 1, the
 * department targets, and every Part 2 project target table. The layout is Word's text extraction: a table
 * cell is a line that begins with a tab, a blank line ends a row, a line without a tab right under a cell
 * continues it, and bookmarks ({@code [bookmark: _Toc…]}) and table-of-contents field codes
 * ({@code TC "…" \f A \l 1}) are in the text. Tables whose rows are written one a line, cells separated by tabs,
 * are read too, wherever they stand: attached to a funding notice, several in a row, with or without the Part
 * headings; text outside them is reported, and what the reader guesses (a money unit from a {@code 单位：万元}
 * line above a table, rows shifted under a {@code 绩效指标} label column) is a warning.
 *
 * <pre>{@code
 * ReadResult<PerformanceTargetDocument> r = TextDocumentReader.create().read(Path.of("2025.txt"));
 * r.sourceMap().flatMap(m -> m.cell(1, 6, TableField.TARGET));   // 2025.txt:218:2 tables[1].indicators[6].target
 * }</pre>
 *
 * <p>It tolerates CRLF, full-width and no-break spaces, wrapped cells and blank cells; cells lose their leading
 * and trailing spaces and keep everything else. A document cut off inside a table keeps the partial table,
 * marked incomplete, and warns where the text ended. Fiscal years: a table's is the year its title begins
 * with ({@code 1.2025年…绩效目标表}), else the year Part 1's introduction begins with ({@code 2021年，…}), else the
 * two digits after the 6-digit division code of its project code ({@code 13068221…} is 2021). The document's
 * year is the one Part 1 states, else the one all its tables share.
 *
 * <p>Thread-safe and reusable. Binary data, an empty file, or text with neither Part 1 sections nor tables
 * ends with a {@link ReadException}; limits on size, lines and line length make hostile input fail fast. When
 * not {@linkplain Builder#lenient lenient} the first warning fails the read as well.
 */
public final class TextDocumentReader {
  private final ReadLimits limits;
  private final boolean lenient;
  private final Charset encoding;

  /**
   * One block of a published document that another reader took apart (文档块), such as a Word document read by
   * the office module: a {@link Paragraph} outside the tables or a table {@link Row}. {@link #read(String, List)}
   * reads a list of them as it reads the same document's text, and names every place by the blocks' own
   * locations.
   */
  public sealed interface Block permits Paragraph, Row {}

  /** A paragraph (段落) outside the tables; line breaks inside it read as separate lines of text. */
  public record Paragraph(String text, SourceLocation location) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * A table row (表格行): its cells left to right as the published text lists them, a cell merged across
   * columns once and a cell merged down from the row above as a blank cell.
   */
  public record Row(List<Cell> cells) implements Block {
    public Row {
      cells = List.copyOf(cells);
      if (cells.isEmpty()) {
        throw new IllegalArgumentException("row: expected at least one cell");
      }
    }
  }

  /** A table cell (单元格): its text, paragraphs separated by line breaks, and where it is. */
  public record Cell(String text, SourceLocation location) {
    public Cell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }
  }

  private TextDocumentReader(Builder b) {
    this.limits = b.limits();
    this.lenient = b.isLenient();
    this.encoding = b.encoding().orElse(null);
  }

  /**
   * A lenient reader with the {@linkplain ReadLimits#defaults() default limits}, of which it applies
   * {@code maxDocumentLength}, {@code maxLines} and {@code maxStringLength} (a line).
   */
  public static TextDocumentReader create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this reader's settings: its limits, leniency and encoding. */
  public Builder toBuilder() {
    Builder b = builder().limits(limits).lenient(lenient);
    return encoding == null ? b : b.encoding(encoding);
  }

  /** Reads a file, reported under its file name. */
  public ReadResult<PerformanceTargetDocument> read(Path file) {
    return read(InputText.read(file, limits.maxDocumentLength(), encoding, TextProblems.PREFIX));
  }

  /**
   * Reads a stream to its end (not closed), in the {@linkplain Builder#encoding encoding} set or the one its bytes
   * show (UTF-8, UTF-16 with a byte-order mark, GBK/GB18030); {@code sourceName} names it in messages.
   */
  public ReadResult<PerformanceTargetDocument> read(InputStream in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), encoding, TextProblems.PREFIX));
  }

  /** Reads characters to their end (not closed); {@code sourceName} names it in messages. */
  public ReadResult<PerformanceTargetDocument> read(Reader in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), TextProblems.PREFIX));
  }

  /**
   * Reads a document another reader took apart into paragraphs and table rows (a Word document, read by the
   * office module), exactly as its text would be read: the same tables, cells, warnings and errors, each
   * located by the blocks' own places ({@code plan.docx table 2 row 5 cell 3}) instead of line numbers. The
   * caller bounds the blocks; a warning's message may still count lines of the text the blocks stand for.
   *
   * @param source the document's name for messages
   */
  public ReadResult<PerformanceTargetDocument> read(String source, List<Block> blocks) {
    LocatedLines located = LocatedLines.of(blocks);
    try {
      return located.relocate(assemble(source, located.lines(), Optional.empty()));
    } catch (ReadException e) {
      throw located.relocate(e);
    }
  }

  private ReadResult<PerformanceTargetDocument> read(InputText input) {
    return assemble(input.source(), TextLines.of(input.text(), input.source(), limits), input.note());
  }

  /** @param note how the text was decoded, when that is worth saying (a byte-order mark, GBK) */
  private ReadResult<PerformanceTargetDocument> assemble(String source, List<TextLine> lines,
      Optional<ReadProblem> note) {
    if (lines.stream().allMatch(TextLine::isBlank)) {
      throw new ReadException(ReadProblem.error(TextProblems.EMPTY, SourceLocation.at(source, 0, 0),
          "empty document: expected the text of a published performance-target document (部门整体绩效目标, "
              + "项目支出绩效目标表)"));
    }
    int part2 = partTwoStart(lines);
    List<ReadProblem> warnings = new ArrayList<>();
    note.ifPresent(warnings::add);
    DepartmentText part1 = DepartmentText.read(lines.subList(0, part2), source, warnings);
    List<TableBlock> blocks = TableBlocks.of(lines.subList(part2, lines.size()), source, warnings);
    PerformanceTargetDocument.Builder doc = PerformanceTargetDocument.builder().overview(part1.targets());
    if (blocks.isEmpty() && part1.targets().isEmpty()) {
      throw new ReadException(ReadProblem.error(TextProblems.NOT_A_DOCUMENT, SourceLocation.at(source, 1, 0),
          "not a published performance-target document: found neither the sections of 部门整体绩效目标 "
              + "(总体绩效目标, 分项绩效目标, 工作保障措施) nor a project target table (lines that begin with a tab)"));
    }
    SourceMap.Builder map = SourceMap.builder();
    int lastLine = lines.get(lines.size() - 1).number();
    List<ProjectTargetTable> tables = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      ProjectTargetTable t =
          TableText.read(blocks.get(i), i, source, i == blocks.size() - 1, lastLine, warnings, map);
      Optional<Integer> year = TableText.titleYear(blocks.get(i)).or(part1::statedYear).or(() -> TableText.codeYear(t));
      tables.add(year.map(y -> t.withFiscalYear(Year.of(y))).orElse(t));
    }
    doc.addAllTables(tables);
    Optional<Integer> year = part1.statedYear().or(() -> shared(tables.stream()
        .map(t -> t.fiscalYear().map(Year::getValue)).collect(Collectors.toList())));
    year.ifPresent(doc::fiscalYear);
    shared(tables.stream().map(ProjectTargetTable::unit).collect(Collectors.toList())).ifPresent(doc::unit);
    if (!lenient) {
      // A note on the encoding is no doubt about the content: only a warning fails a strict read.
      warnings.stream().filter(ReadProblem::failsStrictRead).findFirst().ifPresent(w -> {
        throw new ReadException(w);
      });
    }
    return ReadResult.of(doc.build(), warnings, map.build());
  }

  /**
   * Where Part 2 begins: at 第二部分, else at the title line of the first table, which may stand above a
   * {@code 单位：万元} line.
   */
  private static int partTwoStart(List<TextLine> lines) {
    int firstCell = -1;
    for (int i = 0; i < lines.size() && firstCell < 0; i++) {
      if (!lines.get(i).cell() && Cells.key(lines.get(i).text()).equals("第二部分")) {
        return i;
      }
      if (lines.get(i).cell()) {
        firstCell = i;
      }
    }
    if (firstCell < 0) {
      return lines.size();
    }
    int title = previousFilled(lines, firstCell);
    if (title >= 0 && TableBlocks.isUnitLine(lines.get(title))) {
      int above = previousFilled(lines, title);
      title = above >= 0 ? above : title;
    }
    return Math.max(title, 0);
  }

  private static int previousFilled(List<TextLine> lines, int from) {
    int i = from - 1;
    while (i >= 0 && lines.get(i).isBlank()) {
      i--;
    }
    return i;
  }

  private static <T> Optional<T> shared(List<Optional<T>> values) {
    if (values.isEmpty() || values.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    T first = values.get(0).get();
    return values.stream().allMatch(v -> v.get().equals(first)) ? Optional.of(first) : Optional.empty();
  }

  /** Configures a {@link TextDocumentReader}. */
  public static final class Builder extends ReaderBuilder<Builder, TextDocumentReader> {
    private Builder() {}

    @Override
    public TextDocumentReader build() {
      return new TextDocumentReader(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }

  @Override
  public String toString() {
    return "TextDocumentReader[" + limits + (lenient ? ", lenient" : ", strict")
        + (encoding == null ? "" : ", " + encoding.name()) + "]";
  }
}
