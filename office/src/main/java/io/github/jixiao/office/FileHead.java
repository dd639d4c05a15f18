package io.github.jixiao.office;

import java.nio.charset.StandardCharsets;

/**
 * The first bytes of a file (文件头), as the front door hands them to a format or a reader holds them: whether
 * they start as a zip or an OLE2 compound file, whether they name a part or stream of one kind of Office file,
 * and whether they look like text (a CSV named as a workbook).
 */
final class FileHead {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  /** The stream a Word 97 document keeps its text in, as an OLE2 directory entry names it. */
  private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

  private final byte[] head;

  FileHead(byte[] head) {
    this.head = head;
  }

  boolean isZip() {
    return startsWith(ZIP);
  }

  /** An OOXML zip whose first entries include a part under {@code folder} ({@code xl/}, {@code word/}). */
  boolean isZipWithPartsUnder(String folder) {
    return startsWith(ZIP) && indexOf(folder.getBytes(StandardCharsets.US_ASCII)) >= 0;
  }

  boolean isCompoundFile() {
    return startsWith(OLE2);
  }

  /** Whether the head names a Word document's stream; the directory may lie past the head, so false proves nothing. */
  boolean namesWordStream() {
    return indexOf(WORD_STREAM) >= 0;
  }

  /** No control character other than tab, line feed, vertical tab, form feed and carriage return in the first 512 bytes. */
  boolean looksLikeText() {
    int n = Math.min(head.length, 512);
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xFF;
      if (b < 0x09 || b > 0x0D && b < 0x20) {
        return false;
      }
    }
    return true;
  }

  private boolean startsWith(byte[] magic) {
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

  private int indexOf(byte[] part) {
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
}
