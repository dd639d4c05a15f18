package io.github.jixiao.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

/** The module plugs into any Jackson 3 mapper, found by ServiceLoader as Spring Boot 4 finds it. */
class JixiaoModuleTest {
  /** A user's own request body holding a table, as a Spring controller would receive it. */
  record Submission(String submitter, ProjectTargetTable table, List<ProjectTargetTable> more) {}

  @Test
  void findAndAddModulesPicksTheModuleUpAndWritesWhatTheCodecWrites() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    ProjectTargetTable t = SeedTables.weiHardshipGrants();
    String json = mapper.writeValueAsString(t);
    assertThat(json).isEqualTo(JsonCodec.create().write(t));
    assertThat(mapper.readValue(json, ProjectTargetTable.class)).isEqualTo(t);
  }

  @Test
  void theCodecsOnTheStreamingApiWriteWhatMappersWithTheModuleWrite() {
    PerformanceTargetDocument d = PerformanceTargetDocument.builder().fiscalYear(2021).unit(SeedTables.DINGZHOU_UNIT)
        .tables(SeedTables.dingzhou2021()).build();
    JsonMapper json = JsonMapper.builder().addModule(new JixiaoModule()).build();
    XmlMapper xml = XmlMapper.builder().addModule(new JixiaoModule())
        .enable(tools.jackson.dataformat.xml.XmlWriteFeature.WRITE_XML_DECLARATION).build();
    assertThat(JsonCodec.create().write(d)).isEqualTo(json.writeValueAsString(d));
    assertThat(JsonCodec.builder().prettyPrint(true).build().write(d))
        .isEqualTo(json.writerWithDefaultPrettyPrinter().writeValueAsString(d));
    assertThat(XmlCodec.create().write(d)).isEqualTo(xml.writeValueAsString(d))
        .startsWith("<?xml version='1.0' encoding='UTF-8'?><document>");
    assertThat(XmlCodec.builder().prettyPrint(true).build().write(d))
        .isEqualTo(xml.writerWithDefaultPrettyPrinter().writeValueAsString(d));
  }

  @Test
  void theCodecMapperCarriesTheModuleAndTheCodecLimits() {
    JsonCodec codec = JsonCodec.builder().limits(ReadLimits.builder().maxStringLength(10).build()).build();
    ProjectTargetTable t = SeedTables.weiHardshipGrants();
    assertThat(codec.mapper()).isSameAs(codec.mapper());
    assertThatThrownBy(() -> codec.mapper().readValue(JsonCodec.create().write(t), ProjectTargetTable.class))
        .isInstanceOf(tools.jackson.core.JacksonException.class).hasMessageContaining("10");
  }

  @Test
  void anXmlMapperWritesTheTableAsTheTableElement() {
    XmlMapper mapper = XmlMapper.builder().findAndAddModules().build();
    ProjectTargetTable t = SeedTables.dingzhouMayFourth();
    String xml = mapper.writeValueAsString(t);
    assertThat(xml).startsWith("<table><formatVersion>1</formatVersion>");
    assertThat(mapper.readValue(xml, ProjectTargetTable.class)).isEqualTo(t);
    assertThat(XmlCodec.create().readTable(xml).value()).isEqualTo(t);
  }

  @Test
  void aTableInsideAUsersOwnTypeRoundTrips() {
    JsonMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();
    Submission s = new Submission("张三", SeedTables.weiGrassrootsOrganisations(), SeedTables.dingzhou2021());
    String json = mapper.writeValueAsString(s);
    assertThat(json).startsWith("{\"submitter\":\"张三\",\"table\":{\"formatVersion\":1,");
    assertThat(mapper.readValue(json, Submission.class)).isEqualTo(s);
  }

  @Test
  void aDocumentRoundTripsThroughAPlainMapper() {
    JsonMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();
    PerformanceTargetDocument d = PerformanceTargetDocument.builder().fiscalYear(2025).unit(SeedTables.WEI_UNIT)
        .tables(SeedTables.wei2025()).build();
    assertThat(mapper.readValue(mapper.writeValueAsString(d), PerformanceTargetDocument.class)).isEqualTo(d);
  }

  @Test
  void aFormatErrorIsADatabindExceptionCarryingTheCodedProblem() {
    JsonMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();
    assertThatThrownBy(() -> mapper.readValue("{\"table\":{\"colour\":1}}", Submission.class))
        .isInstanceOf(DatabindException.class)
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.problem().code()).isEqualTo("JX-JSON-004");
          assertThat(e.getMessage()).isEqualTo("<input>:1:11 colour: unknown property \"colour\"; the format (version 1)"
              + " does not define it here [JX-JSON-004]");
        });
  }

  @Test
  void unknownPropertiesFailEvenWhereTheMapperIgnoresThem() {
    JsonMapper mapper = JsonMapper.builder().addModule(new JixiaoModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> mapper.readValue("{\"projectName\":\"p\",\"colour\":1}", ProjectTargetTable.class))
        .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problem().code()).isEqualTo("JX-JSON-004"));
  }

  @Test
  void aLenientSessionCollectsWarnings() {
    JsonMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();
    ReadSession session = ReadSession.of(ReadSession.Format.JSON, "body.json", true);
    ProjectTargetTable t = mapper.readerFor(ProjectTargetTable.class).withAttribute(ReadSession.class, session)
        .readValue("{\"projectName\":\"p\",\"colour\":1}");
    assertThat(t.projectName()).hasValue("p");
    assertThat(session.warnings()).extracting(w -> w.toString())
        .containsExactly("body.json:1:20 colour: unknown property \"colour\"; the format (version 1) does not define it"
            + " here (skipped) [JX-JSON-004]");
  }
}
