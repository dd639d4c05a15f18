package io.github.jixiao.serialization.files;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.SourceMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one input held, read whole (读取的文件): its target tables — or the document they belong to — or its
 * self-evaluation or monitoring tables, the warnings its reader went past, and where each cell was read when the
 * reader knows. An input holds one kind of table: the lists of the other kinds are empty.
 */
public final class TableFile {
  private final String source;
  private final String format;
  private final List<ProjectTargetTable> tables;
  private final Optional<PerformanceTargetDocument> document;
  private final List<SelfEvaluationTable> selfEvaluationTables;
  private final List<MonitoringTable> monitoringTables;
  private final List<ReadProblem> warnings;
  private final SourceMap sourceMap;

  private TableFile(String source, String format, List<ProjectTargetTable> tables,
      Optional<PerformanceTargetDocument> document, List<SelfEvaluationTable> selfEvaluationTables,
      List<MonitoringTable> monitoringTables, List<ReadProblem> warnings, SourceMap sourceMap) {
    this.source = source;
    this.format = Objects.requireNonNull(format, "format");
    this.tables = List.copyOf(tables);
    this.document = document;
    this.selfEvaluationTables = List.copyOf(selfEvaluationTables);
    this.monitoringTables = List.copyOf(monitoringTables);
    this.warnings = List.copyOf(warnings);
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
  }

  static TableFile of(String source, String format, List<ProjectTargetTable> tables, List<ReadProblem> warnings,
      SourceMap sourceMap) {
    return new TableFile(source, format, tables, Optional.empty(), List.of(), List.of(), warnings, sourceMap);
  }

  static TableFile of(String source, String format, PerformanceTargetDocument document, List<ReadProblem> warnings,
      SourceMap sourceMap) {
    return new TableFile(source, format, document.tables(), Optional.of(document), List.of(), List.of(), warnings,
        sourceMap);
  }

  static TableFile ofFollowUps(String source, String format, List<SelfEvaluationTable> selfEvaluationTables,
      List<MonitoringTable> monitoringTables, List<ReadProblem> warnings, SourceMap sourceMap) {
    return new TableFile(source, format, List.of(), Optional.empty(), selfEvaluationTables, monitoringTables,
        warnings, sourceMap);
  }

  /** The name the input was read under. */
  public String source() {
    return source;
  }

  /** The name of the format it was read in. */
  public String format() {
    return format;
  }

  /** Its target tables in order (a document's tables when it is one); empty for a file of another kind. */
  public List<ProjectTargetTable> tables() {
    return tables;
  }

  /** The document, when the input is one. */
  public Optional<PerformanceTargetDocument> document() {
    return document;
  }

  /** Its self-evaluation tables (项目支出绩效自评表) in order; empty for a file of another kind. */
  public List<SelfEvaluationTable> selfEvaluationTables() {
    return selfEvaluationTables;
  }

  /** Its monitoring tables (绩效运行监控表) in order; empty for a file of another kind. */
  public List<MonitoringTable> monitoringTables() {
    return monitoringTables;
  }

  public List<ReadProblem> warnings() {
    return warnings;
  }

  /** Where each part was read; empty for the formats that do not keep track. */
  public SourceMap sourceMap() {
    return sourceMap;
  }
}
