package io.github.jixiao.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.jackson.FormatException;
import io.github.jixiao.serialization.jackson.JixiaoModule;
import io.github.jixiao.serialization.jackson.ReadSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 2 refuses what Jackson 3 refuses, with the same coded, located problem: the hostile corpus of the
 * serialization module (read from its test jar) and broken tables written for this test.
 */
class SameErrorsAsJackson3Test {
  private static final JsonMapper JACKSON3_JSON = JsonMapper.builder().addModule(new JixiaoModule()).build();
  private static final tools.jackson.dataformat.xml.XmlMapper JACKSON3_XML =
      tools.jackson.dataformat.xml.XmlMapper.builder().addModule(new JixiaoModule()).build();
  // Jackson 3 refuses content after the value by default; Jackson 2 only when asked to.
  private static final ObjectMapper JACKSON2_JSON = SameBytesAsJackson3Test.JSON.copy()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectMapper JACKSON2_XML = SameBytesAsJackson3Test.XML.copy()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The serialization module's hostile corpus, read where it is in the reactor, not copied. */
  private static final Path HOSTILE = Path.of("..", "serialization", "src", "test", "resources", "hostile");

  static Stream<Path> hostileFiles() throws IOException {
    Path dir = HOSTILE;
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files = all.filter(f -> f.getFileName().toString().matches("(json|xml)-.*")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("hostileFiles")
  void refusesEachHostileFileAsJackson3Does(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    boolean xml = file.getFileName().toString().startsWith("xml-");
    Outcome three = jackson3(bytes, xml);
    Outcome two = jackson2(bytes, xml);
    assertThat(two).as(file.getFileName().toString()).isEqualTo(three);
  }

  static Stream<String> brokenTables() {
    return Stream.of(
        "{\"formatVersion\":1,\"amountUnit\":\"WAN_YUAN\",\"budget\":{\"total\":\"五万\"}}",
        "{\"formatVersion\":1,\"spendingPlan\":[{\"month\":13,\"percent\":\"30\"}]}",
        "{\"formatVersion\":1,\"spendingPlan\":[{\"percent\":\"30\"}]}",
        "{\"formatVersion\":1,\"fiscalYear\":99999999999}",
        "{\"formatVersion\":1,\n\"indicators\":[{\"name\":\"全县特困生救助人数\",\"target\":{\"text\":\"100人\","
            + "\"amount\":\"99\"}}]}",
        "{\"formatVersion\":1,\"indicators\":[{\"name\":\"x\",\"colour\":\"red\"}]}",
        "{\"formatVersion\":1,\"goals\":[\"全县特困生救助100人\",7]}",
        "{\"formatVersion\":1,\"projectCode\":\"13043425P00437410002E\",\"projectCode\":\"x\"}",
        "{\"formatVersion\":2}",
        "{\"formatVersion\":1,\"unit\":{\"code\":\"712001\"}}",
        "{\"formatVersion\":1,\"goals\":[\"a\"",
        "<table><formatVersion>1</formatVersion><goals><goal>a</goal><item>b</item></goals></table>",
        "<table><formatVersion>1</formatVersion><spendingPlan><checkpoint><month>3月底</month>"
            + "<percent>30%%</percent></checkpoint></spendingPlan></table>",
        "<table><formatVersion>1</formatVersion><complete>yes</complete></table>",
        "<table><formatVersion>1</formatVersion><budget><total><unit>YUAN</unit></total></budget></table>",
        "<table><formatVersion>1</formatVersion><indicators><indicator><category>NOT_A_CATEGORY</category>"
            + "</indicator></indicators></table>",
        "<table><formatVersion>1</formatVersion><goals><goal>a</goal>");
  }

  @ParameterizedTest
  @MethodSource("brokenTables")
  void refusesABrokenTableAsJackson3Does(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    boolean xml = text.startsWith("<");
    Outcome three = jackson3(bytes, xml);
    assertThat(three.problem()).as("Jackson 3 refuses it in the format's words").isNotNull();
    assertThat(jackson2(bytes, xml)).isEqualTo(three);
  }

  @Test
  void warnsOfWhatALenientSessionSkipsAsJackson3Does() throws IOException {
    String json = "{\"formatVersion\":1,\"projectName\":\"2025年特困生救助金\",\"colour\":\"red\",\n"
        + "\"indicators\":[{\"name\":\"受益学生满意度\",\"target\":{\"text\":\"≥90%\",\"kind\":\"DEADLINE\"}}]}";
    ReadSession two = ReadSession.of(ReadSession.Format.JSON, "t.json", true);
    ReadSession three = ReadSession.of(ReadSession.Format.JSON, "t.json", true);
    ObjectReader reader = JACKSON2_JSON.readerFor(ProjectTargetTable.class).withAttribute(ReadSession.class, two);
    ProjectTargetTable t = reader.readValue(json);
    assertThat(t).isEqualTo(JACKSON3_JSON.readerFor(ProjectTargetTable.class)
        .withAttribute(ReadSession.class, three).readValue(json));
    assertThat(two.warnings()).hasSize(2).isEqualTo(three.warnings());
    assertThat(two.warnings().get(0).toString()).contains("t.json:1:").contains("colour");
  }

  @Test
  void throwsADatabindExceptionThatSpringAnswersAsABadRequest() {
    assertThatThrownBy(() -> JACKSON2_JSON.readValue("{\"formatVersion\":1,\"fiscalYear\":\"二〇二五\"}",
        ProjectTargetTable.class))
        .isInstanceOfSatisfying(Jackson2FormatException.class, e -> {
          assertThat(e.problem().code()).isEqualTo("JX-JSON-005");
          assertThat(e.problem().location().path()).hasValue("fiscalYear");
          assertThat(e.getMessage()).doesNotContain("Jackson").contains("1:33");
        })
        .isInstanceOf(com.fasterxml.jackson.databind.DatabindException.class);
  }

  /** How a read ended: the table, or the format's problem, or only that the parser refused the input. */
  record Outcome(ProjectTargetTable table, String problem, boolean refused) {
    static Outcome of(ProjectTargetTable t) {
      return new Outcome(t, null, false);
    }

    static Outcome of(ReadProblem p) {
      return new Outcome(null, p.toString(), true);
    }

    static Outcome refusedByTheParser() {
      return new Outcome(null, null, true);
    }
  }

  private static Outcome jackson3(byte[] bytes, boolean xml) {
    try {
      return Outcome.of((xml ? JACKSON3_XML : JACKSON3_JSON).readValue(bytes, ProjectTargetTable.class));
    } catch (FormatException e) {
      return Outcome.of(e.problem());
    } catch (JacksonException e) {
      return Outcome.refusedByTheParser();
    }
  }

  private static Outcome jackson2(byte[] bytes, boolean xml) {
    try {
      return Outcome.of((xml ? JACKSON2_XML : JACKSON2_JSON).readValue(bytes, ProjectTargetTable.class));
    } catch (Jackson2FormatException e) {
      return Outcome.of(e.problem());
    } catch (JsonProcessingException e) {
      return Outcome.refusedByTheParser();
    } catch (IOException e) {
      throw new AssertionError("no stream failed, yet Jackson 2 says so", e);
    }
  }
}
