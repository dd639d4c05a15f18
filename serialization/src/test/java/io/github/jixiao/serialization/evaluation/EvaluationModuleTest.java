package io.github.jixiao.serialization.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.jackson.JixiaoModule;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

/** A mapper with the jixiao module reads and writes the self-evaluation and monitoring tables as the codecs do. */
class EvaluationModuleTest {

  @Test
  void aJsonMapperWritesWhatTheCodecWritesAndReadsItBack() {
    JsonMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();
    SelfEvaluationTable self = EvaluationFixtures.canteen();
    MonitoringTable midYear = EvaluationFixtures.canteenMidYear();
    String selfJson = mapper.writeValueAsString(self);
    assertThat(selfJson).isEqualTo(JsonCodec.create().write(self));
    EvaluationRoundTripTest.assertSame(mapper.readValue(selfJson, SelfEvaluationTable.class), self);
    String midYearJson = mapper.writeValueAsString(midYear);
    assertThat(midYearJson).isEqualTo(JsonCodec.create().write(midYear));
    EvaluationRoundTripTest.assertSame(mapper.readValue(midYearJson, MonitoringTable.class), midYear);
  }

  @Test
  void anXmlMapperWritesTheirOwnRootElements() {
    XmlMapper mapper = XmlMapper.builder().findAndAddModules().build();
    String self = mapper.writeValueAsString(EvaluationFixtures.canteen());
    assertThat(self).startsWith("<selfEvaluation><formatVersion>1</formatVersion>");
    EvaluationRoundTripTest.assertSame(XmlCodec.create().readSelfEvaluation(self).value(), EvaluationFixtures.canteen());
    String midYear = mapper.writeValueAsString(EvaluationFixtures.canteenMidYear());
    assertThat(midYear).startsWith("<monitoring><formatVersion>1</formatVersion>");
    EvaluationRoundTripTest.assertSame(mapper.readValue(midYear, MonitoringTable.class), EvaluationFixtures.canteenMidYear());
  }
}
