package io.github.jixiao.serialization.internal.text;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.SourceMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tables a text holds as a kind of table published beside the target table (a self-evaluation, a
 * monitoring table): each block's target cells by {@link TableText}, its own by the kind's {@link ExtraCells},
 * which then builds it. The text readers of those kinds differ only in the kind.
 *
 * @param <X> the kind's extra cells
 * @param <T> the table it builds
 */
public final class FollowUpText<X extends ExtraCells, T> {
  /** How a kind of table reads its own cells and builds itself. */
  public interface Kind<X extends ExtraCells, T> {
    /** The extra cells of table {@code index}, reporting to {@code warnings} and placing into {@code map}. */
    X cells(int index, String source, List<ReadProblem> warnings, SourceMap.Builder map);

    /** The table, its target cells read into {@code target}. */
    T build(X cells, ProjectTargetTable target);
  }

  private final Kind<X, T> kind;
  /** The form's name in messages: {@code self-evaluation table (项目支出绩效自评表)}. */
  private final String form;

  public FollowUpText(Kind<X, T> kind, String form) {
    this.kind = kind;
    this.form = form;
  }

  /**
   * The tables of {@code lines}; refuses lines without a table. When not {@code lenient} the first warning that
   * fails a strict read fails it.
   */
  public ReadResult<List<T>> read(String source, List<TextLine> lines, Optional<ReadProblem> note, boolean lenient) {
    if (lines.stream().allMatch(TextLine::isBlank)) {
      throw new ReadException(ReadProblem.error(TextProblems.EMPTY, SourceLocation.at(source, 0, 0),
          "empty document: expected the text of a published " + form));
    }
    List<ReadProblem> warnings = new ArrayList<>();
    note.ifPresent(warnings::add);
    List<TableBlock> blocks = TableBlocks.of(lines, source, warnings);
    if (blocks.isEmpty()) {
      throw new ReadException(ReadProblem.error(TextProblems.NOT_A_DOCUMENT, SourceLocation.at(source, 1, 0),
          "not a published " + form + ": found no table (lines that begin with a tab, or cells separated by tabs)"));
    }
    SourceMap.Builder map = SourceMap.builder();
    int lastLine = lines.get(lines.size() - 1).number();
    List<T> tables = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      X cells = kind.cells(i, source, warnings, map);
      ProjectTargetTable t = TableText.read(blocks.get(i), i, source, i == blocks.size() - 1, lastLine, warnings,
          map, cells);
      Optional<Integer> year = TableText.titleYear(blocks.get(i)).or(() -> TableText.codeYear(t));
      tables.add(kind.build(cells, year.map(y -> t.withFiscalYear(Year.of(y))).orElse(t)));
    }
    if (!lenient) {
      warnings.stream().filter(ReadProblem::failsStrictRead).findFirst().ifPresent(w -> {
        throw new ReadException(w);
      });
    }
    return ReadResult.of(List.copyOf(tables), warnings, map.build());
  }
}
