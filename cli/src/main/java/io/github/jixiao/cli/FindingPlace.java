package io.github.jixiao.cli;

import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.json.JsonOutput;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in its file a finding was read (问题所在位置): the row (sheets) or line (text) from the reader's source map,
 * a workbook's cell, a Word table's row and column or a paragraph; as the reports name it.
 */
final class FindingPlace {
  private final Optional<SourceLocation> place;
  private final OptionalInt line;
  private final boolean row;
  private final Optional<String> cell;

  FindingPlace(Optional<SourceLocation> place, boolean row) {
    this.place = place;
    this.line = place.map(SourceLocation::line).orElse(OptionalInt.empty());
    this.row = row;
    this.cell = place.flatMap(SourceLocation::reference);
  }

  /** The 1-based row or line, when the reader knew it. */
  OptionalInt line() {
    return line;
  }

  /** Whether {@link #line()} counts sheet rows rather than text lines. */
  boolean isRow() {
    return row;
  }

  /** The cell of a workbook the finding was read from, as a spreadsheet names it: {@code Sheet1!C7}. */
  Optional<String> cell() {
    return cell;
  }

  /** The Word table (1-based) of a finding read from a table of a Word document. */
  OptionalInt wordTable() {
    return place.map(SourceLocation::table).orElse(OptionalInt.empty());
  }

  /** The grid column (1-based) of a finding read from a table of a Word document. */
  OptionalInt wordColumn() {
    return wordTable().isPresent() ? place.get().column() : OptionalInt.empty();
  }

  /** The paragraph (1-based) of a finding read from a paragraph of a Word document. */
  OptionalInt paragraph() {
    return place.map(SourceLocation::paragraph).orElse(OptionalInt.empty());
  }

  /**
   * {@code cell Sheet1!C7}, {@code table 2 row 5 cell 3} (or {@code table 2 row 1} for a whole Word table),
   * {@code paragraph 12}, {@code row 14} or {@code line 212} (单元格 Sheet1!C7, 表2 第5行 第3列, 表2 第1行,
   * 第 12 段, 表格第 14 行, 原文第 212 行); empty when unknown.
   */
  Optional<String> describe(Language language) {
    if (cell.isPresent()) {
      return Optional.of(language.cell(cell.get()));
    }
    Optional<String> inWordTable = place.flatMap(p -> p.tableReference(language.locale()));
    if (inWordTable.isPresent()) {
      return inWordTable;
    }
    if (wordTable().isPresent() && line.isPresent()) {
      return Optional.of(language.wordRow(wordTable().getAsInt(), line.getAsInt()));
    }
    if (paragraph().isPresent()) {
      return Optional.of(language.paragraph(paragraph().getAsInt()));
    }
    return line.isPresent() ? Optional.of(language.place(line.getAsInt(), row)) : Optional.empty();
  }

  /** Adds the JSON report's place properties: {@code row}/{@code line}, {@code cell}, a Word document's. */
  void writeJson(JsonOutput json) {
    if (wordTable().isPresent()) {
      json.name("wordTable").number(wordTable().getAsInt());
      line.ifPresent(r -> json.name("row").number(r));
      wordColumn().ifPresent(column -> json.name("column").number(column));
    } else if (paragraph().isPresent()) {
      json.name("paragraph").number(paragraph().getAsInt());
    } else if (line.isPresent()) {
      json.name(row ? "row" : "line").number(line.getAsInt());
    }
    cell.ifPresent(c -> json.name("cell").string(c));
  }
}
