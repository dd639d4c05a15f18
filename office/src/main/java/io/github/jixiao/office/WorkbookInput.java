package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens the bytes of one workbook: at most a given size, recognised by its first bytes (an OOXML zip or an
 * OLE2 compound file, whatever its extension says), and every failure of the library turned into a
 * {@link ReadException} that names the file and says what was expected.
 */
final class WorkbookInput {

  private WorkbookInput() {}

  /**
   * Whether {@code file} is an OOXML zip, to be read from the file part by part; refused when it is missing or
   * larger than {@code maxBytes}, as reading its bytes would.
   */
  static boolean isZipFile(Path file, String source, long maxBytes) {
    try (InputStream in = Files.newInputStream(file)) {
      if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
        throw FileBytes.WORKBOOK.tooLarge(source, maxBytes);
      }
      return new FileHead(in.readNBytes(4)).isZip();
    } catch (IOException e) {
      throw FileBytes.WORKBOOK.unreadable(e, source);
    }
  }

  /** The workbook in {@code bytes}; the caller closes it. */
  static Workbook open(byte[] bytes, String source) {
    FileHead head = new FileHead(bytes);
    boolean zip = head.isZip();
    if (!zip && !head.isCompoundFile()) {
      throw error(WorkbookProblems.NOT_A_WORKBOOK, source, "not a workbook: expected an .xlsx (zip) or .xls file, "
          + "found " + (bytes.length == 0 ? "an empty file" : head.looksLikeText()
              ? "text (a CSV file named as a workbook? read it as a sheet)" : "other binary data"), null);
    }
    if (!zip && isWordDocument(bytes)) {
      throw error(WorkbookProblems.NOT_A_WORKBOOK, source, "not a workbook: a Word document (.doc); name the file "
          + ".doc or read it as format word (--format word)", null);
    }
    Workbook workbook;
    try {
      workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
    } catch (EncryptedDocumentException e) {
      throw error(WorkbookProblems.ENCRYPTED, source,
          "the workbook is protected by a password; save an unprotected copy to read it", e);
    } catch (IOException | RuntimeException e) {
      throw failure(e, source, zip);
    }
    if (workbook instanceof XSSFWorkbook x && x.isMacroEnabled()) {
      close(workbook);
      throw error(WorkbookProblems.MACRO_ENABLED, source,
          "the workbook is macro-enabled (.xlsm); its macros are not run and it is not read: save it as .xlsx", null);
    }
    return workbook;
  }

  /** Whether a compound file holds a Word document's stream; a damaged one is left to the workbook's reading. */
  private static boolean isWordDocument(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntryCaseInsensitive("WordDocument");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Says what the library's failure means for the user, from the failure and the ones it wraps. */
  static ReadException failure(Exception e, String source, boolean zip) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb")) {
        return error(WorkbookProblems.ZIP_BOMB, source, "a part of the workbook expands far beyond its compressed "
            + "size (a zip bomb); it is not read", e);
      }
      if (m.contains("Strict OOXML")) {
        return error(WorkbookProblems.STRICT_OOXML, source,
            "the workbook is saved as Strict Open XML, which is not read; save it as an ordinary .xlsx", e);
      }
      if (m.contains("BIFF8") || m.contains("Workbook entry") || m.contains("WordDocument")
          || m.contains("No valid entries or contents found")) {
        return error(WorkbookProblems.NOT_A_WORKBOOK, source,
            "not a workbook: the " + (zip ? "zip" : "compound file") + " holds no Excel workbook", e);
      }
    }
    return error(WorkbookProblems.DAMAGED, source, "the workbook is damaged or cut off ("
        + e.getClass().getSimpleName() + "); expected a complete " + (zip ? ".xlsx" : ".xls") + " file", e);
  }

  static ReadException damaged(RuntimeException e, String source) {
    return error(WorkbookProblems.DAMAGED, source, "the workbook is damaged (" + e.getClass().getSimpleName()
        + " while reading its cells); expected cells as Excel or LibreOffice save them", e);
  }

  static void close(Workbook workbook) {
    try {
      workbook.close();
    } catch (IOException e) {
      // Read from memory: closing frees buffers and cannot lose data the read returned.
    }
  }

  static ReadException error(String code, String source, String message, Throwable cause) {
    return new ReadException(ReadProblem.error(code, SourceLocation.at(source, 0, 0), message), cause);
  }
}
