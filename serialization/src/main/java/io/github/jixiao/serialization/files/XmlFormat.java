package io.github.jixiao.serialization.files;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Supplier;

/**
 * XML inputs (XML 输入): the root element says what the input holds — {@code <document>}, one {@code <table>},
 * {@code <tables>} read one table at a time, one {@code <selfEvaluation>} or {@code <monitoring>} table, or several
 * under {@code <selfEvaluations>} or {@code <monitorings>}.
 */
final class XmlFormat implements FormatReader {
  private final Supplier<XmlCodec> codec;
  /** The encoding set on the front door, which the head is looked at in; null for the one its bytes show. */
  private final Charset encoding;

  XmlFormat(Supplier<XmlCodec> codec, Charset encoding) {
    this.codec = codec;
    this.encoding = encoding;
  }

  @Override
  public String name() {
    return "xml";
  }

  @Override
  public boolean claims(String fileName) {
    return fileName.endsWith(".xml");
  }

  @Override
  public boolean recognizes(byte[] head) {
    return Head.of(head, encoding).firstChar() == '<';
  }

  @Override
  public TableInput open(InputStream in, String source) {
    XmlCodec xml = codec.get();
    switch (Head.of(Head.peek(in, TableFiles.HEAD_BYTES), encoding).xmlRoot()) {
      case "document":
        return TableInput.ofDocument(source, name(), xml.readDocument(in, source), in);
      case "table":
        ReadResult<ProjectTargetTable> table = xml.readTable(in, source);
        return TableInput.ofTables(source, name(), ReadResult.of(List.of(table.value()), table.warnings()), in);
      case "selfevaluation":
        ReadResult<SelfEvaluationTable> evaluation = xml.readSelfEvaluation(in, source);
        return TableInput.ofSelfEvaluationTables(source, name(),
            ReadResult.of(List.of(evaluation.value()), evaluation.warnings()), in);
      case "selfevaluations":
        return TableInput.ofSelfEvaluationTables(source, name(), xml.readSelfEvaluationTables(in, source));
      case "monitorings":
        return TableInput.ofMonitoringTables(source, name(), xml.readMonitoringTables(in, source));
      case "monitoring":
        ReadResult<MonitoringTable> monitoring = xml.readMonitoring(in, source);
        return TableInput.ofMonitoringTables(source, name(),
            ReadResult.of(List.of(monitoring.value()), monitoring.warnings()), in);
      default:
        return TableInput.ofSequence(source, name(), xml.readTables(in, source));
    }
  }
}
