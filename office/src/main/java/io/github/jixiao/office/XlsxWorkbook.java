package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.SAXException;

/**
 * An {@code .xlsx} workbook opened for a streaming read (流式工作簿) with POI's event API: the package, the
 * sheets as the workbook part lists them (name, hidden or not, the part), the shared strings without their
 * phonetic runs (as Excel shows them), the number formats of the cell styles and the date system. Only the
 * small parts are parsed here; each sheet's part is handed out as a stream. A package that is no ordinary
 * workbook (Strict Open XML, macro-enabled, another Office document) is refused on opening.
 */
final class XlsxWorkbook implements Closeable {
  /** A sheet as the workbook part lists it, in order. */
  record SheetRef(String name, boolean hidden, String relationId) {}

  private static final Set<String> WORKBOOKS = Set.of(XSSFRelation.WORKBOOK.getContentType(),
      XSSFRelation.TEMPLATE_WORKBOOK.getContentType());
  private static final Set<String> MACRO_WORKBOOKS = Set.of(XSSFRelation.MACROS_WORKBOOK.getContentType(),
      XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(), XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

  private final OPCPackage pkg;
  private final String source;
  private final XlsxXml xml = new XlsxXml();
  private final XSSFReader reader;
  private final List<SheetRef> sheets = new ArrayList<>();
  private boolean date1904;
  private final ReadOnlySharedStringsTable strings;
  private final int[] formatIndexes;
  private final String[] formatStrings;

  private XlsxWorkbook(OPCPackage pkg, String source) throws IOException, OpenXML4JException, XMLStreamException,
      SAXException {
    this.pkg = pkg;
    this.source = source;
    if (pkg.isStrictOoxmlFormat()) {
      throw WorkbookInput.error(WorkbookProblems.STRICT_OOXML, source,
          "the workbook is saved as Strict Open XML, which is not read; save it as an ordinary .xlsx", null);
    }
    PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
    PackagePart main = core == null ? null : pkg.getPart(core);
    String type = main == null ? "" : main.getContentType();
    if (MACRO_WORKBOOKS.contains(type)) {
      throw WorkbookInput.error(WorkbookProblems.MACRO_ENABLED, source, "the workbook is macro-enabled (.xlsm); its "
          + "macros are not run and it is not read: save it as .xlsx", null);
    }
    if (!WORKBOOKS.contains(type)) {
      throw WorkbookInput.error(WorkbookProblems.NOT_A_WORKBOOK, source,
          "not a workbook: the zip holds no Excel workbook", null);
    }
    this.reader = new XSSFReader(pkg);
    try (InputStream in = reader.getWorkbookData()) {
      readWorkbookPart(in);
    }
    // Without the phonetic runs: a cell shows its text, not the reading guide above it.
    this.strings = new ReadOnlySharedStringsTable(pkg, false);
    StylesTable styles = reader.getStylesTable();
    int n = styles == null ? 0 : styles.getNumCellStyles();
    this.formatIndexes = new int[n];
    this.formatStrings = new String[n];
    for (int i = 0; i < n; i++) {
      XSSFCellStyle style = styles.getStyleAt(i);
      formatIndexes[i] = style.getDataFormat();
      formatStrings[i] = style.getDataFormatString();
    }
  }

  /** The workbook in {@code file}, read part by part from the file (nothing is inflated ahead). */
  static XlsxWorkbook open(File file, String source) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file, PackageAccess.READ);
    } catch (RuntimeException | OpenXML4JException e) {
      throw WorkbookInput.failure(e, source, true);
    }
    return open(pkg, source);
  }

  /**
   * The workbook in {@code bytes}, read part by part from them as from a file. A zip whose directory cannot be
   * read (cut off, say) is opened by POI's stream reader, which reads the entries in order and says best what
   * is wrong with them.
   */
  static XlsxWorkbook open(byte[] bytes, String source) {
    OPCPackage pkg;
    try {
      MemoryZip zip;
      try {
        zip = MemoryZip.of(bytes);
      } catch (IOException e) {
        zip = null;
      }
      pkg = zip == null ? OPCPackage.open(new ByteArrayInputStream(bytes)) : OPCPackage.open(zip);
    } catch (IOException | RuntimeException | OpenXML4JException e) {
      throw WorkbookInput.failure(e, source, true);
    }
    return open(pkg, source);
  }

  private static XlsxWorkbook open(OPCPackage pkg, String source) {
    try {
      return new XlsxWorkbook(pkg, source);
    } catch (ReadException e) {
      pkg.revert();
      throw e;
    } catch (IOException | OpenXML4JException | XMLStreamException | SAXException | RuntimeException e) {
      pkg.revert();
      throw WorkbookInput.failure(e, source, true);
    }
  }

  /** Reads the sheet list and the date system from the workbook part. */
  private void readWorkbookPart(InputStream in) throws XMLStreamException {
    XMLStreamReader x = xml.reader(in, source);
    try {
      while (x.hasNext()) {
        if (x.next() != XMLStreamReader.START_ELEMENT) {
          continue;
        }
        switch (x.getLocalName()) {
          case "workbookPr" -> date1904 = XlsxXml.isTrue(x.getAttributeValue(null, "date1904"));
          case "sheet" -> {
            String state = x.getAttributeValue(null, "state");
            sheets.add(new SheetRef(String.valueOf(x.getAttributeValue(null, "name")),
                "hidden".equals(state) || "veryHidden".equals(state),
                x.getAttributeValue(XlsxXml.RELATIONSHIPS_NS, "id")));
          }
          default -> { }
        }
      }
    } finally {
      x.close();
    }
  }

  /** The parser of this read's parts. */
  XlsxXml xml() {
    return xml;
  }

  List<SheetRef> sheets() {
    return sheets;
  }

  /** The sheet's part, or {@code null} when the workbook names a part the package does not have. */
  InputStream sheet(SheetRef sheet) throws IOException {
    try {
      return reader.getSheet(sheet.relationId());
    } catch (OpenXML4JException | IllegalArgumentException e) {
      return null;
    }
  }

  boolean isDate1904() {
    return date1904;
  }

  /** Shared string {@code index} as shown; an index past the table reads as an empty cell, as POI reads it. */
  String sharedString(int index) {
    try {
      return strings.getItemAt(index).getString();
    } catch (IllegalStateException | IndexOutOfBoundsException e) {
      return "";   // POI says so with an IllegalStateException naming every string of the table
    }
  }

  /** A string held in the cell (an inline string, a formula's text result), with Excel's escapes decoded. */
  static String decoded(String text) {
    return text.indexOf("_x") < 0 ? text : new XSSFRichTextString(text).getString();
  }

  int formatIndex(int style) {
    return style >= 0 && style < formatIndexes.length ? formatIndexes[style] : 0;
  }

  String formatString(int style) {
    return style >= 0 && style < formatStrings.length ? formatStrings[style] : "General";
  }

  @Override
  public void close() {
    // Opened to read: reverting releases the file without writing anything back.
    pkg.revert();
  }
}
