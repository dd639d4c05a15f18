package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorFramework;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TargetValue;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.sheet.SheetWriter;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * Jazzer fuzz tests (regression mode in a normal build: the inputs under
 * {@code RoundTripFuzzTestInputs/}; set {@code JAZZER_FUZZ=1} to fuzz). A table built from any bytes
 * survives JSON → model → XML → model → JSON; any bytes given to a reader give a table or a
 * {@link ReadException}, nothing else, and a table read that way round-trips.
 */
class RoundTripFuzzTest {
  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();
  private static final JsonCodec LENIENT_JSON = JsonCodec.builder().lenient(true).build();
  private static final XmlCodec LENIENT_XML = XmlCodec.builder().lenient(true).build();
  private static final SheetReader SHEET = SheetReader.create();
  private static final List<Charset> SET = List.of(Charset.forName("GBK"), Charset.forName("GB18030"),
      StandardCharsets.UTF_16LE);
  private static final List<JsonCodec> SET_JSON = SET.stream().map(c -> JsonCodec.builder().encoding(c).build()).toList();
  private static final List<XmlCodec> SET_XML = SET.stream().map(c -> XmlCodec.builder().encoding(c).build()).toList();

  @FuzzTest(maxDuration = "60s")
  void anyTableSurvivesJsonThenXmlThenJson(FuzzedDataProvider data) {
    assertLossless(table(data));
  }

  @FuzzTest(maxDuration = "10m")
  void anyJsonBytesGiveATableOrAReadException(byte[] input) {
    for (JsonCodec codec : new JsonCodec[] {JSON, LENIENT_JSON}) {
      try {
        assertLossless(codec.readTable(new ByteArrayInputStream(input), "fuzz.json").value());
      } catch (ReadException expected) {
        assertThat(expected.problem().code()).startsWith("JX-JSON-");
      }
    }
  }

  /** JSON and XML in an encoding set on the codec, decoded before the parser sees them: GBK, UTF-16 without a mark. */
  @FuzzTest(maxDuration = "10m")
  void anyBytesInASetEncodingGiveATableOrAReadException(byte[] input) {
    for (int i = 0; i < SET.size(); i++) {
      try {
        SET_JSON.get(i).readTable(new ByteArrayInputStream(input), "fuzz.json");
      } catch (ReadException expected) {
        assertThat(expected.problem().code()).startsWith("JX-JSON-");
      }
      try {
        SET_XML.get(i).readTable(new ByteArrayInputStream(input), "fuzz.xml");
      } catch (ReadException expected) {
        assertThat(expected.problem().code()).startsWith("JX-XML-");
      }
    }
  }

  @FuzzTest(maxDuration = "10m")
  void anyXmlBytesGiveATableOrAReadException(byte[] input) {
    for (XmlCodec codec : new XmlCodec[] {XML, LENIENT_XML}) {
      try {
        assertLossless(codec.readTable(new ByteArrayInputStream(input), "fuzz.xml").value());
      } catch (ReadException expected) {
        assertThat(expected.problem().code()).startsWith("JX-XML-");
      }
    }
  }

  /**
   * A table written as a sheet reads back equal but for what a sheet has no column for (framework, cut off),
   * or the writer refuses it naming the value's path; never a sheet the reader refuses or reads changed.
   */
  @FuzzTest(maxDuration = "60s")
  void anyTableWrittenAsASheetReadsBackEqualOrIsRefused(FuzzedDataProvider data) {
    ProjectTargetTable table = table(data);
    String sheet;
    try {
      sheet = SheetWriter.create().write(List.of(table));
    } catch (WriteException refused) {
      assertThat(refused.path()).startsWith("tables[0]");
      return;
    }
    ProjectTargetTable expected = table.withFramework(Optional.empty()).withComplete(true);
    assertThat(SHEET.read(new StringReader(sheet), "fuzz.csv").value()).containsExactly(expected);
  }

