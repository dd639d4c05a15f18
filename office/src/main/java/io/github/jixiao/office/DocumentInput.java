package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens the bytes of one Word document: at most a given size, stored and expanded, recognised by its first
 * bytes and parts (a zip holding {@code word/document.xml}, or an OLE2 compound file holding a
 * {@code WordDocument} stream, whatever the extension says), and every failure of the library turned into a
 * {@link ReadException} that names the file and says what was expected.
 */
final class DocumentInput {
  /** An open document: exactly one of the two is present. */
  record Opened(XWPFDocument docx, HWPFDocument doc) {}

  private DocumentInput() {}

  /** The document in {@code bytes}; the caller closes it. */
  static Opened open(byte[] bytes, String source, long maxBytes) {
    FileHead head = new FileHead(bytes);
    if (head.isZip()) {
      checkZip(bytes, source, maxBytes);
      try {
        return new Opened(new XWPFDocument(new ByteArrayInputStream(bytes)), null);
      } catch (IOException | RuntimeException e) {
        throw failure(e, source, ".docx");
      }
    }
    if (head.isCompoundFile()) {
      return new Opened(null, openDoc(bytes, source));
    }
    throw error(DocumentProblems.NOT_A_DOCUMENT, source, "not a Word document: expected a .docx (zip) or .doc file, "
        + "found " + (bytes.length == 0 ? "an empty file" : head.looksLikeText()
            ? "text (the text of a document? read it with the published-text reader)" : "other binary data"), null);
  }

  /**
   * Walks the zip before the library opens it, inflating every part once and counting: a part expanding past
   * the size limit is a zip bomb, a cut-off zip is damaged, and a zip without {@code word/document.xml} (a
   * workbook, an ODF file) is not a Word document. The library then holds at most what was counted here.
   */
  private static void checkZip(byte[] bytes, String source, long maxBytes) {
    boolean document = false;
    boolean workbook = false;
    long expanded = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        document |= e.getName().equals("word/document.xml");
        workbook |= e.getName().startsWith("xl/");
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          expanded += n;
          if (expanded > maxBytes) {
            throw error(DocumentProblems.ZIP_BOMB, source, "the document's parts expand beyond " + maxBytes
                + " bytes (a zip bomb, or a document larger than the reader's maxDocumentLength limit); it is not read",
                null);
          }
        }
      }
    } catch (ZipException | EOFException | IllegalArgumentException e) {
      // ZipInputStream throws IllegalArgumentException for a part name that is not UTF-8.
      throw error(DocumentProblems.DAMAGED, source, "the document is damaged or cut off (" + e.getClass().getSimpleName()
          + "); expected a complete .docx file", e);
    } catch (IOException e) {
      throw error(DocumentProblems.DAMAGED, source, "the document is damaged (" + e.getClass().getSimpleName()
          + "); expected a complete .docx file", e);
    }
    if (!document) {
      throw error(DocumentProblems.NOT_A_DOCUMENT, source, "not a Word document: the zip holds no word/document.xml"
          + (workbook ? " (it is an Excel workbook: read it with the workbook reader)" : ""), null);
    }
  }

  private static HWPFDocument openDoc(byte[] bytes, String source) {
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw failure(e, source, ".doc");
    }
    DirectoryNode root = fs.getRoot();
    if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
      throw error(DocumentProblems.ENCRYPTED, source,
          "the document is protected by a password; save an unprotected copy to read it", null);
    }
    if (!root.hasEntryCaseInsensitive("WordDocument")) {
      throw error(DocumentProblems.NOT_A_DOCUMENT, source, "not a Word document: the compound file holds no "
          + "WordDocument stream" + (root.hasEntryCaseInsensitive("Workbook")
              ? " (it is an Excel workbook: read it with the workbook reader)" : ""), null);
    }
    try {
      return new HWPFDocument(root);
    } catch (IOException | RuntimeException e) {
      throw failure(e, source, ".doc");
    }
  }

  /** Says what the library's failure means for the user, from the failure and the ones it wraps. */
  private static ReadException failure(Exception e, String source, String kind) {
    if (e instanceof EncryptedDocumentException) {
      return error(DocumentProblems.ENCRYPTED, source,
          "the document is protected by a password; save an unprotected copy to read it", e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb")) {
        return error(DocumentProblems.ZIP_BOMB, source, "a part of the document expands far beyond its compressed "
            + "size (a zip bomb); it is not read", e);
      }
      if (m.contains("DOCTYPE")) {
        return error(DocumentProblems.DTD, source, "a part of the document declares a DTD (which could name "
            + "external entities); such parts are never parsed", e);
      }
    }
    return error(DocumentProblems.DAMAGED, source, "the document is damaged or cut off ("
        + e.getClass().getSimpleName() + "); expected a complete " + kind + " file", e);
  }

  static ReadException damaged(RuntimeException e, String source) {
    return error(DocumentProblems.DAMAGED, source, "the document is damaged (" + e.getClass().getSimpleName()
        + " while reading its text); expected a document as Word or LibreOffice saves it", e);
  }

  static void close(Opened opened) {
    try {
      if (opened.docx() != null) {
        opened.docx().close();
      } else {
        opened.doc().close();
      }
    } catch (IOException e) {
      // Read from memory: closing frees buffers and cannot lose data the read returned.
    }
  }

  static ReadException error(String code, String source, String message, Throwable cause) {
    return new ReadException(ReadProblem.error(code, SourceLocation.at(source, 0, 0), message), cause);
  }
}
