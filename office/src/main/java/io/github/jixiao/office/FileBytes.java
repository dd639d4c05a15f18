package io.github.jixiao.office;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An Office file's bytes (文件字节), read whole within the reader's byte limit, or refused with the reader's own
 * codes: a file that is missing or cannot be read, a stream that fails, a file over the limit (checked without
 * reading more than one byte past it).
 */
final class FileBytes {
  static final FileBytes WORKBOOK = new FileBytes("workbook", WorkbookProblems.UNREADABLE, WorkbookProblems.TOO_LARGE);
  static final FileBytes DOCUMENT = new FileBytes("document", DocumentProblems.UNREADABLE, DocumentProblems.TOO_LARGE);

  private final String kind;
  private final String unreadable;
  private final String tooLarge;

  private FileBytes(String kind, String unreadable, String tooLarge) {
    this.kind = kind;
    this.unreadable = unreadable;
    this.tooLarge = tooLarge;
  }

  byte[] read(Path file, String source, long maxBytes) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source, maxBytes);
    } catch (IOException e) {
      throw unreadable(e, source);
    }
  }

  byte[] read(InputStream in, String source, long maxBytes) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw error(unreadable, source, "the stream could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(source, maxBytes);
    }
    return bytes;
  }

  /** The file is missing, or opening or reading it failed. */
  ReadException unreadable(IOException e, String source) {
    return e instanceof NoSuchFileException ? error(unreadable, source, "no such file", e)
        : error(unreadable, source, "the file could not be read (" + e.getClass().getSimpleName() + ")", e);
  }

  ReadException tooLarge(String source, long maxBytes) {
    return error(tooLarge, source, "the " + kind + " is larger than " + maxBytes
        + " bytes; raise the reader's maxDocumentLength limit", null);
  }

  private static ReadException error(String code, String source, String message, Throwable cause) {
    return new ReadException(ReadProblem.error(code, SourceLocation.at(source, 0, 0), message), cause);
  }
}
