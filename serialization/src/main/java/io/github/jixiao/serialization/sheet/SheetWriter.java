package io.github.jixiao.serialization.sheet;

import io.github.jixiao.serialization.internal.sheet.WrittenCell;
import io.github.jixiao.serialization.internal.sheet.TextMark;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.internal.sheet.NumberedStatements;
import io.github.jixiao.serialization.internal.sheet.SheetColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes tables as an indicator sheet (指标表) in the layout {@link SheetReader} reads: a header row with the
 * first header of each column, then one row per indicator; a table's own cells on its first row only (a table
 * with no indicator gets a row of its own); category cells on every row; goals as numbered lines in one cell;
 * amounts in the table's money unit; the split columns and spending-plan months only when some table uses
 * them. RFC 4180 quoting, CRLF line ends, and by default a byte-order mark so that spreadsheet programs
 * open the UTF-8 correctly.
 *
 * <pre>{@code
 * SheetWriter.create().write(tables, Path.of("targets.csv"));
 * SheetWriter.builder().tabSeparated().build().write(tables);   // TSV text
 * }</pre>
 *
 * <p>What it writes, {@link SheetReader} reads back equal. A text that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR) is written after the text mark {@code '}, which the reader
 * takes off, as is any text the reader would otherwise change; a value no cell can carry (a control character,
 * a decimal of hundreds of digits, a table the reader would merge into the one before) is refused with a
 * {@link WriteException} naming its path, before anything is written.
 *
 * <p>Thread-safe and reusable. docs/formats-sheet-text.md lists what a sheet cannot hold (a table's framework,
 * whether it was cut off, …).
 */
public final class SheetWriter {
  private static final List<SheetColumn> TABLE_COLUMNS = List.of(SheetColumn.UNIT_CODE, SheetColumn.UNIT_NAME,
      SheetColumn.FISCAL_YEAR, SheetColumn.PROJECT_CODE, SheetColumn.PROJECT_NAME, SheetColumn.AMOUNT_UNIT,
      SheetColumn.BUDGET, SheetColumn.FISCAL_FUNDS, SheetColumn.OTHER_FUNDS, SheetColumn.FUND_USE);
  private static final List<SheetColumn> INDICATOR_COLUMNS = List.of(SheetColumn.CATEGORY,
      SheetColumn.SUBCATEGORY, SheetColumn.NAME, SheetColumn.DESCRIPTION, SheetColumn.TARGET, SheetColumn.BASIS);
  private static final List<SheetColumn> SPLIT_COLUMNS = List.of(SheetColumn.COMPARISON,
      SheetColumn.UNIT_OF_MEASURE, SheetColumn.DIRECTION, SheetColumn.WEIGHT);

  private final char delimiter;
  private final boolean byteOrderMark;

  private SheetWriter(char delimiter, boolean byteOrderMark) {
    this.delimiter = delimiter;
    this.byteOrderMark = byteOrderMark;
  }

  /** A comma-separated writer that starts files and byte streams with a byte-order mark. */
  public static SheetWriter create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The sheet as text (no byte-order mark).
   *
   * @throws WriteException naming the path of a value no sheet cell can carry so that it reads back equal
   */
  public String write(List<ProjectTargetTable> tables) {
    return text(rows(tables));
  }

  /** Rows of cell texts as lines of this writer's delimiter, quoted where they must be. */
  String text(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    rows.forEach(row -> line(out, row));
    return out.toString();
  }

  /**
   * The sheet as rows of cell texts, the header row first: what {@link #write(List)} writes, before quoting,
   * for a writer of another container (a workbook) to lay out in its own cells. The texts are the ones a CSV
   * line carries, text marks included (a formula-like or otherwise changed text after {@code '}, a given empty
   * text as a lone mark), so that {@link SheetReader#read(String, List)} reads them back equal.
   *
   * @throws WriteException naming the path of a value no sheet cell can carry so that it reads back equal
   */
  public List<List<String>> rows(List<ProjectTargetTable> tables) {
    List<List<String>> rows = new ArrayList<>();
    List<Month> months = months(tables);
    boolean split = tables.stream().flatMap(t -> t.indicators().stream()).anyMatch(SheetWriter::hasSplitCells);
    List<String> header = new ArrayList<>();
    TABLE_COLUMNS.forEach(c -> header.add(c.header()));
    months.forEach(m -> header.add(m.getValue() + "月底"));
    header.add(SheetColumn.GOALS.header());
    INDICATOR_COLUMNS.forEach(c -> header.add(c.header()));
    if (split) {
      SPLIT_COLUMNS.forEach(c -> header.add(c.header()));
    }
    rows.add(List.copyOf(header));
    for (int i = 0; i < tables.size(); i++) {
      ProjectTargetTable table = tables.get(i);
      String path = "tables[" + i + "]";
      if (i > 0) {
        startsTable(tables.get(i - 1), table, path);
      }
      List<String> tableCells = tableCells(table, months, path);
      if (table.indicators().isEmpty()) {
        List<String> row = new ArrayList<>(tableCells);
        INDICATOR_COLUMNS.forEach(c -> row.add(""));
        if (split) {
          SPLIT_COLUMNS.forEach(c -> row.add(""));
        }
        rows.add(List.copyOf(row));
      }
      for (int j = 0; j < table.indicators().size(); j++) {
        List<String> row = new ArrayList<>(j == 0 ? tableCells : blanks(tableCells.size()));
        row.addAll(indicatorCells(table.indicators().get(j), split, path + ".indicators[" + j + "]"));
        rows.add(List.copyOf(row));
      }
    }
    return List.copyOf(rows);
  }

  /** Writes the sheet to a byte stream as UTF-8 (the stream is flushed, not closed). */
  public void write(List<ProjectTargetTable> tables, OutputStream out) {
    writeText(write(tables), out);   // a table no sheet can hold fails before a byte is written
  }

  /** Writes the sheet to a character stream (flushed, not closed; no byte-order mark). */
  public void write(List<ProjectTargetTable> tables, Writer out) {
    writeText(write(tables), out);
  }

  /** Writes the sheet to a file, replacing it. */
  public void write(List<ProjectTargetTable> tables, Path file) {
    writeText(write(tables), file);   // a table no sheet can hold fails before the file is touched
  }

  /** Writes a sheet's text to a byte stream as UTF-8, after the byte-order mark if set; flushed, not closed. */
  void writeText(String sheet, OutputStream out) {
    try {
      bytes(sheet, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the sheet could not be written: " + e.getMessage(), e);
    }
  }

  /** Writes a sheet's text to a character stream; flushed, not closed. */
  static void writeText(String sheet, Writer out) {
    try {
      out.write(sheet);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the sheet could not be written: " + e.getMessage(), e);
    }
  }

  /** Writes a sheet's text to a file, replacing it. */
  void writeText(String sheet, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      bytes(sheet, out);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": the sheet could not be written: " + e.getMessage(), e);
    }
  }

  private void bytes(String sheet, OutputStream out) throws IOException {
    if (byteOrderMark) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.write(sheet.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Month> months(List<ProjectTargetTable> tables) {
    TreeSet<Month> months = new TreeSet<>();
    tables.forEach(t -> t.spendingPlan().checkpoints().forEach(c -> months.add(c.month())));
    return List.copyOf(months);
  }

  static boolean hasSplitCells(Indicator i) {
    return i.comparisonText().isPresent() || i.unitOfMeasure().isPresent() || i.directionText().isPresent()
        || i.weightText().isPresent();
  }

  /**
   * The reader starts a table where the project code or name is given and differs from the table before:
   * a table that would not start one would be read as rows of the one before, so it is refused.
   */
  static void startsTable(ProjectTargetTable before, ProjectTargetTable table, String path) {
    boolean code = table.projectCode().isPresent() && !table.projectCode().equals(before.projectCode());
    boolean name = table.projectName().isPresent() && !table.projectName().equals(before.projectName());
    if (!code && !name) {
      throw new WriteException(path, "a sheet starts a table where the project code or name changes, and this"
          + " table has " + (table.projectCode().isPresent() ? "the same project code" : "no project code")
          + " and " + (table.projectName().isPresent() ? "the same project name" : "no project name")
          + " as the table before it, so it would be read as part of that table");
    }
  }

  private static List<String> tableCells(ProjectTargetTable t, List<Month> months, String path) {
    Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
    t.unit().ifPresent(u -> {
      cells.put(SheetColumn.UNIT_CODE, WrittenCell.optional(u.code(), path + ".unit.code"));
      cells.put(SheetColumn.UNIT_NAME, WrittenCell.unitName(u.name(), path + ".unit.name"));
    });
    t.fiscalYear().ifPresent(y -> cells.put(SheetColumn.FISCAL_YEAR, year(y, path + ".fiscalYear")));
    t.fiscalYearText().filter(text -> t.fiscalYear().isEmpty())
        .ifPresent(text -> cells.put(SheetColumn.FISCAL_YEAR, WrittenCell.text(text, path + ".fiscalYearText")));
    cells.put(SheetColumn.PROJECT_CODE, WrittenCell.optional(t.projectCode(), path + ".projectCode"));
    cells.put(SheetColumn.PROJECT_NAME, WrittenCell.optional(t.projectName(), path + ".projectName"));
    cells.put(SheetColumn.AMOUNT_UNIT, t.amountUnitText().map(text -> WrittenCell.text(text, path + ".amountUnitText"))
        .orElse(t.amountUnit().label()));
    cells.put(SheetColumn.BUDGET, amount(t.budget().totalCell(), t.amountUnit(), path + ".budget.total"));
    cells.put(SheetColumn.FISCAL_FUNDS, amount(t.budget().fiscalFundsCell(), t.amountUnit(),
        path + ".budget.fiscalFunds"));
    cells.put(SheetColumn.OTHER_FUNDS, amount(t.budget().otherFundsCell(), t.amountUnit(),
        path + ".budget.otherFunds"));
    cells.put(SheetColumn.FUND_USE, WrittenCell.optional(t.fundUse(), path + ".fundUse"));
    List<String> row = new ArrayList<>();
    TABLE_COLUMNS.forEach(c -> row.add(cells.getOrDefault(c, "")));
    List<Checkpoint> plan = t.spendingPlan().checkpoints();
    for (Month m : months) {
      row.add(t.spendingPlan().at(m).map(c -> percent(c, path + ".spendingPlan[" + plan.indexOf(c) + "].percent"))
          .orElse(""));
    }
    row.add(WrittenCell.goals(t.goals(), path + ".goals"));
    return row;
  }

  /**
   * A blank checkpoint is a lone mark, so that a plan of blank checkpoints is still a plan; one that is no
   * percentage is written as it was.
   */
  private static String percent(Checkpoint c, String path) {
    if (c.unparsedText().isPresent()) {
      return WrittenCell.text(c.unparsedText().get(), path + "Text");
    }
    return c.percent().map(p -> WrittenCell.decimal(p, path, true) + "%").orElse(TextMark.GIVEN_EMPTY);
  }

  static String year(Year y, String path) {
    if (y.getValue() < 1000 || y.getValue() > 9999) {
      throw new WriteException(path, y + ": a sheet's 年度 cell holds a year of four digits");
    }
    return y.toString();
  }

  /**
   * A cell written as something other than its amount's digits ({@code 10000万元}, {@code —}) as it was;
   * an amount given as a value in the table's money unit, since one in another unit would read back as a
   * different amount.
   */
  static String amount(Optional<WrittenAmount> cell, AmountUnit unit, String path) {
    if (cell.isEmpty()) {
      return "";
    }
    if (!cell.get().isDigitsOfAmount()) {
      return WrittenCell.text(cell.get().text(), path + "Text");
    }
    Amount a = cell.get().amount().orElseThrow();
    if (a.unit() != unit) {
      throw new WriteException(path, a + " is in " + a.unit().label() + " while the table's amounts are in "
          + unit.label() + "; a sheet holds one money unit a table");
    }
    return WrittenCell.decimal(a.value(), path, false);
  }

  static List<String> indicatorCells(Indicator i, boolean split, String path) {
    // A row with neither name nor target reads as a row cut off unless its empty name is marked as given.
    String name = i.target().raw().isEmpty() ? WrittenCell.label(i.name(), path + ".name")
        : WrittenCell.text(i.name(), path + ".name");
    List<String> row = new ArrayList<>(List.of(WrittenCell.label(i.categoryLabel(), path + ".category"),
        WrittenCell.label(i.subcategoryLabel(), path + ".subcategory"), name,
        WrittenCell.optional(i.description(), path + ".description"),
        WrittenCell.text(i.target().raw(), path + ".target"), WrittenCell.optional(i.basis(), path + ".basis")));
    if (split) {
      row.add(WrittenCell.optional(i.comparisonText(), path + ".comparisonText"));
      row.add(WrittenCell.optional(i.unitOfMeasure(), path + ".unitOfMeasure"));
      row.add(WrittenCell.optional(i.directionText(), path + ".directionText"));
      BigDecimal weight = i.weight().orElse(null);
      row.add(weight != null && isDigitsOf(i.weightText().orElseThrow(), weight)
          ? WrittenCell.decimal(weight, path + ".weight", true)
          : WrittenCell.optional(i.weightText(), path + ".weightText"));
    }
    return row;
  }

  /** Whether {@code text} is the number as a value writes it, rather than a cell written otherwise. */
  private static boolean isDigitsOf(String text, BigDecimal value) {
    return text.equals(value.toPlainString()) || text.equals(value.toString());
  }

  static List<String> blanks(int n) {
    List<String> row = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      row.add("");
    }
    return row;
  }

  private void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      String c = cells.get(i);
      if (c.indexOf(delimiter) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    out.append("\r\n");
  }

  /** Configures a {@link SheetWriter}. */
  public static final class Builder {
    private char delimiter = ',';
    private boolean byteOrderMark = true;

    private Builder() {}

    /** Separates cells with commas (CSV), the default. */
    public Builder commaSeparated() {
      delimiter = ',';
      return this;
    }

    /** Separates cells with tabs (TSV); cells are quoted as in CSV where they must be. */
    public Builder tabSeparated() {
      delimiter = '\t';
      return this;
    }

    /** Whether files and byte streams start with a UTF-8 byte-order mark; true by default. */
    public Builder byteOrderMark(boolean value) {
      byteOrderMark = value;
      return this;
    }

    public SheetWriter build() {
      return new SheetWriter(delimiter, byteOrderMark);
    }
  }
}
