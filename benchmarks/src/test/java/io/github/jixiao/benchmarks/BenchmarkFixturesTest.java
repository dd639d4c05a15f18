package io.github.jixiao.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.benchmarks.pojo.TablePojo;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.validation.Rule;
import io.github.jixiao.validation.TableValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The pairs compare like with like: the fixtures are what they claim, and the POJOs carry the same cells. */
class BenchmarkFixturesTest {
  @Test
  void largeTableRepeatsTheRealisticRowsWithoutDuplicates() {
    ProjectTargetTable large = BenchmarkTables.withIndicators(BenchmarkTables.LARGE, 1);
    assertThat(BenchmarkTables.realistic().indicators()).hasSize(12);
    assertThat(large.indicators()).hasSize(1_200);
    assertThat(TableValidator.create().validate(large).findings())
        .noneMatch(f -> f.rule() == Rule.DUPLICATE_ROW);
  }

  @Test
  void projectCodesAreTwentyOneCharactersAndDistinctPerSerial() {
    assertThat(BenchmarkTables.withIndicators(12, 99_999).projectCode()).hasValue("13043425P000000099999");
    assertThat(BenchmarkTables.withIndicators(12, 0).projectCode().orElseThrow()).hasSize(21);
  }

  @Test
  void pojoCarriesEveryCellOfTheTable() {
    ProjectTargetTable table = BenchmarkTables.realistic();
    TablePojo pojo = TablePojo.of(table);
    assertThat(pojo.projectCode).isEqualTo(table.projectCode().orElseThrow());
    assertThat(pojo.indicators).hasSize(12);
    assertThat(pojo.indicators.get(5).target.text).isEqualTo("≤5万元");
    assertThat(pojo.indicators.get(5).target.comparison).isEqualTo("AT_MOST");
    assertThat(pojo.spendingPlan).hasSize(4);
  }

  @Test
  void baselineReadsBackWhatItWrites() {
    JsonMapper mapper = JsonMapper.builder().build();
    TablePojo pojo = TablePojo.of(BenchmarkTables.realistic());
    TablePojo back = mapper.readValue(mapper.writeValueAsBytes(pojo), TablePojo.class);
    assertThat(back).usingRecursiveComparison().isEqualTo(pojo);
  }

  @Test
  void documentPairReadsTheSameTablesTheWriterWrote() throws Exception {
    DocumentReadBenchmark pair = new DocumentReadBenchmark();
    pair.setUp();
    try {
      assertThat(pair.sdk().tables()).hasSize(DocumentReadBenchmark.TABLES)
          .isEqualTo(WorkbookReadBenchmark.tables(DocumentReadBenchmark.TABLES));
      // One row of texts per paragraph and per table row: far more rows than tables, none of them assembled.
      assertThat(pair.baseline()).hasSizeGreaterThan(DocumentReadBenchmark.TABLES * 12);
    } finally {
      pair.tearDown();
    }
  }
}
