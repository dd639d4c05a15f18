package io.github.jixiao.office.internal;

import io.github.jixiao.office.WorkbookReader;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.files.FormatReader;
import io.github.jixiao.serialization.files.TableInput;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Excel workbooks at the front door (工作簿格式), found by {@code TableFiles} as a service: a file named
 * {@code .xlsx}, {@code .xls} or {@code .xlsm}, or content that starts as an OOXML zip with a workbook part
 * ({@code xl/…}) or as an OLE2 compound file that is not a Word document, is read by {@link WorkbookReader}
 * with the front door's limits and leniency. Public for {@link java.util.ServiceLoader} only; not API.
 */
public final class WorkbookFormat implements FormatReader {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] WORKBOOK_PART = "xl/".getBytes(StandardCharsets.US_ASCII);
  /** The stream a Word 97 document keeps its text in, as an OLE2 directory entry names it. */
  private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

  private final WorkbookReader reader;

  /** The format with a reader of the default settings, as the service loader makes it. */
  public WorkbookFormat() {
    this(WorkbookReader.create());
  }

  private WorkbookFormat(WorkbookReader reader) {
    this.reader = reader;
  }

  @Override
  public String name() {
    return "xlsx";
  }

  @Override
  public boolean claims(String fileName) {
    return fileName.endsWith(".xlsx") || fileName.endsWith(".xls") || fileName.endsWith(".xlsm");
  }

  /**
   * An OOXML zip whose first entries include a workbook part, or an OLE2 compound file whose head does not
   * name a Word document's stream (the directory may lie past the head; the reader then refuses a non-workbook
   * with {@code JX-XLSX-002}).
   */
  @Override
  public boolean recognizes(byte[] head) {
    if (startsWith(head, ZIP)) {
      return indexOf(head, WORKBOOK_PART) >= 0;
    }
    return startsWith(head, OLE2) && indexOf(head, WORD_STREAM) < 0;
  }

  @Override
  public FormatReader configured(ReadLimits limits, boolean lenient) {
    return new WorkbookFormat(WorkbookReader.builder().limits(limits).lenient(lenient).build());
  }

  @Override
  public TableInput open(InputStream in, String source) {
    return TableInput.ofTables(source, name(), reader.read(in, source), in);
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] head, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= head.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (head[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public String toString() {
    return "WorkbookFormat[" + reader + "]";
  }
}
