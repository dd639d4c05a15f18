package io.github.jixiao.serialization.text;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.internal.InputText;
import io.github.jixiao.serialization.internal.text.MonitoringText;
import io.github.jixiao.serialization.internal.text.FollowUpText;
import io.github.jixiao.serialization.internal.text.LocatedLines;
import io.github.jixiao.serialization.internal.text.TableBlocks;
import io.github.jixiao.serialization.internal.text.TextLine;
import io.github.jixiao.serialization.internal.text.TextLines;
import io.github.jixiao.serialization.internal.text.TextProblems;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads published monitoring tables (项目支出绩效运行监控表) from text, as Word's text extraction lays them out or with
 * rows written one a line: the title ({@code 2025年项目支出绩效运行监控表}), 项目名称, 主管部门 and 实施单位, 监控期
 * ({@code 1-7月}), the budget block under {@code 年初预算数 全年预算数 1-7月执行数 执行率 全年预计执行数} (its
 * 年度资金总额 line is the table's), 年度总体目标 under {@code 全年目标 1-7月实际完成情况}, and the indicator grid
 * with 1-7月实际完成值 (截至目前完成值), 全年预计完成情况, 偏差原因分析 and 纠偏措施 beside the target table's
 * columns. The same labels written beside their values ({@code 1-7月执行数\t41.60}) read too.
 *
 * <p>A sibling of {@link SelfEvaluationTextReader}, reading through the same code: a layout, a warning or a place
 * means here what it means there. Every cell is kept as written; a cell the layout lacks is in the table's
 * {@linkplain MonitoringTable#absentMonitoringCells() absent cells}, a blank one is empty. The goals' progress to
 * date has no cell in the model and is reported when filled. The source map spans each table and indicator row
 * and places each cell, a monitoring cell by
 * {@link SourceMap#cell(int, int, io.github.jixiao.core.MonitoringField)}.
 *
 * <pre>{@code
 * ReadResult<List<MonitoringTable>> r = MonitoringTextReader.create().read(Path.of("监控表.txt"));
 * r.value().get(0).indicators().get(2).progress().raw();   // 3场
 * }</pre>
 *
 * <p>Thread-safe and reusable; refuses what is not text, or text without a table, as {@link TextDocumentReader}
 * does. When not {@linkplain Builder#lenient lenient} the first warning fails the read as well.
 */
public final class MonitoringTextReader {
  private static final FollowUpText<MonitoringText, MonitoringTable> TABLES = new FollowUpText<>(
      new FollowUpText.Kind<>() {
        @Override
        public MonitoringText cells(int index, String source, List<ReadProblem> warnings, SourceMap.Builder map) {
          return new MonitoringText(index, source, warnings, map);
        }

        @Override
        public MonitoringTable build(MonitoringText cells, ProjectTargetTable target) {
          return cells.build(target);
        }
      }, "monitoring table (项目支出绩效运行监控表)");
  private final ReadLimits limits;
  private final boolean lenient;
  private final Charset encoding;

  private MonitoringTextReader(Builder b) {
    this.limits = b.limits();
    this.lenient = b.isLenient();
    this.encoding = b.encoding().orElse(null);
  }

  /** A lenient reader with the {@linkplain ReadLimits#defaults() default limits}. */
  public static MonitoringTextReader create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a published text holds monitoring tables rather than target or self-evaluation tables: a table's
   * title names 监控表 (运行监控表), or an indicator grid's header names the expected completion (全年预计完成值,
   * 预计全年完成值) or 纠偏措施.
   */
  public static boolean recognizes(String text) {
    List<TextLine> lines = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      lines.add(TextLine.of(lines.size() + 1, line));
    }
    return MonitoringText.isMonitoring(TableBlocks.of(lines, null, new ArrayList<>()));
  }

  /** As {@link #recognizes(String)}, for a document another reader took apart (a Word document). */
  public static boolean recognizes(List<TextDocumentReader.Block> blocks) {
    return MonitoringText.isMonitoring(TableBlocks.of(LocatedLines.of(blocks).lines(), null, new ArrayList<>()));
  }

  /** Reads a file, reported under its file name. */
  public ReadResult<List<MonitoringTable>> read(Path file) {
    return read(InputText.read(file, limits.maxDocumentLength(), encoding, TextProblems.PREFIX));
  }

  /** Reads a stream to its end (not closed), its encoding set or told as {@link TextDocumentReader} does. */
  public ReadResult<List<MonitoringTable>> read(InputStream in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), encoding, TextProblems.PREFIX));
  }

  /** Reads characters to their end (not closed); {@code sourceName} names it in messages. */
  public ReadResult<List<MonitoringTable>> read(Reader in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), TextProblems.PREFIX));
  }

  /**
   * Reads a document another reader took apart into paragraphs and table rows (a Word document), exactly as its
   * text would be read, every place named by the blocks' own ({@code 监控.docx table 1 row 9 cell 6}).
   *
   * @param source the document's name for messages
   */
  public ReadResult<List<MonitoringTable>> read(String source, List<TextDocumentReader.Block> blocks) {
    LocatedLines located = LocatedLines.of(blocks);
    try {
      return located.relocate(assemble(source, located.lines(), Optional.empty()));
    } catch (ReadException e) {
      throw located.relocate(e);
    }
  }

  private ReadResult<List<MonitoringTable>> read(InputText input) {
    return assemble(input.source(), TextLines.of(input.text(), input.source(), limits), input.note());
  }

  private ReadResult<List<MonitoringTable>> assemble(String source, List<TextLine> lines,
      Optional<ReadProblem> note) {
    return TABLES.read(source, lines, note, lenient);
  }

  /** Configures a {@link MonitoringTextReader}. */
  public static final class Builder extends ReaderBuilder<Builder, MonitoringTextReader> {
    private Builder() {}

    @Override
    public MonitoringTextReader build() {
      return new MonitoringTextReader(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }

  @Override
  public String toString() {
    return "MonitoringTextReader[" + limits + (lenient ? ", lenient" : ", strict")
        + (encoding == null ? "" : ", " + encoding.name()) + "]";
  }
}
