package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import java.io.StringReader;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variants of our Wei-layout document, one per tolerance the published texts need. */
class TextToleranceTest {
  private final TextDocumentReader reader = TextDocumentReader.create();

  private ReadResult<PerformanceTargetDocument> read(String name) {
    return reader.read(TextCorpus.stream(name), name);
  }

  @Test
  void readsCrlfLineEndsAndAByteOrderMarkAsTheLfOriginal() {
    ReadResult<PerformanceTargetDocument> crlf = read("wei-2025-crlf-bom.txt");
    assertThat(crlf.value()).isEqualTo(read("wei-2025-layout.txt").value());
    assertThat(crlf.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-007");
      assertThat(w.severity()).isEqualTo(ReadProblem.Severity.INFO);
    });
  }

  @Test
  void trimsNoBreakAndFullWidthSpacesAroundCellsAndInsideLabels() {
    ReadResult<PerformanceTargetDocument> spaced = read("wei-2025-spaces.txt");
    assertThat(spaced.value().tables()).containsExactlyElementsOf(SeedTables.wei2025());
    assertThat(spaced.warnings()).isEmpty();
  }

  @Test
  void joinsACellWrappedOntoSeveralLinesWithALineBreak() {
    List<ProjectTargetTable> tables = read("wei-2025-wrapped.txt").value().tables();
    assertThat(tables.get(0).fundUse()).contains("创建基层优秀团组织、\n积极响应入团");
    assertThat(tables.get(0).indicators().get(1).description()).contains("先进组织符合要求率\n达到90%");
    assertThat(tables.get(0).withFundUse("创建基层优秀团组织、积极响应入团").withIndicators(
        SeedTables.weiGrassrootsOrganisations().indicators())).isEqualTo(SeedTables.weiGrassrootsOrganisations());
  }

  @Test
  void readsATableWithoutPartOneAndAQuotedFieldCodeInItsTitle() {
    ReadResult<PerformanceTargetDocument> r = read("tables-only-quoted-field-code.txt");
    assertThat(r.value().tables()).containsExactly(SeedTables.weiHardshipGrants());
    assertThat(r.value().overview().isEmpty()).isTrue();
    assertThat(r.value().fiscalYear()).contains(Year.of(2025));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void keepsATableCutOffBeforeItsIndicatorsAndSaysWhereTheTextEnded() {
    ReadResult<PerformanceTargetDocument> r = read("cut-in-table-header.txt");
    ProjectTargetTable cut = r.value().tables().get(0);
    assertThat(cut.complete()).isFalse();
    assertThat(cut.projectCode()).contains("13043425P00450110058B");
    assertThat(cut.budget().fiscalFunds()).isEqualTo(SeedTables.weiGrassrootsOrganisations().budget().fiscalFunds());
    assertThat(cut.budget().otherFunds()).isEmpty();
    assertThat(cut.indicators()).isEmpty();
    int lastLine = TextCorpus.text("cut-in-table-header.txt").split("\n").length;
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-TEXT-020");
      assertThat(w.location().line()).hasValue(lastLine);
      assertThat(w.message()).contains("before its indicator rows");
    });
  }

  @Test
  void takesTheYearFromTheProjectCodeWhenNothingStatesIt() {
    String untitled = TextCorpus.text("tables-only-quoted-field-code.txt").lines().skip(1)
        .reduce("预算项目表\n", (a, b) -> a + b + "\n");
    ReadResult<PerformanceTargetDocument> r = reader.read(new StringReader(untitled), "untitled.txt");
    assertThat(r.value().tables().get(0).fiscalYear()).contains(Year.of(2025));
    assertThat(r.value().tables().get(0).withFiscalYear(Year.of(2025))).isEqualTo(SeedTables.weiHardshipGrants());
  }

  @Test
  void inheritsTheSubcategoryOnlyWithinTheSameCategory() {
    String doc = "项目表\n\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n\n"
        + "\t产出指标\n\t数量指标\n\t人数\n\t\n\t10人\n\t\n\n"
        + "\t\n\t\n\t次数\n\t\n\t2次\n\t\n\n"
        + "\t效益指标\n\t\n\t效果\n\t\n\t明显\n\t计划标准\n";
    List<ProjectTargetTable> tables = reader.read(new StringReader(doc), "x.txt").value().tables();
    assertThat(tables.get(0).indicators()).extracting(i -> i.categoryLabel() + "/" + i.subcategoryLabel())
        .containsExactly("产出指标/数量指标", "产出指标/数量指标", "效益指标/");
  }
}
