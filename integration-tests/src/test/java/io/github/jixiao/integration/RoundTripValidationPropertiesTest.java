package io.github.jixiao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.RandomTables;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.RandomSheetTables;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.sheet.SheetWriter;
import io.github.jixiao.serialization.xml.XmlCodec;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.TableValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties across modules: a generated table read back from JSON, XML and a sheet equals the table,
 * and the validator gives the same findings on the original and on every copy. A failure names its seed;
 * {@code -Djixiao.seed=…} runs the properties from another seed.
 */
class RoundTripValidationPropertiesTest {
  private static final long FIRST_SEED = RandomTables.seedFromSystemProperty(20_261_125L);
  private static final int RUNS = 300;

  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();
  private static final SheetWriter SHEET_OUT = SheetWriter.create();
  private static final SheetReader SHEET_IN = SheetReader.builder().lenient(false).build();
  private static final TableValidator VALIDATOR = TableValidator.create();

  /** The sheet holds no Part 1 text and keeps to its documented limits: RandomSheetTables generates within them. */
  @Test
  void sheetTablesSurviveJsonXmlAndTheSheetWithTheSameFindings() {
    for (long seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      String context = "seed " + seed + " (rerun with -Djixiao.seed=" + seed + ")";
      List<ProjectTargetTable> tables = new RandomSheetTables(seed).tables();
      List<Finding> findings = VALIDATOR.validate(tables).findings();

      List<ProjectTargetTable> viaJson = new ArrayList<>();
      List<ProjectTargetTable> viaXml = new ArrayList<>();
      for (ProjectTargetTable t : tables) {
        viaJson.add(JSON.readTable(JSON.write(t)).value());
        viaXml.add(XML.readTable(XML.write(t)).value());
      }
      ReadResult<List<ProjectTargetTable>> viaSheet = SHEET_IN.read(
          new ByteArrayInputStream(SHEET_OUT.write(tables).getBytes(StandardCharsets.UTF_8)), "seed-" + seed + ".csv");

      assertThat(viaJson).as("JSON, %s", context).isEqualTo(tables);
      assertThat(viaXml).as("XML, %s", context).isEqualTo(tables);
      assertThat(viaSheet.value()).as("sheet, %s", context).isEqualTo(tables);
      assertThat(VALIDATOR.validate(viaJson).findings()).as("findings after JSON, %s", context).isEqualTo(findings);
      assertThat(VALIDATOR.validate(viaXml).findings()).as("findings after XML, %s", context).isEqualTo(findings);
      assertThat(VALIDATOR.validate(viaSheet.value()).findings()).as("findings after the sheet, %s", context)
          .isEqualTo(findings);
    }
  }

  /** Any Unicode text, every value kind, documents too: JSON and XML keep it, and the findings with it. */
  @Test
  void anyGeneratedTableSurvivesJsonAndXmlWithTheSameFindings() {
    for (long seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      String context = "seed " + seed + " (rerun with -Djixiao.seed=" + seed + ")";
      ProjectTargetTable table = RandomTables.withSeed(seed).xmlSafe().table();
      List<Finding> findings = VALIDATOR.validate(table).findings();
      ProjectTargetTable viaXml = XML.readTable(XML.write(JSON.readTable(JSON.write(table)).value())).value();
      assertThat(viaXml).as(context).isEqualTo(table);
      assertThat(VALIDATOR.validate(viaXml).findings()).as(context).isEqualTo(findings);

      ProjectTargetTable anyText = RandomTables.withSeed(seed).table();
      ProjectTargetTable viaJson = JSON.readTable(JSON.write(anyText)).value();
      assertThat(viaJson).as(context).isEqualTo(anyText);
      assertThat(VALIDATOR.validate(viaJson).findings()).as(context)
          .isEqualTo(VALIDATOR.validate(anyText).findings());
    }
  }
}
