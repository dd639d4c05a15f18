package io.github.jixiao.serialization;

import io.github.jixiao.core.ProjectTargetTable;

/**
 * Writes project target tables one at a time (表序列写出) into a JSON array, JSON Lines or an XML root of
 * tables, so that memory stays flat however many are written. {@link #close()} finishes the output (the
 * closing bracket or end tag) and closes the underlying stream.
 */
public interface TableSequenceWriter extends Sequence.Writer<ProjectTargetTable> {
  /**
   * Writes one table.
   *
   * @throws WriteException when the table cannot be written in this format
   */
  @Override
  void write(ProjectTargetTable table);

  /** Finishes the output and closes it; failures surface as {@link java.io.UncheckedIOException}. */
  @Override
  void close();
}
