package io.github.jixiao.serialization.files;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An Excel workbook met when no format for it is on the class path (缺少工作簿模块): it is recognised, by
 * extension or by its first bytes, only to be refused with a sentence that names the module to add, rather
 * than read as text and refused as binary data.
 */
final class WorkbookWithoutModule implements FormatReader {
  /** A file name a workbook format claims; a front door without such a format keeps this one. */
  static final String PROBE = "book.xlsx";
  static final String CODE = "JX-XLSX-009";

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  /** The folder of an OOXML workbook's parts, as a zip entry name in a local file header. */
  private static final byte[] WORKBOOK_PART = "xl/".getBytes(StandardCharsets.US_ASCII);

  @Override
  public String name() {
    return "xlsx";
  }

  @Override
  public boolean claims(String fileName) {
    return fileName.endsWith(".xlsx") || fileName.endsWith(".xls") || fileName.endsWith(".xlsm");
  }

  /** An OOXML zip with a workbook part among its first entries, or any OLE2 compound file. */
  @Override
  public boolean recognizes(byte[] head) {
    return startsWith(head, ZIP) ? contains(head, WORKBOOK_PART) : startsWith(head, OLE2);
  }

  @Override
  public TableInput open(InputStream in, String source) {
    throw new ReadException(ReadProblem.error(CODE, SourceLocation.at(source, 0, 0),
        "an Excel workbook (.xlsx, .xls) is read by the jixiao-office module, which is not on the class path; "
            + "add the dependency io.github.jixiao:jixiao-office"));
  }

  static boolean startsWith(byte[] head, byte[] magic) {
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

  private static boolean contains(byte[] head, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= head.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (head[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
