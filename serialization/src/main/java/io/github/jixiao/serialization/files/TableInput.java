package io.github.jixiao.serialization.files;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.TableSequence;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input being read (读取中的输入): a whole document, or tables that arrive one at a time. A JSON array, JSON
 * Lines or an XML {@code <tables>} root is read table by table, so only the current table is in memory
 * however long the input is; a document, a sheet or a published text is read whole (its reader's size limit
 * bounds it) and then handed out table by table the same way. Close it when done; a read failure part-way
 * ends {@link #tables()} with a {@link io.github.jixiao.serialization.ReadException}. Self-evaluation and monitoring
 * tables are read whole and held in {@link #selfEvaluationTables()} and {@link #monitoringTables()}; such an
 * input hands out no target tables.
 *
 * <pre>{@code
 * try (TableInput input = TableFiles.create().open(Path.of("budget.jsonl"))) {
 *   input.tables().forEachRemaining(table -> report.add(validator.validate(table)));
 * }
 * }</pre>
 */
public final class TableInput implements Closeable {
  private final String source;
  private final String format;
  private final Optional<PerformanceTargetDocument> document;
  private final TableSequence tables;
  private final List<SelfEvaluationTable> selfEvaluationTables;
  private final List<MonitoringTable> monitoringTables;
  private final SourceMap sourceMap;
  private final List<ReadProblem> readWarnings;
  private final Closeable input;

  private TableInput(String source, String format, Optional<PerformanceTargetDocument> document,
      TableSequence tables, SourceMap sourceMap, List<ReadProblem> readWarnings, Closeable input) {
    this(source, format, document, tables, List.of(), List.of(), sourceMap, readWarnings, input);
  }

  private TableInput(String source, String format, Optional<PerformanceTargetDocument> document,
      TableSequence tables, List<SelfEvaluationTable> selfEvaluationTables, List<MonitoringTable> monitoringTables,
      SourceMap sourceMap, List<ReadProblem> readWarnings, Closeable input) {
    this.source = source;
    this.format = Objects.requireNonNull(format, "format");
    this.document = document;
    this.tables = tables;
    this.selfEvaluationTables = List.copyOf(selfEvaluationTables);
    this.monitoringTables = List.copyOf(monitoringTables);
    this.sourceMap = sourceMap;
    this.readWarnings = readWarnings;
    this.input = input;
  }

  /** A document read whole; {@code in} is the stream it was read from, closed with this input. */
  public static TableInput ofDocument(String source, String format, ReadResult<PerformanceTargetDocument> read,
      InputStream in) {
    PerformanceTargetDocument document = read.value();
    return new TableInput(source, format, Optional.of(document), listed(document.tables(), read.warnings()),
        read.sourceMap().orElse(SourceMap.empty()), read.warnings(), in);
  }

  /** Tables read whole (a sheet, a single table); {@code in} is closed with this input. */
  public static TableInput ofTables(String source, String format, ReadResult<List<ProjectTargetTable>> read,
      InputStream in) {
    return new TableInput(source, format, Optional.empty(), listed(read.value(), read.warnings()),
        read.sourceMap().orElse(SourceMap.empty()), read.warnings(), in);
  }

  /** Self-evaluation tables read whole; {@code in} is closed with this input, which hands out no target tables. */
  public static TableInput ofSelfEvaluationTables(String source, String format,
      ReadResult<List<SelfEvaluationTable>> read, InputStream in) {
    return new TableInput(source, format, Optional.empty(), listed(List.of(), read.warnings()), read.value(),
        List.of(), read.sourceMap().orElse(SourceMap.empty()), read.warnings(), in);
  }

  /** Monitoring tables read whole; {@code in} is closed with this input, which hands out no target tables. */
  public static TableInput ofMonitoringTables(String source, String format, ReadResult<List<MonitoringTable>> read,
      InputStream in) {
    return new TableInput(source, format, Optional.empty(), listed(List.of(), read.warnings()), List.of(),
        read.value(), read.sourceMap().orElse(SourceMap.empty()), read.warnings(), in);
  }

  /**
   * Self-evaluation tables read to the end of {@code tables} (a JSON array or JSON Lines, an XML root of several),
   * which owns the stream and is closed; its warnings are the input's.
   */
  public static TableInput ofSelfEvaluationTables(String source, String format, Sequence<SelfEvaluationTable> tables) {
    try (tables) {
      List<SelfEvaluationTable> all = tables.stream().toList();
      return ofSelfEvaluationTables(source, format, ReadResult.of(all, tables.warnings()), InputStream.nullInputStream());
    }
  }

  /** Monitoring tables read to the end of {@code tables}, which owns the stream and is closed. */
  public static TableInput ofMonitoringTables(String source, String format, Sequence<MonitoringTable> tables) {
    try (tables) {
      List<MonitoringTable> all = tables.stream().toList();
      return ofMonitoringTables(source, format, ReadResult.of(all, tables.warnings()), InputStream.nullInputStream());
    }
  }

  /** Tables read one at a time from {@code tables}, which owns the stream. */
  public static TableInput ofSequence(String source, String format, TableSequence tables) {
    return new TableInput(source, format, Optional.empty(), tables, SourceMap.empty(), null, tables);
  }

  /** The name the input is reported under. */
  public String source() {
    return source;
  }

  /** The name of the format it is read in ({@code json}, {@code xml}, {@code sheet}, {@code text}, …). */
  public String format() {
    return format;
  }

  /**
   * The document, when the input is one (a published text, a JSON or XML document): its Part 1 and its
   * tables, which {@link #tables()} also hands out. A validator takes the document's year and unit for
   * tables that lack their own.
   */
  public Optional<PerformanceTargetDocument> document() {
    return document;
  }

  /** The tables, in input order, each read when it is asked for. */
  public TableSequence tables() {
    return tables;
  }

  /** The self-evaluation tables (项目支出绩效自评表), read whole; empty for an input of another kind. */
  public List<SelfEvaluationTable> selfEvaluationTables() {
    return selfEvaluationTables;
  }

  /** The monitoring tables (绩效运行监控表), read whole; empty for an input of another kind. */
  public List<MonitoringTable> monitoringTables() {
    return monitoringTables;
  }

  /** The warnings of what has been read so far (all of them once {@link #tables()} is exhausted). */
  public List<ReadProblem> warnings() {
    return readWarnings == null ? tables.warnings() : readWarnings;
  }

  /** Where each table, row and cell was read, for the readers that keep track (sheets, published text). */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /** Reads what remains and returns the whole input; closes this input. */
  public TableFile readAll() {
    try (TableInput self = this) {
      if (document.isPresent()) {
        return TableFile.of(source, format, document.get(), warnings(), sourceMap);
      }
      if (!selfEvaluationTables.isEmpty() || !monitoringTables.isEmpty()) {
        return TableFile.ofFollowUps(source, format, selfEvaluationTables, monitoringTables, warnings(), sourceMap);
      }
      List<ProjectTargetTable> all = new ArrayList<>();
      tables.forEachRemaining(all::add);
      return TableFile.of(source, format, all, warnings(), sourceMap);
    }
  }

  @Override
  public void close() {
    tables.close();
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TableSequence listed(List<ProjectTargetTable> tables, List<ReadProblem> warnings) {
    Iterator<ProjectTargetTable> it = tables.iterator();
    return TableSequence.of(new TableSequence.Source() {
      @Override
      public ProjectTargetTable nextOrNull() {
        return it.hasNext() ? it.next() : null;
      }

      @Override
      public List<ReadProblem> warnings() {
        return warnings;
      }

      @Override
      public void close() {
        // Nothing to release: the tables were read whole and the stream is closed with the input.
      }
    });
  }
}
