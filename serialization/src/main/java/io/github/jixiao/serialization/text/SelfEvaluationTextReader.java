package io.github.jixiao.serialization.text;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.ReaderBuilder;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.internal.InputText;
import io.github.jixiao.serialization.internal.text.EvaluationText;
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
 * Reads published self-evaluation tables (项目支出绩效自评表, the national form) from text, as Word's text extraction
 * lays them out or with rows written one a line: the title ({@code 2024年度项目支出绩效自评表}), 项目名称, 主管部门
 * and 实施单位, the budget block under {@code 年初预算数 全年预算数 全年执行数 分值 执行率 得分} (its 年度资金总额 line
 * is the table's {@linkplain io.github.jixiao.core.BudgetExecution budget line}), 年度总体目标 under
 * {@code 预期目标 实际完成情况}, the indicator grid with 实际完成值, 分值, 得分 and 偏差原因分析及改进措施 beside the
 * target table's columns, and the 总分 and 自评等级 rows. The same labels written beside their values
 * ({@code 全年执行数\t110.40}, {@code 总分\t86.50\t自评等级\t良}) read too.
 *
 * <p>A sibling of {@link TextDocumentReader} as {@code SelfEvaluationSheetReader} is the sheet reader's: the rows,
 * labels and grid are read by the same code, so a layout, a warning or a place means here what it means there.
 * Every cell is kept as written; a cell the layout lacks is in the table's absent cells, a blank one is empty.
 * The source map spans each table and indicator row and places each cell, a self-evaluation cell by
 * {@link SourceMap#cell(int, int, io.github.jixiao.core.SelfEvaluationField)}.
 *
 * <pre>{@code
 * ReadResult<List<SelfEvaluationTable>> r = SelfEvaluationTextReader.create().read(Path.of("自评表.txt"));
 * r.value().get(0).indicators().get(3).scoreText();   // Optional[7]
 * }</pre>
 *
 * <p>Thread-safe and reusable; refuses what is not text, or text without a table, as {@link TextDocumentReader}
 * does. When not {@linkplain Builder#lenient lenient} the first warning fails the read as well.
 */
public final class SelfEvaluationTextReader {
  private static final FollowUpText<EvaluationText, SelfEvaluationTable> TABLES = new FollowUpText<>(
      new FollowUpText.Kind<>() {
        @Override
        public EvaluationText cells(int index, String source, List<ReadProblem> warnings, SourceMap.Builder map) {
          return new EvaluationText(index, source, warnings, map);
        }

        @Override
        public SelfEvaluationTable build(EvaluationText cells, ProjectTargetTable target) {
          return cells.build(target);
        }
      }, "self-evaluation table (项目支出绩效自评表)");
  private final ReadLimits limits;
  private final boolean lenient;
  private final Charset encoding;

  private SelfEvaluationTextReader(Builder b) {
    this.limits = b.limits();
    this.lenient = b.isLenient();
    this.encoding = b.encoding().orElse(null);
  }

  /** A lenient reader with the {@linkplain ReadLimits#defaults() default limits}. */
  public static SelfEvaluationTextReader create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a published text holds self-evaluation tables rather than target tables: a table's title names
   * 自评表, or an indicator grid's header names 实际完成值 (完成值, 全年实际值) or 得分.
   */
  public static boolean recognizes(String text) {
    List<TextLine> lines = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      lines.add(TextLine.of(lines.size() + 1, line));
    }
    return EvaluationText.isSelfEvaluation(TableBlocks.of(lines, null, new ArrayList<>()));
  }

  /** As {@link #recognizes(String)}, for a document another reader took apart (a Word document). */
  public static boolean recognizes(List<TextDocumentReader.Block> blocks) {
    return EvaluationText.isSelfEvaluation(TableBlocks.of(LocatedLines.of(blocks).lines(), null, new ArrayList<>()));
  }

  /** Reads a file, reported under its file name. */
  public ReadResult<List<SelfEvaluationTable>> read(Path file) {
    return read(InputText.read(file, limits.maxDocumentLength(), encoding, TextProblems.PREFIX));
  }

  /** Reads a stream to its end (not closed), its encoding set or told as {@link TextDocumentReader} does. */
  public ReadResult<List<SelfEvaluationTable>> read(InputStream in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), encoding, TextProblems.PREFIX));
  }

  /** Reads characters to their end (not closed); {@code sourceName} names it in messages. */
  public ReadResult<List<SelfEvaluationTable>> read(Reader in, String sourceName) {
    return read(InputText.read(in, sourceName, limits.maxDocumentLength(), TextProblems.PREFIX));
  }

  /**
   * Reads a document another reader took apart into paragraphs and table rows (a Word document), exactly as its
   * text would be read, every place named by the blocks' own ({@code 自评.docx table 1 row 9 cell 6}).
   *
   * @param source the document's name for messages
   */
  public ReadResult<List<SelfEvaluationTable>> read(String source, List<TextDocumentReader.Block> blocks) {
    LocatedLines located = LocatedLines.of(blocks);
    try {
      return located.relocate(assemble(source, located.lines(), Optional.empty()));
    } catch (ReadException e) {
      throw located.relocate(e);
    }
  }

  private ReadResult<List<SelfEvaluationTable>> read(InputText input) {
    return assemble(input.source(), TextLines.of(input.text(), input.source(), limits), input.note());
  }

  private ReadResult<List<SelfEvaluationTable>> assemble(String source, List<TextLine> lines,
      Optional<ReadProblem> note) {
    return TABLES.read(source, lines, note, lenient);
  }

  /** Configures a {@link SelfEvaluationTextReader}. */
  public static final class Builder extends ReaderBuilder<Builder, SelfEvaluationTextReader> {
    private Builder() {}

    @Override
    public SelfEvaluationTextReader build() {
      return new SelfEvaluationTextReader(this);
    }

    @Override
    protected Builder self() {
      return this;
    }
  }

  @Override
  public String toString() {
    return "SelfEvaluationTextReader[" + limits + (lenient ? ", lenient" : ", strict")
        + (encoding == null ? "" : ", " + encoding.name()) + "]";
  }
}
