package io.github.jixiao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.TableValidator;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Defective indicator sheets in the layouts real templates export (title and unit rows, two-row headers,
 * notes, a headerless column, a cut-off table), read and validated: each finding is placed at the cell of the
 * sheet an officer would correct, and a sheet read through its title rows and two-row header gives the same
 * findings as its single-header version.
 */
class SheetLayoutFindingsTest {
  private static final SheetReader READER = SheetReader.create();
  private static final TableValidator VALIDATOR = TableValidator.create();

  private static ReadResult<List<ProjectTargetTable>> read(String name) {
    InputStream in = SheetLayoutFindingsTest.class.getResourceAsStream("/sheet/layouts/" + name);
    assertThat(in).as(name).isNotNull();
    return READER.read(in, name);
  }

  private static List<Finding> findings(ReadResult<List<ProjectTargetTable>> r) {
    return VALIDATOR.validate(r.value()).findings();
  }

  /** Each finding as rule, severity and the place the source map gives for its cell. */
  private static List<String> placed(String name) {
    ReadResult<List<ProjectTargetTable>> r = read(name);
    SourceMap map = r.sourceMap().orElseThrow();
    return findings(r).stream().map(f -> f.rule().id() + " " + f.severity().id() + " "
        + map.locate(f.address()).map(Object::toString).orElse("(nowhere)")).toList();
  }

  @Test
  void aTitledSheetWithATwoRowHeaderGivesTheFindingsOfItsSingleHeaderVersion() {
    List<Finding> single = findings(read("defective-single-header.csv"));
    assertThat(single).extracting(f -> f.rule().id()).contains("JX-PLAN-002", "JX-MONEY-004", "JX-VALUE-008",
        "JX-VALUE-017");
    assertThat(findings(read("defective-titled-two-row-header.csv"))).isEqualTo(single);
    assertThat(findings(read("defective-repeated-two-row-header.csv"))).isEqualTo(single);
  }

  @Test
  void placesFindingsOfATitledSheetWithATwoRowHeaderAtTheirCells() {
    String at = "defective-titled-two-row-header.csv ";
    assertThat(placed("defective-titled-two-row-header.csv")).containsExactly(
        "JX-MONEY-003 warning " + at + "row 6 column E (项目资金/其他资金) tables[0].otherFunds",
        "JX-PLAN-002 warning " + at + "row 6 column I (资金支出计划（%）/12月底) tables[0].spendingPlan",
        "JX-TREE-006 info defective-titled-two-row-header.csv:6",
        "JX-TREE-004 error defective-titled-two-row-header.csv:6",
        "JX-MONEY-004 error " + at + "row 7 column N (指标值) tables[0].indicators[1].target",
        "JX-VALUE-008 error " + at + "row 8 column N (指标值) tables[0].indicators[2].target",
        "JX-TREE-006 info defective-titled-two-row-header.csv:9",
        "JX-TREE-004 error defective-titled-two-row-header.csv:9",
        "JX-VALUE-017 error " + at + "row 9 column N (指标值) tables[1].indicators[0].target");
  }

  @Test
  void placesFindingsOfARepeatedTwoRowHeaderAtTheirCells() {
    assertThat(placed("defective-repeated-two-row-header.csv")).contains(
        "JX-PLAN-002 warning defective-repeated-two-row-header.csv row 6 column I (资金支出计划（%）/12月底) "
            + "tables[0].spendingPlan",
        "JX-VALUE-008 error defective-repeated-two-row-header.csv row 8 column N (指标值) tables[0].indicators[2].target");
  }

  @Test
  void placesFindingsOfACutOffSheetWithAHeaderlessColumnAtTheirCells() {
    ReadResult<List<ProjectTargetTable>> r = read("defective-cut-off-headerless-column.csv");
    assertThat(r.value().get(0).complete()).isFalse();
    assertThat(r.warnings()).extracting(w -> w.code()).containsExactly("JX-SHEET-015", "JX-SHEET-024", "JX-SHEET-025");
    String at = "defective-cut-off-headerless-column.csv ";
    assertThat(placed("defective-cut-off-headerless-column.csv")).containsExactly(
        "JX-CODE-011 warning defective-cut-off-headerless-column.csv:3",
        "JX-CODE-007 error defective-cut-off-headerless-column.csv:3",
        "JX-TREE-006 info defective-cut-off-headerless-column.csv:3",
        "JX-ROW-004 error defective-cut-off-headerless-column.csv:3",
        "JX-MONEY-004 error " + at + "row 4 column G (指标值) tables[0].indicators[1].target",
        "JX-VALUE-001 error " + at + "row 5 column G (指标值) tables[0].indicators[2].target",
        "JX-ROW-002 error " + at + "row 5 column E (三级指标) tables[0].indicators[2].name");
  }
}
