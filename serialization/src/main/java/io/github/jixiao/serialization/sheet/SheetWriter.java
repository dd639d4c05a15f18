package io.github.jixiao.serialization.sheet;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
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

  /** The sheet as text (no byte-order mark). */
  public String write(List<ProjectTargetTable> tables) {
    StringBuilder out = new StringBuilder();
    rows(tables).forEach(row -> line(out, row));
    return out.toString();
  }

  /**
   * The sheet as rows of cell texts, the header row first: what {@link #write(List)} writes, before quoting,
   * for a writer of another container (a workbook) to lay out in its own cells.
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
    for (ProjectTargetTable table : tables) {
      List<String> tableCells = tableCells(table, months);
      if (table.indicators().isEmpty()) {
        List<String> row = new ArrayList<>(tableCells);
        INDICATOR_COLUMNS.forEach(c -> row.add(""));
        if (split) {
          SPLIT_COLUMNS.forEach(c -> row.add(""));
        }
        rows.add(List.copyOf(row));
      }
      boolean first = true;
      for (Indicator indicator : table.indicators()) {
        List<String> row = new ArrayList<>(first ? tableCells : blanks(tableCells.size()));
        row.addAll(indicatorCells(indicator, split));
        rows.add(List.copyOf(row));
        first = false;
      }
    }
    return List.copyOf(rows);
  }

  /** Writes the sheet to a byte stream as UTF-8 (the stream is flushed, not closed). */
  public void write(List<ProjectTargetTable> tables, OutputStream out) {
    try {
      if (byteOrderMark) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(write(tables));
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the sheet could not be written: " + e.getMessage(), e);
    }
  }

  /** Writes the sheet to a character stream (flushed, not closed; no byte-order mark). */
  public void write(List<ProjectTargetTable> tables, Writer out) {
    try {
      out.write(write(tables));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the sheet could not be written: " + e.getMessage(), e);
    }
  }

  /** Writes the sheet to a file, replacing it. */
  public void write(List<ProjectTargetTable> tables, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(tables, out);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": the sheet could not be written: " + e.getMessage(), e);
    }
  }

  private static List<Month> months(List<ProjectTargetTable> tables) {
    TreeSet<Month> months = new TreeSet<>();
    tables.forEach(t -> t.spendingPlan().checkpoints().forEach(c -> months.add(c.month())));
    return List.copyOf(months);
  }

  private static boolean hasSplitCells(Indicator i) {
    return i.comparison().isPresent() || i.unitOfMeasure().isPresent() || i.direction().isPresent()
        || i.weight().isPresent();
  }

  private static List<String> tableCells(ProjectTargetTable t, List<Month> months) {
    Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
    t.unit().ifPresent(u -> {
      cells.put(SheetColumn.UNIT_CODE, u.code().orElse(""));
      cells.put(SheetColumn.UNIT_NAME, u.name());
    });
    t.fiscalYear().ifPresent(y -> cells.put(SheetColumn.FISCAL_YEAR, y.toString()));
    cells.put(SheetColumn.PROJECT_CODE, t.projectCode().orElse(""));
    cells.put(SheetColumn.PROJECT_NAME, t.projectName().orElse(""));
    cells.put(SheetColumn.AMOUNT_UNIT, t.amountUnit().label());
    cells.put(SheetColumn.BUDGET, amount(t.budget().total(), t));
    cells.put(SheetColumn.FISCAL_FUNDS, amount(t.budget().fiscalFunds(), t));
    cells.put(SheetColumn.OTHER_FUNDS, amount(t.budget().otherFunds(), t));
    cells.put(SheetColumn.FUND_USE, t.fundUse().orElse(""));
    List<String> row = new ArrayList<>();
    TABLE_COLUMNS.forEach(c -> row.add(cells.getOrDefault(c, "")));
    for (Month m : months) {
      row.add(t.spendingPlan().at(m).flatMap(Checkpoint::percent).map(p -> p.toPlainString() + "%").orElse(""));
    }
    row.add(NumberedStatements.join(t.goals()));
    return row;
  }

  private static String amount(Optional<Amount> amount, ProjectTargetTable t) {
    return amount.map(a -> a.to(t.amountUnit()).value().toPlainString()).orElse("");
  }

  private static List<String> indicatorCells(Indicator i, boolean split) {
    List<String> row = new ArrayList<>(List.of(i.categoryLabel(), i.subcategoryLabel(), i.name(),
        i.description().orElse(""), i.target().raw(), i.basis().orElse("")));
    if (split) {
      row.add(i.comparison().map(c -> c.symbol()).orElse(""));
      row.add(i.unitOfMeasure().orElse(""));
      row.add(i.direction().map(d -> d.label()).orElse(""));
      row.add(i.weight().map(w -> w.toPlainString()).orElse(""));
    }
    return row;
  }

  private static List<String> blanks(int n) {
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
