package io.github.jixiao.serialization.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.TableSequence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The format has no attributes and no namespaces: markup that the parser would read as something else
 * ({@code xsi:nil} emptying an element, an attribute taken for a property, an element of another vocabulary
 * taken for ours) is refused where it stands, in strict and lenient mode alike; a character reference to no
 * XML character is named as such.
 */
class XmlMarkupTest {
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();
  private static final XmlCodec LENIENT = XmlCodec.builder().lenient(true).build();
  private static final String INDICATOR = "<indicator><category>产出指标</category><subcategory>数量指标</subcategory>"
      + "<name>全县特困生救助人数</name><target><text>100人</text></target></indicator>";

  @Test
  void refusesXsiNilThatWouldEmptyTheIndicators() {
    String xml = "<table>\n<projectName>2025年特困生救助金</projectName>\n"
        + "<indicators xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">" + INDICATOR
        + "</indicators>\n</table>";
    ReadProblem p = failure(XML, xml);
    assertThat(p.code()).isEqualTo("JX-XML-011");
    assertThat(p.location().line()).hasValue(3);
    assertThat(p.location().column()).isPresent();
    assertThat(p.message()).contains("<indicators>", "namespace", "xmlns:xsi");
  }

  @Test
  void refusesXsiNilOnCompleteWhoseTextSaysFalse() {
    String xml = "<table xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n<complete xsi:nil=\"true\">false"
        + "</complete>\n</table>";
    assertThat(failure(XML, xml).code()).isEqualTo("JX-XML-011");
    String declaredBelow = "<table>\n<projectName>2025年特困生救助金</projectName>\n<complete"
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">false</complete>\n</table>";
    ReadProblem p = failure(LENIENT, declaredBelow);
    assertThat(p.code()).isEqualTo("JX-XML-011");
    assertThat(p.location().line()).hasValue(3);
  }

  @Test
  void namesXsiNilAsNoNilMarkerWhenItsNamespaceIsDeclaredOnTheRootOfASequence() {
    String xml = "<tables>\n<table><projectCode>13043425P00437410002E</projectCode></table>\n<table>"
        + "<goals xsi:nil=\"true\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/></table>\n</tables>";
    ReadException e = assertThrows(ReadException.class, () -> {
      try (TableSequence tables = XML.readTables(in(xml), "wei.xml")) {
        tables.forEachRemaining(t -> { });
      }
    });
    assertThat(e.problem().code()).isEqualTo("JX-XML-011");
    assertThat(e.problem().location().line()).hasValue(3);
    assertThat(e.problem().location().path()).hasValueSatisfying(path -> assertThat(path).startsWith("tables[1]"));
    assertThat(e.getMessage()).startsWith("wei.xml:3:");
  }

  @Test
  void refusesAnAttributeThatWouldBeReadAsTheProjectName() {
    String xml = "<table projectName=\"2025年特困生救助金\"><fiscalYear>2025</fiscalYear></table>";
    ReadProblem p = failure(XML, xml);
    assertThat(p.code()).isEqualTo("JX-XML-011");
    assertThat(p.message()).contains("attribute projectName", "child element");
    assertThat(failure(LENIENT, xml).code()).isEqualTo("JX-XML-011");
  }

  @Test
  void refusesAnAttributeOnAnIndicatorElement() {
    String xml = "<table>\n<indicators>\n" + INDICATOR.replace("<name>", "<name lang=\"zh\">") + "\n</indicators></table>";
    ReadProblem p = failure(XML, xml);
    assertThat(p.code()).isEqualTo("JX-XML-011");
    assertThat(p.location().line()).hasValue(3);
    assertThat(p.message()).contains("<name>", "lang");
  }

  @Test
  void refusesAnElementOfAForeignNamespaceThatWouldBeReadAsOurs() {
    String xml = "<table><fiscalYear>2025</fiscalYear>\n<x:projectName xmlns:x=\"urn:example:other\">2025年特困生救助金"
        + "</x:projectName></table>";
    ReadProblem p = failure(LENIENT, xml);
    assertThat(p.code()).isEqualTo("JX-XML-011");
    assertThat(p.location().line()).hasValue(2);
    assertThat(p.message()).contains("x:projectName", "urn:example:other");
  }

  @Test
  void refusesADefaultNamespaceOnTheRoot() {
    ReadProblem p = failure(XML, "<table xmlns=\"urn:example:other\"><projectName>2025年特困生救助金</projectName></table>");
    assertThat(p.code()).isEqualTo("JX-XML-011");
    assertThat(p.location().line()).hasValue(1);
    assertThat(p.message()).contains("urn:example:other");
  }

  @Test
  void namesAControlCharacterReferenceForWhatItIs() {
    ReadProblem p = failure(XML, "<table>\n<projectName>&#x1;救助金</projectName></table>");
    assertThat(p.code()).isEqualTo("JX-XML-001");
    assertThat(p.location().line()).hasValue(2);
    assertThat(p.message()).contains("&#x1;", "U+0001", "control character").doesNotContain("DOCTYPE", "entity");
  }

  @Test
  void namesASurrogateReferenceForWhatItIs() {
    ReadProblem p = failure(XML, "<table><projectName>&#xD800;救助金</projectName></table>");
    assertThat(p.code()).isEqualTo("JX-XML-001");
    assertThat(p.message()).contains("&#xD800;", "surrogate").doesNotContain("DOCTYPE");
  }

  @Test
  void namesAReferenceBeyondUnicodeForWhatItIs() {
    ReadProblem p = failure(XML, "<table><projectName>&#x110000;</projectName></table>");
    assertThat(p.code()).isEqualTo("JX-XML-001");
    assertThat(p.message()).contains("U+10FFFF").doesNotContain("DOCTYPE");
  }

  @Test
  void stillReadsAllowedCharacterReferencesAndRefusesAnEntity() {
    assertThat(XML.readTable("<table><projectName>&#x7279;困生&#13;救助金</projectName></table>").value()
        .projectName()).hasValue("特困生\r救助金");
    assertThat(failure(XML, "<table><projectName>&secret;</projectName></table>").code()).isEqualTo("JX-XML-010");
  }

  private static ReadProblem failure(XmlCodec codec, String xml) {
    return assertThrows(ReadException.class, () -> codec.readTable(in(xml), "t.xml")).problem();
  }

  private static ByteArrayInputStream in(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
