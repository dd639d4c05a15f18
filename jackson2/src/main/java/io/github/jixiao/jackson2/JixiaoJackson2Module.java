package io.github.jixiao.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.jackson.ReadSession;
import io.github.jixiao.serialization.jackson.WireFormat;
import io.github.jixiao.serialization.spi.TokenReader;
import io.github.jixiao.serialization.spi.TokenWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The jixiao wire format, version 1, for Jackson 2 mappers (Jackson 2 格式模块): target tables, documents,
 * self-evaluation tables (绩效自评表) and monitoring tables (运行监控表) in the same JSON and XML, byte for
 * byte, as the Jackson 3 module {@code JixiaoModule} writes, and the same located errors when reading. It is
 * registered for {@link java.util.ServiceLoader}, so {@code ObjectMapper.findAndRegisterModules()} finds it;
 * Spring Boot 3 registers every {@code Module} bean in its mapper:
 *
 * <pre>{@code
 * @Bean
 * JixiaoJackson2Module jixiaoModule() {
 *   return new JixiaoJackson2Module();
 * }
 * }</pre>
 *
 * <p>Read failures are {@link Jackson2FormatException}s carrying a coded problem. Unknown properties fail the
 * read whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} (Spring Boot turns it off): a property the
 * format does not know is data that would otherwise be lost without a word. To read leniently, with a warning
 * per unknown property, pass a {@link ReadSession} as the reader's attribute keyed by its class.
 */
public final class JixiaoJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public JixiaoJackson2Module() {
    super("jixiao", Version.unknownVersion());
    addSerializer(ProjectTargetTable.class, new Writing<>(ProjectTargetTable.class, WireFormat::writeTable));
    addDeserializer(ProjectTargetTable.class, new Reading<>(WireFormat::readTable));
    addSerializer(PerformanceTargetDocument.class,
        new Writing<>(PerformanceTargetDocument.class, WireFormat::writeDocument));
    addDeserializer(PerformanceTargetDocument.class, new Reading<>(WireFormat::readDocument));
    addSerializer(SelfEvaluationTable.class,
        new Writing<>(SelfEvaluationTable.class, WireFormat::writeSelfEvaluation));
    addDeserializer(SelfEvaluationTable.class, new Reading<>(WireFormat::readSelfEvaluation));
    addSerializer(MonitoringTable.class, new Writing<>(MonitoringTable.class, WireFormat::writeMonitoring));
    addDeserializer(MonitoringTable.class, new Reading<>(WireFormat::readMonitoring));
  }

  /** One value type written by the format's walk. */
  private static final class Writing<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final BiConsumer<TokenWriter, T> walk;

    Writing(Class<T> type, BiConsumer<TokenWriter, T> walk) {
      this.type = type;
      this.walk = walk;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      try {
        walk.accept(new Jackson2Writer(gen), value);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /** One value type read by the format's walk, with the read's session when the caller passed one. */
  private static final class Reading<T> extends JsonDeserializer<T> {
    private final BiFunction<TokenReader, ReadSession, T> walk;

    Reading(BiFunction<TokenReader, ReadSession, T> walk) {
      this.walk = walk;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return walk.apply(new Jackson2Reader(p), (ReadSession) ctxt.getAttribute(ReadSession.class));
      } catch (ReadException e) {
        throw new Jackson2FormatException(p, e);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