  /** Equal models and identical JSON; text that no format can hold is refused on write, by name. */
  private static void assertLossless(ProjectTargetTable table) {
    String json;
    try {
      json = JSON.write(table);
    } catch (WriteException refused) {
      assertThat(refused.getMessage()).contains("unpaired surrogate");
      return;
    }
    ProjectTargetTable fromJson = JSON.readTable(json).value();
    assertThat(fromJson).isEqualTo(table);
    String xml;
    try {
      xml = XML.write(fromJson);
    } catch (WriteException refused) {
      assertThat(refused.getMessage()).contains("XML 1.0 cannot hold");
      return;
    }
    ProjectTargetTable fromXml = XML.readTable(xml).value();
    assertThat(fromXml).isEqualTo(table);
    assertThat(JSON.write(fromXml)).isEqualTo(json);
  }

  private static ProjectTargetTable table(FuzzedDataProvider d) {
    AmountUnit unit = d.pickValue(AmountUnit.values());
    ProjectTargetTable.Builder b = ProjectTargetTable.builder().amountUnit(unit);
    if (d.consumeBoolean()) {
      b.fiscalYear(d.consumeInt(1, 9999));
    }
    if (d.consumeBoolean()) {
      b.unit(d.consumeBoolean() ? BudgetUnit.of(d.consumeString(12), d.consumeString(40))
          : BudgetUnit.ofName(d.consumeString(40)));
    }
    if (d.consumeBoolean()) {
      b.projectCode(d.consumeString(30));
    }
    if (d.consumeBoolean()) {
      b.projectName(d.consumeString(40));
    }
    b.budget(Budget.of(amount(d, unit), amount(d, unit), amount(d, unit)));
    if (d.consumeBoolean()) {
      b.fundUse(d.consumeString(200));
    }
    int checkpoints = d.consumeInt(0, 5);
    for (int i = 0; i < checkpoints; i++) {
      Month m = Month.of(d.consumeInt(1, 12));
      b.spendingPlan(b.build().spendingPlan().toBuilder()
          .addCheckpoint(d.consumeBoolean() ? Checkpoint.of(m, decimal(d)) : Checkpoint.blank(m)).build());
    }
    int goals = d.consumeInt(0, 3);
    for (int i = 0; i < goals; i++) {
      b.addGoal(d.consumeString(60));
    }
    int indicators = d.consumeInt(0, 6);
    for (int i = 0; i < indicators; i++) {
      Indicator.Builder row = Indicator.builder()
          .categoryLabel(d.consumeString(12))
          .subcategoryLabel(d.consumeString(12))
          .name(d.consumeString(30))
          .target(TargetValue.parse(d.consumeString(40)));
      if (d.consumeBoolean()) {
        row.description(d.consumeString(60));
      }
      if (d.consumeBoolean()) {
        row.basis(d.consumeString(20));
      }
      if (d.consumeBoolean()) {
        row.comparison(d.pickValue(Comparison.values()));
      }
      if (d.consumeBoolean()) {
        row.unitOfMeasure(d.consumeString(6));
      }
      if (d.consumeBoolean()) {
        row.direction(d.pickValue(Direction.values()));
      }
      if (d.consumeBoolean()) {
        row.weight(decimal(d));
      }
      b.addIndicator(row.build());
    }
    if (d.consumeBoolean()) {
      b.framework(d.pickValue(IndicatorFramework.values()));
    }
    return b.complete(d.consumeBoolean()).build();
  }

  private static io.github.jixiao.core.Amount amount(FuzzedDataProvider d, AmountUnit tableUnit) {
    if (!d.consumeBoolean()) {
      return null;
    }
    return io.github.jixiao.core.Amount.of(decimal(d), d.consumeBoolean() ? tableUnit : d.pickValue(AmountUnit.values()));
  }

  private static BigDecimal decimal(FuzzedDataProvider d) {
    byte[] bytes = d.consumeBytes(d.consumeInt(1, 20));
    BigInteger unscaled = bytes.length == 0 ? BigInteger.ZERO : new BigInteger(bytes);
    return new BigDecimal(unscaled, d.consumeInt(-20, 40));
  }
}
