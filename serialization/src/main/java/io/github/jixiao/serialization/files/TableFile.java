package io.github.jixiao.serialization.files;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one input held, read whole (读取的文件): its tables — or the document they belong to — the warnings its
 * reader went past, and where each cell was read when the reader knows.
 */
public final class TableFile {
  private final String source;
  private final String format;
  private final List<ProjectTargetTable> tables;
  private final Optional<PerformanceTargetDocument> document;
  private final List<ReadProblem> warnings;
  private final SourceMap sourceMap;

  private TableFile(String source, String format, List<ProjectTargetTable> tables,
      Optional<PerformanceTargetDocument> document, List<ReadProblem> warnings, SourceMap sourceMap) {
    this.source = source;
    this.format = Objects.requireNonNull(format, "format");
    this.tables = List.copyOf(tables);
    this.document = document;
    this.warnings = List.copyOf(warnings);
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
  }

  static TableFile of(String source, String format, List<ProjectTargetTable> tables, List<ReadProblem> warnings,
      SourceMap sourceMap) {
    return new TableFile(source, format, tables, Optional.empty(), warnings, sourceMap);
  }

  static TableFile of(String source, String format, PerformanceTargetDocument document, List<ReadProblem> warnings,
      SourceMap sourceMap) {
    return new TableFile(source, format, document.tables(), Optional.of(document), warnings, sourceMap);
  }

  /** The name the input was read under. */
  public String source() {
    return source;
  }

  /** The name of the format it was read in. */
  public String format() {
    return format;
  }

  /** Its tables in order (a document's tables when it is one). */
  public List<ProjectTargetTable> tables() {
    return tables;
  }

  /** The document, when the input is one. */
  public Optional<PerformanceTargetDocument> document() {
    return document;
  }

  public List<ReadProblem> warnings() {
    return warnings;
  }

  /** Where each part was read; empty for the formats that do not keep track. */
  public SourceMap sourceMap() {
    return sourceMap;
  }
}
