package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.sheet.SheetReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One worksheet part of an {@code .xlsx} read as a stream (流式工作表), once, element by element: the columns'
 * hidden flags and styles ({@code <cols>}, before the cells), each row and cell ({@code <sheetData>}) read as
 * displayed, as {@link CellText} reads a cell POI holds in memory, and the merged regions ({@code <mergeCells>},
 * after the cells), all into {@link SheetCells}. Everything else of the part (formatting, print setup,
 * drawings) is passed over unparsed.
 */
final class XlsxSheet {
  /** A run of columns ({@code <col min max>}, 0-based here) with its style and hidden flag. */
  private record Columns(int first, int last, int style, boolean hidden) {}

  private final XlsxWorkbook book;
  private final CellText text = new CellText();
  private final StringBuilder chars = new StringBuilder();
  /**
   * Texts already met, to hand out one instance of each: a sheet of form tables repeats its labels and many
   * values thousands of times, and each would otherwise be a string of its own for as long as the read lasts.
   */
  private final Map<String, String> seen = new HashMap<>();

  XlsxSheet(XlsxWorkbook book) {
    this.book = book;
  }

  /** The sheet's rows that hold text; hidden rows and columns holding text are added to {@code warnings}. */
  SheetReader.Sheet read(InputStream part, SheetCells cells, String source, List<ReadProblem> warnings)
      throws XMLStreamException {
    List<Columns> columns = new ArrayList<>();
    XMLStreamReader x = book.xml().reader(part, source);
    try {
      int row = -1;
      int column = -1;
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (x.getLocalName()) {
          case "col" -> columns.add(new Columns(integer(x.getAttributeValue(null, "min"), 1) - 1,
              integer(x.getAttributeValue(null, "max"), 1) - 1, integer(x.getAttributeValue(null, "style"), -1),
              XlsxXml.isTrue(x.getAttributeValue(null, "hidden"))));
          case "row" -> {
            String r = x.getAttributeValue(null, "r");
            row = r == null ? row + 1 : Integer.parseInt(r) - 1;
            if (row < 0) {
              throw new XMLStreamException("row number " + r + " is below 1");
            }
            cells.row(row, XlsxXml.isTrue(x.getAttributeValue(null, "hidden")));
            column = -1;
          }
          case "c" -> {
            column = column(x.getAttributeValue(null, "r"), column);
            cells.cell(row, column, once(cell(x, column, columns)));
          }
          case "mergeCell" -> {
            CellRangeAddress region = CellRangeAddress.valueOf(x.getAttributeValue(null, "ref"));
            cells.merge(region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn());
          }
          default -> { }
        }
      }
    } finally {
      x.close();
    }
    return cells.rows(c -> columns.stream().anyMatch(r -> r.hidden() && r.first() <= c && c <= r.last()),
        warnings);
  }

  /**
   * The text of the cell whose start the reader is at, read to its end: by its type ({@code t}), its value
   * ({@code <v>}, a formula's saved result) or inline string ({@code <is>}), and its style's number format
   * (the cell's own, else its column's, else the workbook's default).
   */
  private String cell(XMLStreamReader x, int column, List<Columns> columns) throws XMLStreamException {
    String type = x.getAttributeValue(null, "t");
    String s = x.getAttributeValue(null, "s");
    String value = null;
    String inline = null;
    boolean formula = false;
    for (int depth = 1; depth > 0; ) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "v" -> value = elementText(x);
          case "is" -> inline = inlineText(x);
          case "f" -> {
            // POI treats a data table's cells as plain cells typed by their saved value.
            formula = !"dataTable".equals(x.getAttributeValue(null, "t"));
            elementText(x);
          }
          default -> depth++;
        }
      }
    }
    if (type == null) {
      type = "n";
    }
    return switch (type) {
      case "s" -> value == null ? "" : book.sharedString(integer(value, -1));
      case "inlineStr" -> inline != null ? XlsxWorkbook.decoded(inline)
          : value != null ? XlsxWorkbook.decoded(value) : "";
      case "str" -> value == null ? "" : XlsxWorkbook.decoded(value);
      case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
      case "e" -> value == null ? "#NULL!" : value;
      case "n" -> value == null && !formula ? "" : number(value, style(s, column, columns));
      default -> value == null ? "" : value;
    };
  }

  private String once(String text) {
    if (text.length() > 64) {
      return text;
    }
    if (seen.size() == 16_384) {
      seen.clear();   // a bound on what is remembered; a sheet's repeated texts are soon met again
    }
    String first = seen.putIfAbsent(text, text);
    return first == null ? text : first;
  }

  private String number(String value, int style) {
    double d;
    if (value == null || value.isEmpty()) {
      d = 0;
    } else {
      try {
        d = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        return value;   // not a number after all: kept as written, for the sheet reader to report
      }
    }
    return text.number(d, book.formatIndex(style), book.formatString(style), book.isDate1904());
  }

  private static int style(String s, int column, List<Columns> columns) {
    if (s != null) {
      return integer(s, 0);
    }
    for (Columns c : columns) {
      if (c.style() >= 0 && c.first() <= column && column <= c.last()) {
        return c.style();
      }
    }
    return 0;
  }

  /** The text of the element the reader is at, read to its end. */
  private String elementText(XMLStreamReader x) throws XMLStreamException {
    chars.setLength(0);
    for (int depth = 1; depth > 0; ) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        chars.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
      }
    }
    return chars.toString();
  }

  /** An inline string's text: its {@code <t>} and its runs' {@code <t>}, without phonetic runs ({@code <rPh>}). */
  private String inlineText(XMLStreamReader x) throws XMLStreamException {
    chars.setLength(0);
    boolean inText = false;
    int phonetic = 0;
    for (int depth = 1; depth > 0; ) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (x.getLocalName().equals("rPh")) {
          phonetic++;
        }
        inText = x.getLocalName().equals("t") && phonetic == 0;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (x.getLocalName().equals("rPh")) {
          phonetic--;
        }
        inText = false;
      } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE)) {
        chars.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
      }
    }
    return chars.toString();
  }

  /** The 0-based column of a reference such as {@code AB12}; without one, the column after the previous cell. */
  private static int column(String reference, int previous) {
    if (reference == null) {
      return previous + 1;
    }
    int column = 0;
    int i = 0;
    for (; i < reference.length(); i++) {
      char ch = reference.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        break;
      }
      column = Math.min(column * 26 + (ch - 'A' + 1), 1 << 24);   // far past any sheet, never overflowing
    }
    return i == 0 ? previous + 1 : column - 1;
  }

  private static int integer(String value, int otherwise) {
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
