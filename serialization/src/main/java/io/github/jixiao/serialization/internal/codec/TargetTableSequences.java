package io.github.jixiao.serialization.internal.codec;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.Sequence;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.TableSequenceWriter;
import java.util.List;

/**
 * The sequences of target tables under the names the API gave them before sequences of the other kinds
 * existed ({@link TableSequence}, {@link TableSequenceWriter}): the same readers and writers, retyped.
 */
public final class TargetTableSequences {
  private TargetTableSequences() {}

  public static TableSequence reading(Sequence.Source<ProjectTargetTable> source) {
    return TableSequence.of(new TableSequence.Source() {
      @Override
      public ProjectTargetTable nextOrNull() {
        return source.nextOrNull();
      }

      @Override
      public List<ReadProblem> warnings() {
        return source.warnings();
      }

      @Override
      public void close() {
        source.close();
      }
    });
  }

  public static TableSequenceWriter writing(Sequence.Writer<ProjectTargetTable> writer) {
    return new TableSequenceWriter() {
      @Override
      public void write(ProjectTargetTable table) {
        writer.write(table);
      }

      @Override
      public void close() {
        writer.close();
      }
    };
  }
}
