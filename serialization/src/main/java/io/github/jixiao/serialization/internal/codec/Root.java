package io.github.jixiao.serialization.internal.codec;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.jackson.WireFormat;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * What a single read or write has at the top (根): the XML root element's name, the words for messages and the
 * walks that read and write it.
 *
 * @param element the root element of the XML format
 * @param what the value in messages, e.g. "a project target table"
 * @param read the walk, called on the root's first token
 * @param write the walk that writes the value
 */
public record Root<T>(String element, String what, BiFunction<JsonParser, ReadSession, T> read,
    BiConsumer<JsonGenerator, T> write) {
  public static final Root<ProjectTargetTable> TABLE =
      new Root<>("table", "a project target table", WireFormat::readTable, WireFormat::writeTable);
  public static final Root<PerformanceTargetDocument> DOCUMENT = new Root<>("document",
      "a performance target document", WireFormat::readDocument, WireFormat::writeDocument);
  public static final Root<SelfEvaluationTable> SELF_EVALUATION = new Root<>("selfEvaluation",
      "a self-evaluation table", WireFormat::readSelfEvaluation, WireFormat::writeSelfEvaluation);
  public static final Root<MonitoringTable> MONITORING = new Root<>("monitoring", "a monitoring table",
      WireFormat::readMonitoring, WireFormat::writeMonitoring);
}
