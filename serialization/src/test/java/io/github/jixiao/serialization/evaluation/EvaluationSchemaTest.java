package io.github.jixiao.serialization.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/** The shipped JSON Schema and XSD accept every self-evaluation and monitoring table written, and reject broken ones. */
class EvaluationSchemaTest {
  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();

  private static Schema jsonSchema;
  private static javax.xml.validation.Schema xsd;

  @BeforeAll
  static void loadSchemas() throws Exception {
    try (InputStream in = EvaluationSchemaTest.class.getResourceAsStream(
        "/io/github/jixiao/serialization/json/jixiao-1.schema.json")) {
      jsonSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    xsd = factory.newSchema(EvaluationSchemaTest.class.getResource("/io/github/jixiao/serialization/xml/jixiao-1.xsd"));
  }

  private static List<Error> jsonErrors(String json) {
    return jsonSchema.validate(json, InputFormat.JSON);
  }

  private static String xsdError(String xml) {
    try {
      xsd.newValidator().validate(new StreamSource(new StringReader(xml)));
      return null;
    } catch (SAXException | IOException e) {
      return e.getMessage();
    }
  }

  @Test
  void jsonSchemaAcceptsTheFixturesAndGeneratedTables() {
    assertThat(jsonErrors(JSON.write(EvaluationFixtures.canteen()))).isEmpty();
    assertThat(jsonErrors(JSON.write(EvaluationFixtures.canteenMidYear()))).isEmpty();
    for (long seed = 1; seed <= 100; seed++) {
      String self = JSON.write(RandomEvaluationTables.withSeed(seed, false).selfEvaluation());
      assertThat(jsonErrors(self)).as(self).isEmpty();
      String monitoring = JSON.write(RandomEvaluationTables.withSeed(seed, false).monitoring());
      assertThat(jsonErrors(monitoring)).as(monitoring).isEmpty();
    }
  }

  @Test
  void xsdAcceptsTheFixturesAndGeneratedTables() {
    assertThat(xsdError(XML.write(EvaluationFixtures.canteen()))).isNull();
    assertThat(xsdError(XML.write(EvaluationFixtures.canteenMidYear()))).isNull();
    for (long seed = 1; seed <= 100; seed++) {
      String self = XML.write(RandomEvaluationTables.withSeed(seed, true).selfEvaluation());
      assertThat(xsdError(self)).as(self).isNull();
      String monitoring = XML.write(RandomEvaluationTables.withSeed(seed, true).monitoring());
      assertThat(xsdError(monitoring)).as(monitoring).isNull();
    }
  }

  @Test
  void theSchemasAcceptSequencesOfOneKindAndRejectAMixedOne() {
    String youth = JSON.write(CountyFollowUpTables.youthLeagueVolunteers());
    String water = JSON.write(CountyFollowUpTables.waterBureauMidYear());
    String canteen = JSON.write(EvaluationFixtures.canteen());
    assertThat(jsonErrors("[" + youth + "," + canteen + "]")).isEmpty();
    assertThat(jsonErrors("[" + water + "]")).isEmpty();
    assertThat(jsonErrors("[]")).isEmpty();
    assertThat(jsonErrors("[" + youth + "," + water + "]")).isNotEmpty();

    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var w = XML.writeSelfEvaluationTables(out)) {
      w.write(CountyFollowUpTables.youthLeagueVolunteers());
      w.write(EvaluationFixtures.canteen());
    }
    assertThat(xsdError(out.toString(java.nio.charset.StandardCharsets.UTF_8))).isNull();
    out.reset();
    try (var w = XML.writeMonitoringTables(out)) {
      w.write(CountyFollowUpTables.waterBureauMidYear());
    }
    String monitorings = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(xsdError(monitorings)).isNull();
    assertThat(xsdError(monitorings.replace("<monitorings>", "<selfEvaluations>")
        .replace("</monitorings>", "</selfEvaluations>"))).isNotNull();
  }

  /** Broken self-evaluation JSON: each is rejected by the schema and by the strict reader. */
  static Stream<Arguments> brokenJson() {
    String canteen = JSON.write(EvaluationFixtures.canteen());
    return Stream.of(
        Arguments.of("unknown property in the budget line",
            canteen.replace("\"executionWeight\"", "\"colour\":\"red\",\"executionWeight\"")),
        Arguments.of("score with a comma", canteen.replace("\"score\":\"27\"", "\"score\":\"2,7\"")),
        Arguments.of("unknown grade", canteen.replace("\"grade\":\"EXCELLENT\"", "\"grade\":\"A\"")),
        Arguments.of("actual without text", canteen.replace("\"text\":\"完成\",", "")),
        Arguments.of("unknown absent cell", canteen.replace("\"initialBudget\"]", "\"progress\"]")),
        Arguments.of("format version 2", canteen.replace("\"formatVersion\":1", "\"formatVersion\":2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenJson")
  void brokenJsonIsRejectedByTheSchemaAndTheReader(String name, String json) {
    assertThat(jsonErrors(json)).as(name).isNotEmpty();
    assertThatThrownBy(() -> JSON.readSelfEvaluation(json)).as(name).isInstanceOf(ReadException.class);
  }

  /** Broken monitoring XML: each is rejected by the XSD and by the strict reader. */
  static Stream<Arguments> brokenXml() {
    String midYear = XML.write(EvaluationFixtures.canteenMidYear());
    return Stream.of(
        Arguments.of("unknown element", midYear.replace("<period>", "<colour>red</colour><period>")),
        Arguments.of("rate with a percent sign", midYear.replace("<executionRate>34.77</executionRate>",
            "<executionRate>34.77%</executionRate>")),
        Arguments.of("progress without text", midYear.replace("<text>19800人次</text>", "")),
        Arguments.of("the same element twice", midYear.replace("<period>", "<projectName>again</projectName><period>")),
        Arguments.of("unknown absent cell", midYear.replace("<cell>expectedSpending</cell>", "<cell>score</cell>")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenXml")
  void brokenXmlIsRejectedByTheXsdAndTheReader(String name, String xml) {
    assertThat(xsdError(xml)).as(name).isNotNull();
    assertThatThrownBy(() -> XML.readMonitoring(xml)).as(name).isInstanceOf(ReadException.class);
  }
}
