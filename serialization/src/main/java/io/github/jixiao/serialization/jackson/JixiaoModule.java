package io.github.jixiao.serialization.jackson;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the jixiao wire format, version 1 (格式模块): hand-written serializers and
 * deserializers for {@link ProjectTargetTable}, {@link PerformanceTargetDocument}, {@link SelfEvaluationTable} and
 * {@link MonitoringTable}, for JSON and XML
 * mappers alike. It is registered for {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules()} (and so Spring Boot 4) picks it up:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();
 * String json = mapper.writeValueAsString(table);
 * ProjectTargetTable back = mapper.readValue(json, ProjectTargetTable.class);
 * }</pre>
 *
 * <p>Read failures are {@link FormatException}s carrying a coded problem. Unknown properties fail the read
 * whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} (Jackson 3, and Spring Boot, turn it off by
 * default): a property the format does not know is data that would otherwise be lost without a word. To
 * read leniently, with a warning per unknown property, pass a {@link ReadSession}. The codecs
 * ({@code JsonCodec}, {@code XmlCodec}) add hardened limits, lenient warnings and streaming.
 */
public final class JixiaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public JixiaoModule() {
    super("jixiao", Version.unknownVersion());
    addSerializer(ProjectTargetTable.class, new TableSerializer());
    addDeserializer(ProjectTargetTable.class, new TableDeserializer());
    addSerializer(PerformanceTargetDocument.class, new DocumentSerializer());
    addDeserializer(PerformanceTargetDocument.class, new DocumentDeserializer());
    addSerializer(SelfEvaluationTable.class, new SelfEvaluationSerializer());
    addDeserializer(SelfEvaluationTable.class, new SelfEvaluationDeserializer());
    addSerializer(MonitoringTable.class, new MonitoringSerializer());
    addDeserializer(MonitoringTable.class, new MonitoringDeserializer());
  }

  private static ReadSession session(DeserializationContext ctxt) {
    return (ReadSession) ctxt.getAttribute(ReadSession.class);
  }

  private static final class TableSerializer extends ValueSerializer<ProjectTargetTable> {
    @Override
    public void serialize(ProjectTargetTable value, JsonGenerator gen, SerializationContext ctxt) {
      WireFormat.writeTable(gen, value);
    }
  }

  private static final class TableDeserializer extends ValueDeserializer<ProjectTargetTable> {
    @Override
    public ProjectTargetTable deserialize(JsonParser p, DeserializationContext ctxt) {
      return WireFormat.readTable(p, session(ctxt));
    }
  }

  private static final class DocumentSerializer extends ValueSerializer<PerformanceTargetDocument> {
    @Override
    public void serialize(PerformanceTargetDocument value, JsonGenerator gen, SerializationContext ctxt) {
      WireFormat.writeDocument(gen, value);
    }
  }

  private static final class DocumentDeserializer extends ValueDeserializer<PerformanceTargetDocument> {
    @Override
    public PerformanceTargetDocument deserialize(JsonParser p, DeserializationContext ctxt) {
      return WireFormat.readDocument(p, session(ctxt));
    }
  }

  private static final class SelfEvaluationSerializer extends ValueSerializer<SelfEvaluationTable> {
    @Override
    public void serialize(SelfEvaluationTable value, JsonGenerator gen, SerializationContext ctxt) {
      WireFormat.writeSelfEvaluation(gen, value);
    }
  }

  private static final class SelfEvaluationDeserializer extends ValueDeserializer<SelfEvaluationTable> {
    @Override
    public SelfEvaluationTable deserialize(JsonParser p, DeserializationContext ctxt) {
      return WireFormat.readSelfEvaluation(p, session(ctxt));
    }
  }

  private static final class MonitoringSerializer extends ValueSerializer<MonitoringTable> {
    @Override
    public void serialize(MonitoringTable value, JsonGenerator gen, SerializationContext ctxt) {
      WireFormat.writeMonitoring(gen, value);
    }
  }

  private static final class MonitoringDeserializer extends ValueDeserializer<MonitoringTable> {
    @Override
    public MonitoringTable deserialize(JsonParser p, DeserializationContext ctxt) {
      return WireFormat.readMonitoring(p, session(ctxt));
    }
  }
}
