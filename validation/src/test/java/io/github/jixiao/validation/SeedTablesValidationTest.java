package io.github.jixiao.validation;

import io.github.jixiao.core.TableField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the validator reports on the five published seed tables, cell by cell: each line is
 * {@code rule severity row field [detail] «value»}, with {@code -} for a table-level finding.
 */
class SeedTablesValidationTest {
  private static final TableValidator VALIDATOR = TableValidator.create();

  @Test
  void dingzhouYouthDevelopment() {
    assertThat(lines(SeedTables.dingzhouYouthDevelopment())).containsExactly(
        "JX-TREE-006 info - table «»",
        "JX-VALUE-002 error 0 target «组织培训班次»",
        "JX-VALUE-002 error 1 target «组织培训活动»",
        "JX-VALUE-003 error 2 target «组织培训活动次数»",
        "JX-VALUE-004 error 3 target «组织宣传活动次数»",
        "JX-TREE-007 warning 4 name «科普调查满意度»",
        "JX-TREE-007 warning 5 description «调查中满意和较满意的人数»",
        "JX-TREE-007 warning 6 description «调查中满意和较满意的人数»",
        "JX-ROW-001 warning 6 name «补助人群改善情况»",
        "JX-TREE-007 warning 7 name «服务对象满意度»",
        "JX-VALUE-002 error 7 target «参加志愿服务活动人数»",
        "JX-VALUE-006 error 8 target «≥80认可度»",
        "JX-VALUE-006 error 9 target «科普调查满意度»",
        "JX-VALUE-006 error 10 target «参加志愿服务活动»");
  }

  @Test
  void dingzhouOperations() {
    assertThat(lines(SeedTables.dingzhouOperations())).containsExactly(
        "JX-TREE-006 info - table «»",
        "JX-VALUE-002 error 0 target «组织前往宣传教育基地的参观人数»",
        "JX-VALUE-002 error 1 target «宣传活动次数»",
        "JX-VALUE-003 error 2 target «志愿者派遣数量»",
        "JX-VALUE-004 error 3 target «志愿者派遣数»",
        "JX-TREE-007 warning 4 name «满意度»",
        "JX-TREE-007 warning 5 name «服务对象满意度（%）»",
        "JX-TREE-007 warning 6 name «群众满意度»",
        "JX-VALUE-002 error 6 target «志愿者数量»",
        "JX-TREE-007 warning 7 name «满意度»",
        "JX-ROW-001 warning 7 name «满意度»",
        "JX-VALUE-006 error 8 target «≥85满意度»",
        "JX-VALUE-006 error 9 target «≥80满意度»",
        "JX-VALUE-006 error 10 target «>80认可度»");
  }

  @Test
  void dingzhouMayFourthIsReportedCutOffWithoutClaimingItsLostCategory() {
    assertThat(lines(SeedTables.dingzhouMayFourth())).containsExactly(
        "JX-TREE-006 info - table «»",
        "JX-ROW-004 error - table «»",
        "JX-VALUE-002 error 0 target «开展志愿活动»",
        "JX-VALUE-002 error 1 target «开展科普等相关活动»",
        "JX-VALUE-003 error 2 target «参加志愿服务活动»",
        "JX-VALUE-004 error 3 target «参加志愿服务活动»",
        "JX-ROW-001 warning 3 name «参加志愿服务活动人数»",
        "JX-TREE-007 warning 5 name «科普调查满意度生活»",
        "JX-ROW-001 warning 6 name «补助人群改善情况»",
        "JX-TREE-007 warning 7 name «服务对象满意度»",
        "JX-ROW-003 info 7 basis «»");
  }

  @Test
  void weiGrassrootsOrganisationsHasOnlyItsBlankCells() {
    // ≤5万 against a budget of 5.00万元 is equal, so no finding.
    assertThat(lines(SeedTables.weiGrassrootsOrganisations())).containsExactly(
        "JX-MONEY-003 warning - otherFunds «»",
        "JX-PLAN-002 warning - spendingPlan 12月底 «»",
        "JX-TREE-006 info - table «»");
  }

  @Test
  void weiHardshipGrants() {
    assertThat(lines(SeedTables.weiHardshipGrants())).containsExactly(
        "JX-MONEY-003 warning - otherFunds «»",
        "JX-PLAN-002 warning - spendingPlan 12月底 «»",
        "JX-TREE-006 info - table «»",
        "JX-VALUE-002 error 4 target «救济物品主要是学习和生活用品»",
        "JX-VALUE-008 error 6 target «≤100%»");
  }

  @Test
  void aDocumentReportsItsTablesInOrderWithTheirPositions() {
    PerformanceTargetDocument wei = PerformanceTargetDocument.builder().fiscalYear(2025)
        .unit(SeedTables.WEI_UNIT).addAllTables(SeedTables.wei2025()).build();
    ValidationReport report = VALIDATOR.validate(wei);
    assertThat(report.findings()).extracting(Finding::table).isSorted().containsOnly(0, 1);
    assertThat(report.findingsForTable(1)).extracting(f -> f.rule().id()).containsExactly(
        "JX-MONEY-003", "JX-PLAN-002", "JX-TREE-006", "JX-VALUE-002", "JX-VALUE-008");
    assertThat(report).hasToString(VALIDATOR.validate(SeedTables.wei2025()).toString());
  }

  @Test
  void aRepeatedRowNamesTheEarlierRowCountedFromOneAsThePublishedTableDoes() {
    // Row 7 (0-based) of 业务经费 repeats row 4: people read them as the 8th and the 5th row.
    Finding repeat = VALIDATOR.validate(SeedTables.dingzhouOperations()).findings().stream()
        .filter(f -> f.rule() == Rule.DUPLICATE_ROW).findFirst().orElseThrow();
    assertThat(repeat.indicator()).hasValue(7);
    assertThat(repeat.message(java.util.Locale.CHINESE)).isEqualTo("指标「满意度」与第 5 行指标重复（名称和指标值相同）。");
    assertThat(repeat.message(java.util.Locale.ENGLISH))
        .isEqualTo("The indicator \"满意度\" repeats indicator 5 of the table, counted from 1 (same name and target value).");
  }

  @Test
  void theDingzhouProjectCodesShareOneDivisionAndYear() {
    assertThat(VALIDATOR.validate(SeedTables.dingzhou2021()).findings())
        .noneMatch(f -> f.field() == TableField.PROJECT_CODE || f.field() == TableField.UNIT_CODE);
  }

  static List<String> lines(ProjectTargetTable table) {
    return VALIDATOR.validate(table).findings().stream().map(SeedTablesValidationTest::line)
        .collect(Collectors.toList());
  }

  private static String line(Finding f) {
    return f.rule().id() + " " + f.severity().id() + " "
        + (f.indicator().isPresent() ? String.valueOf(f.indicator().getAsInt()) : "-") + " " + f.field().wireName()
        + f.detail().map(d -> " " + d).orElse("") + " «" + f.value().orElse("") + "»";
  }
}
