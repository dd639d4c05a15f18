package io.github.jixiao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.Rule;
import io.github.jixiao.validation.TableTemplate;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cells the readers used to refuse the whole file over are read as written, and the validator reports each
 * at its cell with its rule; a column the sheet lacks is not a blank cell.
 */
class CellsAsWrittenTest {
  private static final TableValidator VALIDATOR = TableValidator.create();

  private static ReadResult<List<ProjectTargetTable>> sheet(String name) throws IOException {
    try (InputStream in = CellsAsWrittenTest.class.getResourceAsStream(name)) {
      return SheetReader.create().read(in, name);
    }
  }

  private static Finding only(List<Finding> findings, Rule rule) {
    assertThat(findings).as(rule.id()).filteredOn(f -> f.rule() == rule).hasSize(1);
    return findings.stream().filter(f -> f.rule() == rule).findFirst().orElseThrow();
  }

  @Test
  void readsEveryFormerlyRefusedCellAndReportsItAtItsCell() throws IOException {
    ReadResult<List<ProjectTargetTable>> read = sheet("cells-as-written.csv");
    assertThat(read.value()).hasSize(2);
    List<Finding> findings = VALIDATOR.validate(read.value()).findings();
    SourceMap map = read.sourceMap().orElseThrow();

    Finding incomplete = only(findings, Rule.AMOUNT_INCOMPLETE_UNIT);
    assertThat(incomplete.address()).isEqualTo(CellAddress.of(0, TableField.BUDGET));
    assertThat(incomplete.value()).contains("5万");
    assertThat(map.locate(incomplete.address()).orElseThrow().toString())
        .startsWith("cells-as-written.csv row 2 column F (预算数)");
    Finding otherUnit = only(findings, Rule.AMOUNT_IN_OTHER_UNIT);
    assertThat(otherUnit.address()).isEqualTo(CellAddress.of(0, TableField.FISCAL_FUNDS));
    assertThat(otherUnit.arguments()).contains("5万元");
    assertThat(findings).filteredOn(f -> f.rule() == Rule.BUDGET_NOT_AN_AMOUNT).extracting(Finding::address)
        .containsExactly(CellAddress.of(0, TableField.OTHER_FUNDS), CellAddress.of(1, TableField.BUDGET));
    Finding percentage = only(findings, Rule.CHECKPOINT_NOT_A_PERCENTAGE);
    assertThat(percentage.address()).isEqualTo(CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("6月底"));
    assertThat(percentage.value()).contains("过半");
    assertThat(only(findings, Rule.COMPARISON_HOLDS_DIRECTION).address())
        .isEqualTo(CellAddress.of(0, 0, TableField.COMPARISON));
    assertThat(map.locate(CellAddress.of(0, 0, TableField.COMPARISON)).orElseThrow().toString())
        .startsWith("cells-as-written.csv row 2 column U (指标性质)");
    assertThat(only(findings, Rule.DIRECTION_UNKNOWN).address()).isEqualTo(CellAddress.of(0, 1, TableField.DIRECTION));
    assertThat(only(findings, Rule.WEIGHT_NOT_A_NUMBER).address()).isEqualTo(CellAddress.of(0, 2, TableField.WEIGHT));
    assertThat(only(findings, Rule.COMPARISON_UNKNOWN).address()).isEqualTo(CellAddress.of(0, 3, TableField.COMPARISON));
    assertThat(only(findings, Rule.FISCAL_YEAR_NOT_A_YEAR).address()).isEqualTo(CellAddress.of(1, TableField.FISCAL_YEAR));
    assertThat(only(findings, Rule.AMOUNT_UNIT_UNKNOWN).address()).isEqualTo(CellAddress.of(1, TableField.AMOUNT_UNIT));
    // One cause, one finding: the cells that hold no amount are not also a sum that does not add up or a missing
    // total.
    assertThat(findings).extracting(Finding::rule).doesNotContain(Rule.BUDGET_SUM, Rule.BUDGET_TOTAL_MISSING,
        Rule.OTHER_FUNDS_BLANK, Rule.FISCAL_YEAR_MISSING);
  }

  @Test
  void aSheetWithoutAnOtherFundsColumnIsNotToldItsOtherFundsAreBlank() throws IOException {
    String header = "单位名称,年度,项目编码,项目名称,预算数,其中：财政资金%s,资金用途,绩效目标,一级指标,二级指标,三级指标,指标值\r\n";
    String row = "712001中国共产主义青年团魏县委员会本级,2025,13043425P00437410002E,2025年特困生救助金,5.00,5.00%s,"
        + "改善特困儿童学习、生活环境,1.全县特困生救济100人,产出指标,数量指标,全县特困生救助人数,100人\r\n";
    ProjectTargetTable absent = SheetReader.create().read(new StringReader(String.format(header, "")
        + String.format(row, "")), "no-column.csv").value().get(0);
    ProjectTargetTable blank = SheetReader.create().read(new StringReader(String.format(header, ",其他资金")
        + String.format(row, ",")), "blank.csv").value().get(0);
    assertThat(absent.isAbsent(TableField.OTHER_FUNDS)).isTrue();
    assertThat(blank.isAbsent(TableField.OTHER_FUNDS)).isFalse();
    assertThat(absent).isEqualTo(blank);
    assertThat(VALIDATOR.validate(absent).findings()).extracting(Finding::rule).doesNotContain(Rule.OTHER_FUNDS_BLANK);
    assertThat(only(VALIDATOR.validate(blank).findings(), Rule.OTHER_FUNDS_BLANK).address())
        .isEqualTo(CellAddress.of(0, TableField.OTHER_FUNDS));
    TableValidator classic = TableValidator.create(ValidationPolicy.forTemplate(TableTemplate.CLASSIC_2020));
    assertThat(classic.validate(absent).findings()).extracting(Finding::rule).contains(Rule.OTHER_FUNDS_BLANK);
  }

  @Test
  void readsATextTableWithAnAmountThatIsNoNumberAndReportsItAtItsLine() throws IOException {
    String text;
    try (InputStream in = CellsAsWrittenTest.class.getResourceAsStream("/text/wei-2025-layout.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("\t5\\.00\n", "\t5.00（其中省级3.00）\n")
          .replaceFirst("\t30%\n", "\t三成\n");
    }
    ReadResult<PerformanceTargetDocument> read = TextDocumentReader.create().read(new StringReader(text), "wei.txt");
    List<Finding> findings = VALIDATOR.validate(read.value()).findings();
    Finding amount = only(findings, Rule.BUDGET_NOT_AN_AMOUNT);
    assertThat(amount.address()).isEqualTo(CellAddress.of(0, TableField.BUDGET));
    int line = read.sourceMap().orElseThrow().locate(amount.address()).orElseThrow().line().getAsInt();
    assertThat(text.split("\n")[line - 1]).isEqualTo("\t5.00（其中省级3.00）");
    assertThat(only(findings, Rule.CHECKPOINT_NOT_A_PERCENTAGE).address())
        .isEqualTo(CellAddress.of(0, TableField.SPENDING_PLAN).withDetail("3月底"));
  }
}
