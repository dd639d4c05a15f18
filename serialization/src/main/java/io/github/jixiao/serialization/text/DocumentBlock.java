package io.github.jixiao.serialization.text;

import io.github.jixiao.serialization.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * One block of a published document that another reader took apart (文档块), such as a Word document read
 * by the office module: a paragraph outside the tables, or one row of a table. {@link
 * TextDocumentReader#read(String, List)} reads a list of them as it reads the same document's text, and names
 * every place by the blocks' own locations.
 */
public sealed interface DocumentBlock {

  /** A paragraph (段落) outside the tables; line breaks inside it read as separate lines of text. */
  record Paragraph(String text, SourceLocation location) implements DocumentBlock {
    public Paragraph {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * A table row (表格行): its cells left to right as the published text lists them, a cell merged across
   * columns once and a cell merged down from the row above as a blank cell.
   */
  record Row(List<Cell> cells) implements DocumentBlock {
    public Row {
      cells = List.copyOf(cells);
      if (cells.isEmpty()) {
        throw new IllegalArgumentException("row: expected at least one cell");
      }
    }
  }

  /** A table cell (单元格): its text, paragraphs separated by line breaks, and where it is. */
  record Cell(String text, SourceLocation location) {
    public Cell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }
  }
}
