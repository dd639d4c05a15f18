package io.github.jixiao.serialization.internal.codec;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;

/**
 * What a sequence of tables of one kind has at the top (序列根): the item's root, the XML element holding the
 * items (also the name of the list in messages: {@code selfEvaluations[2]}) and the items in words.
 *
 * @param item the root of each table in the sequence
 * @param element the XML root holding the items, and the list's name in paths
 * @param plural the items in messages, e.g. "self-evaluation tables"
 */
public record SequenceRoot<T>(Root<T> item, String element, String plural) {
  public static final SequenceRoot<ProjectTargetTable> TABLES = new SequenceRoot<>(Root.TABLE, "tables", "tables");
  public static final SequenceRoot<SelfEvaluationTable> SELF_EVALUATIONS =
      new SequenceRoot<>(Root.SELF_EVALUATION, "selfEvaluations", "self-evaluation tables");
  public static final SequenceRoot<MonitoringTable> MONITORINGS =
      new SequenceRoot<>(Root.MONITORING, "monitorings", "monitoring tables");
}
