package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.RandomTables;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/** The shipped JSON Schema and XSD accept everything the codecs write and reject broken documents. */
class SchemaConformanceTest {
  static final String JSON_SCHEMA = "/io/github/jixiao/serialization/json/jixiao-1.schema.json";
  static final String XSD = "/io/github/jixiao/serialization/xml/jixiao-1.xsd";
  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();

  private static Schema jsonSchema;
  private static javax.xml.validation.Schema xsd;

  @BeforeAll
  static void loadSchemas() throws Exception {
    try (InputStream in = SchemaConformanceTest.class.getResourceAsStream(JSON_SCHEMA)) {
      jsonSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    xsd = factory.newSchema(SchemaConformanceTest.class.getResource(XSD));
  }

  static List<Error> jsonErrors(String json) {
    return jsonSchema.validate(json, InputFormat.JSON);
  }

  static void assertXsdValid(String xml) {
    try {
      Validator v = xsd.newValidator();
      v.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      throw new AssertionError(e.getMessage() + "\n" + xml, e);
    }
  }

  static boolean xsdAccepts(String xml) {
    try {
      xsd.newValidator().validate(new StreamSource(new StringReader(xml)));
      return true;
    } catch (SAXException | IOException e) {
      return false;
    }
  }

  @Test
  void jsonSchemaAcceptsEveryWrittenTableAndDocument() {
    List<String> written = new ArrayList<>();
    SeedTables.all().forEach(t -> written.add(JSON.write(t)));
    written.add(JSON.write(Documents.wei2025()));
    written.add(JSON.write(Documents.dingzhou2021()));
    for (long seed = 1; seed <= 200; seed++) {
      written.add(JSON.write(RandomTables.withSeed(seed).table()));
      written.add(JSON.write(RandomTables.withSeed(seed).document()));
    }
    for (String json : written) {
      assertThat(jsonErrors(json)).as(json).isEmpty();
    }
  }

  @Test
  void xsdAcceptsEveryWrittenTableDocumentAndSequence() {
    SeedTables.all().forEach(t -> assertXsdValid(XML.write(t)));
    assertXsdValid(XML.write(Documents.wei2025()));
    assertXsdValid(XML.write(Documents.dingzhou2021()));
    for (long seed = 1; seed <= 200; seed++) {
      assertXsdValid(XML.write(RandomTables.withSeed(seed).xmlSafe().table()));
      assertXsdValid(XML.write(RandomTables.withSeed(seed).xmlSafe().document()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = XML.writeTables(out)) {
      SeedTables.all().forEach(w::write);
    }
    assertXsdValid(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void bothSchemasAcceptCellsKeptAsWrittenAndAbsentCells() {
    assertThat(jsonErrors(JSON.write(WrittenCellsFormatTest.writtenAsFound()))).isEmpty();
    assertXsdValid(XML.write(WrittenCellsFormatTest.writtenAsFound()));
  }

  @Test
  void jsonSchemaAcceptsEveryTableOfASequence() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = JSON.writeTables(out, JsonLayout.LINES)) {
      SeedTables.all().forEach(w::write);
    }
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      assertThat(jsonErrors(line)).isEmpty();
    }
  }

  /** Broken JSON: each is rejected by the schema and by the reader. */
  static Stream<Arguments> brokenJson() {
    String wei = JSON.write(SeedTables.weiGrassrootsOrganisations());
    return Stream.of(
        Arguments.of("unknown property", wei.replace("\"fundUse\"", "\"colour\":\"red\",\"fundUse\"")),
        Arguments.of("decimal with a comma", wei.replace("\"total\":\"5.00\"", "\"total\":\"5,00\"")),
        Arguments.of("month 13", wei.replace("\"month\":3", "\"month\":13")),
        Arguments.of("unknown category code", wei.replaceFirst("\"category\":\"OUTPUT\"", "\"category\":\"INPUT\"")),
        Arguments.of("target without text", wei.replace("\"text\":\"≥22个\",", "")),
        Arguments.of("format version 2", wei.replace("\"formatVersion\":1", "\"formatVersion\":2")),
        Arguments.of("goals as one string", wei.replaceFirst("\"goals\":\\[[^\\]]*\\]", "\"goals\":\"a\"")),
        Arguments.of("unit without name", wei.replaceFirst(",\"name\":\"中国共产主义青年团魏县委员会本级\"", "")),
        Arguments.of("complete as text", wei.replace("\"complete\":true", "\"complete\":\"yes\"")),
        Arguments.of("deadline month 13", wei.replace("\"date\":\"2025-12\"", "\"date\":\"2025-13\"")),
        Arguments.of("unknown amount unit", wei.replace("\"amountUnit\":\"WAN_YUAN\"", "\"amountUnit\":\"DOLLAR\"")),
        Arguments.of("unknown direction", wei.replace("\"basis\":\"年度工作安排\"}", "\"basis\":\"年度工作安排\",\"direction\":\"UP\"}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenJson")
  void brokenJsonIsRejectedByTheSchemaAndTheReader(String name, String json) {
    assertThat(jsonErrors(json)).as(name).isNotEmpty();
    assertThatThrownBy(() -> JSON.readTable(json)).as(name).isInstanceOf(ReadException.class);
  }

  /** Broken XML: each is rejected by the XSD and by the reader. */
  static Stream<Arguments> brokenXml() {
    String wei = XML.write(SeedTables.weiGrassrootsOrganisations());
    return Stream.of(
        Arguments.of("unknown element", wei.replace("<fundUse>", "<colour>red</colour><fundUse>")),
        Arguments.of("decimal with a comma", wei.replace("<total>5.00</total>", "<total><value>5,00</value><unit>YUAN</unit></total>")),
        Arguments.of("month 13", wei.replace("<month>3</month>", "<month>13</month>")),
        Arguments.of("unknown category code", wei.replaceFirst("<category>OUTPUT</category>", "<category>INPUT</category>")),
        Arguments.of("target without text", wei.replace("<text>≥22个</text>", "")),
        Arguments.of("format version 2", wei.replace("<formatVersion>1</formatVersion>", "<formatVersion>2</formatVersion>")),
        Arguments.of("goal outside goals", wei.replace("<goals>", "<goals><item>x</item>")),
        Arguments.of("unit without name", wei.replaceFirst("<name>中国共产主义青年团魏县委员会本级</name>", "")),
        Arguments.of("complete as text", wei.replace("<complete>true</complete>", "<complete>yes</complete>")),
        Arguments.of("the same element twice", wei.replace("<fundUse>", "<projectName>again</projectName><fundUse>")),
        Arguments.of("deadline month 13", wei.replace("<date>2025-12</date>", "<date>2025-13</date>")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenXml")
  void brokenXmlIsRejectedByTheXsdAndTheReader(String name, String xml) {
    assertThat(xsdAccepts(xml)).as(name).isFalse();
    assertThatThrownBy(() -> XML.readTable(xml)).as(name).isInstanceOf(ReadException.class);
  }

  @Test
  void theSchemasInDocsAreTheOnesInTheJar() throws IOException {
    Path docs = Path.of("..", "docs", "schema");
    try (InputStream json = getClass().getResourceAsStream(JSON_SCHEMA);
        InputStream xml = getClass().getResourceAsStream(XSD)) {
      assertThat(Files.readAllBytes(docs.resolve("jixiao-1.schema.json"))).isEqualTo(json.readAllBytes());
      assertThat(Files.readAllBytes(docs.resolve("jixiao-1.xsd"))).isEqualTo(xml.readAllBytes());
    }
  }

  @Test
  void aSequenceTableWrittenAloneMatchesTheRootSchema() {
    ProjectTargetTable t = SeedTables.dingzhouMayFourth();
    assertThat(jsonErrors(JSON.write(t))).isEmpty();
  }
}
