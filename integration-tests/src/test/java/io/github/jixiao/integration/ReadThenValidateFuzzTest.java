package io.github.jixiao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import io.github.jixiao.validation.TableValidator;
import java.io.ByteArrayInputStream;

/**
 * Whatever table a lenient JSON read accepts, the validator checks without throwing, and gives the same
 * findings after the table goes through XML. Regression mode replays {@code ReadThenValidateFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes (docs/QUALITY.md).
 */
class ReadThenValidateFuzzTest {
  private static final JsonCodec JSON = JsonCodec.builder().lenient(true).build();
  private static final XmlCodec XML = XmlCodec.create();
  private static final TableValidator VALIDATOR = TableValidator.create();

  @FuzzTest(maxDuration = "10m")
  void anythingReadIsValidatedAlikeAfterARoundTrip(byte[] input) {
    ProjectTargetTable table;
    try {
      table = JSON.readTable(new ByteArrayInputStream(input), "fuzz.json").value();
    } catch (ReadException unreadable) {
      return;
    }
    var findings = VALIDATOR.validate(table).findings();
    String xml;
    try {
      xml = XML.write(table);
    } catch (WriteException notXmlText) {
      return;
    }
    assertThat(VALIDATOR.validate(XML.readTable(xml).value()).findings()).isEqualTo(findings);
  }
}
