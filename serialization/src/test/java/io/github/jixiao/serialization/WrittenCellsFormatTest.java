package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Checkpoint;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.fixtures.RandomTables;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cells kept as written, and the cells a layout lacks, in JSON and XML v1: added only where they say something. */
class WrittenCellsFormatTest {
  private static final JsonCodec JSON = JsonCodec.create();
  private static final XmlCodec XML = XmlCodec.create();

  @BeforeAll
  static void schemas() throws Exception {
    SchemaConformanceTest.loadSchemas();
  }

  /** The Wei hardship-grants table with every kind of cell a reader used to refuse. */
  static ProjectTargetTable writtenAsFound() {
    ProjectTargetTable wei = SeedTables.weiHardshipGrants();
    return wei.withBudget(Budget.builder()
            .totalCell(WrittenAmount.parse("10000万元", AmountUnit.WAN_YUAN))
            .fiscalFundsCell(WrittenAmount.parse("1,234.50", AmountUnit.WAN_YUAN))
            .otherFundsCell(WrittenAmount.parse("—", AmountUnit.WAN_YUAN)).build())
        .withSpendingPlan(SpendingPlan.builder().addCheckpoint(Checkpoint.parse(Month.MARCH, "三成"))
            .addCheckpoint(Checkpoint.parse(Month.DECEMBER, "100%")).build())
        .withFiscalYearText("二〇二五年")
        .withAmountUnitText("美元")
        .withIndicators(List.of(wei.indicators().get(0).toBuilder().comparisonText("正向").directionText("正向指标")
            .weightText("十分").build(), wei.indicators().get(1).toBuilder().comparisonText(">=").weightText("12.50")
            .build()))
        .withAbsentCells(Set.of(TableField.BASIS, TableField.UNIT_OF_MEASURE));
  }

  @Test
  void writesTheTextBesideTheValueOnlyWhereTheyDiffer() {
    String json = JSON.write(writtenAsFound());
    assertThat(json).contains("\"total\":\"10000\"", "\"totalText\":\"10000万元\"", "\"fiscalFunds\":\"1234.50\"",
        "\"fiscalFundsText\":\"1,234.50\"", "\"otherFundsText\":\"—\"", "\"percentText\":\"三成\"",
        "\"fiscalYearText\":\"二〇二五年\"", "\"amountUnitText\":\"美元\"", "\"comparisonText\":\"正向\"",
        "\"direction\":\"POSITIVE\"", "\"directionText\":\"正向指标\"", "\"weightText\":\"十分\"",
        "\"comparison\":\"AT_LEAST\"", "\"comparisonText\":\">=\"", "\"weight\":\"12.50\"",
        "\"absent\":[\"basis\",\"unitOfMeasure\"]");
    assertThat(json).doesNotContain("\"otherFunds\":", "\"weightText\":\"12.50\"");
  }

  @Test
  void readsBackEqualTextsAndAbsentCellsIncludedFromJsonAndXml() {
    ProjectTargetTable table = writtenAsFound();
    ProjectTargetTable fromJson = JSON.readTable(JSON.write(table)).value();
    assertThat(fromJson).isEqualTo(table);
    assertThat(fromJson.absentCells()).isEqualTo(table.absentCells());
    assertThat(fromJson.budget().totalCell().map(WrittenAmount::text)).contains("10000万元");
    ProjectTargetTable fromXml = XML.readTable(XML.write(table)).value();
    assertThat(fromXml).isEqualTo(table);
    assertThat(fromXml.absentCells()).isEqualTo(table.absentCells());
    assertThat(XML.write(table)).contains("<totalText>10000万元</totalText>",
        "<absent><cell>basis</cell><cell>unitOfMeasure</cell></absent>");
  }

