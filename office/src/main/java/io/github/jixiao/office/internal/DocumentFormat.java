package io.github.jixiao.office.internal;

import io.github.jixiao.office.DocumentReader;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.files.FormatReader;
import io.github.jixiao.serialization.files.TableInput;
import java.io.InputStream;

/**
 * Word documents at the front door (Word 文档格式), found by {@code TableFiles} as a service: a file named
 * {@code .docx} or {@code .doc}, or content that starts as an OOXML zip with a document part ({@code word/…}) or
 * as an OLE2 compound file whose head names the {@code WordDocument} stream, is read by {@link DocumentReader}
 * with the front door's limits and leniency, and reads as the document's text does: a self-evaluation document
 * as self-evaluation tables, any other as a performance-target document. Public for
 * {@link java.util.ServiceLoader} only; not API.
 */
public final class DocumentFormat implements FormatReader {
  private final DocumentReader reader;

  /** The format with a reader of the default settings, as the service loader makes it. */
  public DocumentFormat() {
    this(DocumentReader.create());
  }

  private DocumentFormat(DocumentReader reader) {
    this.reader = reader;
  }

  @Override
  public String name() {
    return "word";
  }

  @Override
  public boolean claims(String fileName) {
    return fileName.endsWith(".docx") || fileName.endsWith(".doc");
  }

  /** As {@link DocumentReader#recognizes(byte[])}. */
  @Override
  public boolean recognizes(byte[] head) {
    return DocumentReader.recognizes(head);
  }

  @Override
  public FormatReader configured(ReadLimits limits, boolean lenient) {
    return new DocumentFormat(DocumentReader.builder().limits(limits).lenient(lenient).build());
  }

  @Override
  public TableInput open(InputStream in, String source) {
    return reader.open(in, source, name());
  }

  @Override
  public String toString() {
    return "DocumentFormat[" + reader + "]";
  }
}
