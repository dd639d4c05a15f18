package io.github.jixiao.cli;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceMap;
import java.util.List;
import java.util.Optional;

/**
 * What one input file held: its tables, or a whole document (a published text, a JSON or XML document), the
 * warnings its reader went past, and where each cell was read when the reader knows.
 */
final class ReadTables {
  private final String file;
  private final InputFormat format;
  private final List<ProjectTargetTable> tables;
  private final Optional<PerformanceTargetDocument> document;
  private final List<ReadProblem> warnings;
  private final SourceMap sourceMap;

  private ReadTables(String file, InputFormat format, List<ProjectTargetTable> tables,
      Optional<PerformanceTargetDocument> document, List<ReadProblem> warnings, SourceMap sourceMap) {
    this.file = file;
    this.format = format;
    this.tables = List.copyOf(tables);
    this.document = document;
    this.warnings = List.copyOf(warnings);
    this.sourceMap = sourceMap;
  }

  static ReadTables ofTables(String file, InputFormat format, List<ProjectTargetTable> tables,
      List<ReadProblem> warnings, Optional<SourceMap> sourceMap) {
    return new ReadTables(file, format, tables, Optional.empty(), warnings, sourceMap.orElse(SourceMap.empty()));
  }

  static ReadTables ofDocument(String file, InputFormat format, PerformanceTargetDocument document,
      List<ReadProblem> warnings, Optional<SourceMap> sourceMap) {
    return new ReadTables(file, format, document.tables(), Optional.of(document), warnings,
        sourceMap.orElse(SourceMap.empty()));
  }

  String file() {
    return file;
  }

  InputFormat format() {
    return format;
  }

  List<ProjectTargetTable> tables() {
    return tables;
  }

  Optional<PerformanceTargetDocument> document() {
    return document;
  }

  List<ReadProblem> warnings() {
    return warnings;
  }

  SourceMap sourceMap() {
    return sourceMap;
  }
}