  /** A random table whose cells are written as found: amounts with units, words, hostile text. */
  private static ProjectTargetTable asWritten(RandomTables r, ProjectTargetTable t) {
    String[] amounts = {"5万", "1,234.50", "—", "５．００", "10000元", "2.5亿元", "05", " 7 ", r.text(2), r.targetText()};
    AmountUnit unit = t.amountUnit();
    Budget.Builder budget = t.budget().toBuilder();
    budget.totalCell(WrittenAmount.parse(amounts[(int) (r.seed() % amounts.length)], unit));
    budget.otherFundsCell(WrittenAmount.parse(r.text(2), unit));
    List<Indicator> rows = new ArrayList<>();
    for (Indicator i : t.indicators()) {
      rows.add(i.toBuilder().comparisonText(r.text(1)).directionText(r.text(1)).weightText(r.text(1)).build());
    }
    SpendingPlan.Builder plan = SpendingPlan.builder();
    for (Checkpoint c : t.spendingPlan().checkpoints()) {
      plan.addCheckpoint(Checkpoint.parse(c.month(), r.text(2)));
    }
    EnumSet<TableField> absent = EnumSet.noneOf(TableField.class);
    for (TableField f : TableField.values()) {
      if (f != TableField.TABLE && r.text(1).isEmpty()) {
        absent.add(f);
      }
    }
    return t.withBudget(budget.build()).withIndicators(rows).withSpendingPlan(plan.build())
        .withFiscalYearText(r.text(2)).withAmountUnitText(r.text(1)).withAbsentCells(absent);
  }

  @Test
  void randomCellsAsWrittenReadBackEqualFromJsonAndXmlAndMatchTheSchemas() {
    for (long seed = 1; seed <= 300; seed++) {
      RandomTables r = RandomTables.withSeed(seed).xmlSafe();
      ProjectTargetTable t = asWritten(r, r.table());
      String json = JSON.write(t);
      ProjectTargetTable fromJson = JSON.readTable(json).value();
      assertThat(fromJson).as("seed %d: %s", seed, json).isEqualTo(t);
      assertThat(fromJson.absentCells()).as("seed %d", seed).isEqualTo(t.absentCells());
      ProjectTargetTable fromXml = XML.readTable(XML.write(t)).value();
      assertThat(fromXml).as("seed %d", seed).isEqualTo(t);
      assertThat(fromXml.absentCells()).as("seed %d", seed).isEqualTo(t.absentCells());
      assertThat(SchemaConformanceTest.jsonErrors(json)).as("seed %d", seed).isEmpty();
      SchemaConformanceTest.assertXsdValid(XML.write(t));
    }
  }

  @Test
  void aTableWithoutSuchCellsIsWrittenAsBefore() {
    for (ProjectTargetTable t : SeedTables.all()) {
      assertThat(JSON.write(t)).doesNotContain("Text\"", "\"absent\"");
      assertThat(XML.write(t)).doesNotContain("Text>", "<absent>");
    }
    assertThat(JSON.write(ProjectTargetTable.builder().budget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("5.00"),
        Amount.wanYuan("0"))).build())).contains("\"budget\":{\"total\":\"5.00\",\"fiscalFunds\":\"5.00\",\"otherFunds\":\"0\"}");
  }

  @Test
  void leniencyKeepsABudgetOrWeightThatIsNoDecimalAsTextAndStrictnessRefusesIt() {
    String json = JSON.write(SeedTables.weiHardshipGrants()).replaceFirst("\"total\":\"5.00\"", "\"total\":\"250万\"")
        .replaceFirst("\"name\":\"全县特困生救助人数\"", "\"name\":\"全县特困生救助人数\",\"weight\":\"十分\"");
    ReadResult<ProjectTargetTable> r = JSON.readTable(json);
    assertThat(r.value().budget().totalCell()).hasValueSatisfying(cell -> {
      assertThat(cell.text()).isEqualTo("250万");
      assertThat(cell.amount()).contains(Amount.wanYuan("250"));
      assertThat(cell.flaw()).contains(WrittenAmount.Flaw.INCOMPLETE_UNIT);
    });
    assertThat(r.value().indicators().get(0).weightText()).contains("十分");
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-JSON-005", "JX-JSON-005");
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> JsonCodec.builder().lenient(false).build().readTable(json));
    assertThat(e.problem().code()).isEqualTo("JX-JSON-005");
    assertThat(e.problem().location().path()).hasValueSatisfying(p -> assertThat(p).contains("budget.total"));
  }

  @Test
  void aTextThatDisagreesWithTheValueBesideItIsKeptWithAWarning() {
    String json = JSON.write(writtenAsFound()).replace("\"total\":\"10000\"", "\"total\":\"9\"");
    ReadResult<ProjectTargetTable> r = JSON.readTable(json);
    assertThat(r.value().budget().totalCell().map(WrittenAmount::text)).contains("10000万元");
    assertThat(r.warnings()).extracting(ReadProblem::code).containsExactly("JX-JSON-007");
  }
}
