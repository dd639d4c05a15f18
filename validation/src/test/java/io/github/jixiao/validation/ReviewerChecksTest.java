package io.github.jixiao.validation;

import static io.github.jixiao.validation.CleanTables.COST_ROW;
import static io.github.jixiao.validation.CleanTables.QUALITY_ROW;
import static io.github.jixiao.validation.CleanTables.QUANTITY_ROW;
import static io.github.jixiao.validation.CleanTables.SATISFACTION_ROW;
import static io.github.jixiao.validation.CleanTables.TIMELINESS_ROW;
import static io.github.jixiao.validation.CleanTables.withRow;
import static io.github.jixiao.validation.CleanTables.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.ProjectTargetTable;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks a careful reviewer makes, on the Wei facts: each fires on its defect and keeps quiet on its near miss. */
class ReviewerChecksTest {
  private static List<String> findings(ProjectTargetTable table) {
    return TableValidator.create().validate(table).findings().stream()
        .map(f -> f.rule().id() + " " + f.indicator().orElse(-1) + " " + f.field().wireName())
        .collect(Collectors.toList());
  }

  @Test
  void flagsASplitColumnCountWithABlankUnitOfMeasureAtThatCell() {
    ProjectTargetTable t = withRow(QUANTITY_ROW, b -> b.name("资助学生人次").target("5000")
        .comparison(Comparison.AT_LEAST).unitOfMeasure(""));
    assertThat(findings(t)).containsExactly("JX-VALUE-016 0 unitOfMeasure");
    assertThat(findings(withRow(QUANTITY_ROW, b -> b.name("资助学生人次").target("5000")
        .comparison(Comparison.AT_LEAST).unitOfMeasure("人次")))).isEmpty();
  }

  @Test
  void aRateWithoutItsPercentSignIsOneFindingEvenOnATimelinessRow() {
    assertThat(findings(withRow(TIMELINESS_ROW, b -> b.name("资金拨付及时率").target("≥95"))))
        .containsExactly("JX-VALUE-016 2 target");
    assertThat(findings(withRow(TIMELINESS_ROW, b -> b.name("资金拨付及时率").target("≥95%")))).isEmpty();
  }

  @Test
  void aCountWhoseNameGivesItsUnitInBracketsIsQuiet() {
    assertThat(findings(withRow(QUANTITY_ROW, b -> b.name("培训人数（人）").target("≥300")))).isEmpty();
    assertThat(findings(withRow(QUANTITY_ROW, b -> b.name("项目数").target("3")))).isEmpty();
  }

  @Test
  void aBareNumberInACostRowIsInTheTablesUnitNotMissingOne() {
    assertThat(findings(withRow(COST_ROW, b -> b.name("单位成本控制率").target("≤5")))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"±3%以内", "80-100分", "10-15个", "二十二个", "不少于二十二个"})
  void readsTolerancesRangesAndSpelledCountsAsValues(String target) {
    assertThat(findings(withTarget(QUANTITY_ROW, target))).isEmpty();
  }

  @Test
  void holdsACostRangeToTheBudgetByItsUpperEnd() {
    assertThat(findings(withTarget(COST_ROW, "4-6万元"))).containsExactly("JX-MONEY-004 3 target");
    assertThat(findings(withTarget(COST_ROW, "4-5万元"))).isEmpty();
  }

  @Test
  void holdsASatisfactionRangeToTheFloorByItsLowerEnd() {
    assertThat(findings(withTarget(SATISFACTION_ROW, "70%-100%"))).containsExactly("JX-VALUE-015 6 target");
    assertThat(findings(withTarget(SATISFACTION_ROW, "90%-100%"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"及时", "按时完成", "有效。"})
  void flagsABareEvaluativeWordInATimelinessCellOnce(String word) {
    assertThat(findings(withTarget(TIMELINESS_ROW, word))).containsExactly("JX-VALUE-017 2 target");
  }

  @Test
  void flagsABareEvaluativeWordInAQuantityCellButNotAJudgementInAQualityCell() {
    assertThat(findings(withTarget(QUANTITY_ROW, "有效"))).containsExactly("JX-VALUE-017 0 target");
    assertThat(findings(withTarget(QUALITY_ROW, "良好"))).isEmpty();
    assertThat(findings(withTarget(TIMELINESS_ROW, "2025年12月底前完成"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥**%", "XX个", "***", "（必填）", "请填写指标值", "≥xx%"})
  void flagsAPlaceholderLeftInATargetOnceInsteadOfTheValueRules(String placeholder) {
    assertThat(findings(withTarget(QUANTITY_ROW, placeholder))).containsExactly("JX-ROW-005 0 target");
  }

  @Test
  void flagsPlaceholdersInOtherCellsWhereTheyAreToBeReplaced() {
    assertThat(findings(withRow(QUALITY_ROW, b -> b.basis("（必填）")))).containsExactly("JX-ROW-005 1 basis");
    assertThat(findings(CleanTables.wei().withProjectName("XX项目"))).containsExactly("JX-ROW-005 -1 projectName");
    assertThat(findings(CleanTables.wei().withProjectCode("XXXXXXXXXXXXXXXXXXXXX")))
        .containsExactly("JX-ROW-005 -1 projectCode");
    assertThat(findings(withRow(QUALITY_ROW, b -> b.name("XXL码服装发放数量").target("≥22件")))).isEmpty();
  }

  @Test
  void reportsAMisspeltCategoryAtItsCellNotAlsoAsAMissingCategory() {
    assertThat(findings(withRow(SATISFACTION_ROW, b -> b.categoryLabel("满意指标"))))
        .containsExactly("JX-TREE-002 6 category");
  }

  @Test
  void reportsASatisfactionRowFiledElsewhereWhereItSitsNotAlsoAsAMissingCategory() {
    assertThat(findings(withRow(SATISFACTION_ROW, b -> b.categoryLabel("效益指标").subcategoryLabel("社会效益指标"))))
        .containsExactly("JX-TREE-007 6 name");
  }
}
