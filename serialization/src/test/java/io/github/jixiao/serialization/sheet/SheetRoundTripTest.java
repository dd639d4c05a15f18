package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorCategory;
import io.github.jixiao.core.IndicatorSubcategory;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SpendingPlan;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SheetRoundTripTest {
  private final SheetReader reader = SheetReader.create();

  /** A sheet cannot say that a table was cut off: it reads back complete. */
  private static List<ProjectTargetTable> asSheetHoldsThem(List<ProjectTargetTable> tables) {
    return tables.stream().map(t -> t.withComplete(true)).collect(Collectors.toList());
  }

  private List<ProjectTargetTable> roundTrip(SheetWriter writer, List<ProjectTargetTable> tables) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer.write(tables, bytes);
    ReadResult<List<ProjectTargetTable>> result =
        reader.read(new ByteArrayInputStream(bytes.toByteArray()), "roundtrip.csv");
    assertThat(result.warnings()).extracting(ReadProblem::code).isSubsetOf("JX-SHEET-007");  // the writer's BOM
    return result.value();
  }

  @Test
  void everySeedTableReadsBackEqualFromCsv() {
    for (ProjectTargetTable table : SeedTables.all()) {
      assertThat(roundTrip(SheetWriter.create(), List.of(table))).containsExactlyElementsOf(asSheetHoldsThem(List.of(table)));
    }
  }

  @Test
  void allSeedTablesInOneSheetReadBackEqualFromTsv() {
    SheetWriter tsv = SheetWriter.builder().tabSeparated().byteOrderMark(false).build();
    assertThat(roundTrip(tsv, SeedTables.all())).containsExactlyElementsOf(asSheetHoldsThem(SeedTables.all()));
  }

  @Test
  void keepsBlankOtherFundsBlankCheckpointsSplitColumnsAndATableWithoutIndicators() {
    ProjectTargetTable split = SeedTables.weiHardshipGrants().toBuilder()
        .projectCode("13043425P00437410009X")
        .indicators(List.of(Indicator.builder().category(IndicatorCategory.OUTPUT)
            .subcategory(IndicatorSubcategory.QUANTITY).name("全县特困生救助人数").target("100")
            .comparison(Comparison.AT_LEAST).unitOfMeasure("人").direction(Direction.POSITIVE)
            .weight(new BigDecimal("10.5")).build()))
        .build();
    ProjectTargetTable empty = ProjectTargetTable.builder().projectCode("13043425P00000000000A")
        .projectName("没有指标的项目").budget(Budget.empty())
        .spendingPlan(SpendingPlan.ofMonthEnds(3, 6, 10, 12).percents("", "", "60", "")).build();
    List<ProjectTargetTable> tables = List.of(SeedTables.weiGrassrootsOrganisations(), split, empty);
    assertThat(roundTrip(SheetWriter.create(), tables)).containsExactlyElementsOf(tables);
  }

  @Test
  void writesTheSameSheetToTextAndToAReader() {
    String text = SheetWriter.create().write(SeedTables.wei2025());
    assertThat(reader.read(new StringReader(text), "wei.csv").value()).isEqualTo(SeedTables.wei2025());
    assertThat(text).startsWith("单位编码,单位名称,年度,项目编码,项目名称,金额单位,预算数,其中：财政资金,其他资金,资金用途,"
        + "3月底,6月底,10月底,12月底,绩效目标,一级指标,二级指标,三级指标,绩效指标描述,指标值,指标值确定依据\r\n");
  }
}
