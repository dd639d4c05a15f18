package io.github.jixiao.cli;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.scoring.ScoreCard;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A report written as the run goes (流式报告): its opening, then each file as soon as it is read to its end,
 * then the closing summary. A file's tables are reported one at a time into a {@link Spool}, because every
 * form names a file's counts before its findings.
 */
interface ReportWriter {

  /** Writes what comes before the first file. */
  void begin(Writer out) throws IOException;

  /** Reports table {@code index} of a file and its findings into the file's {@code body}. */
  void table(Spool body, int index, ProjectTargetTable table, List<FileReport.Located> findings);

  /**
   * Reports self-evaluation table {@code index} of a file, its findings and the scores the policy computes for it
   * ({@code card}, beside the published ones) into the file's {@code body}.
   */
  void selfEvaluation(Spool body, int index, SelfEvaluationTable table, List<FileReport.EvaluationLocated> findings,
      ScoreCard card);

  /** Reports monitoring table {@code index} of a file and its findings into the file's {@code body}. */
  void monitoring(Spool body, int index, MonitoringTable table, List<FileReport.EvaluationLocated> findings);

  /** Writes file number {@code index} (0-based): its heading and counts, then its {@code body}. */
  void file(Writer out, int index, FileReport file, Spool body) throws IOException;

  /** Writes what comes after the last file: the totals over {@code files}. */
  void end(Writer out, List<FileReport> files) throws IOException;
}
