package io.github.jixiao.office.internal;

import io.github.jixiao.office.WorkbookReader;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.files.FormatReader;
import io.github.jixiao.serialization.files.TableInput;
import java.io.InputStream;

/**
 * Excel workbooks at the front door (工作簿格式), found by {@code TableFiles} as a service: a file named
 * {@code .xlsx}, {@code .xls} or {@code .xlsm}, or content that starts as an OOXML zip with a workbook part
 * ({@code xl/…}) or as an OLE2 compound file that is not a Word document, is read by {@link WorkbookReader}
 * with the front door's limits and leniency: into self-evaluation tables when it holds them, else into target
 * tables. Public for {@link java.util.ServiceLoader} only; not API.
 */
public final class WorkbookFormat implements FormatReader {
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

  /** As {@link WorkbookReader#recognizes(byte[])}. */
  @Override
  public boolean recognizes(byte[] head) {
    return WorkbookReader.recognizes(head);
  }

  @Override
  public FormatReader configured(ReadLimits limits, boolean lenient) {
    return new WorkbookFormat(WorkbookReader.builder().limits(limits).lenient(lenient).build());
  }

  @Override
  public TableInput open(InputStream in, String source) {
    return reader.readInput(in, source, name());
  }

  @Override
  public String toString() {
    return "WorkbookFormat[" + reader + "]";
  }
}
