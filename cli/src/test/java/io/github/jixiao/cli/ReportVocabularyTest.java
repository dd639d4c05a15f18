package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.Comparison;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.fixtures.SeedTables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports speak the cell vocabulary: every field they name is a {@link TableField} by its wire name, every
 * finding read from a sheet is placed on its row through the source map, and the HTML layout labels the cells
 * as the published table does.
 */
class ReportVocabularyTest {
  private static final Pattern JSON_FIELD = Pattern.compile("\"field\":\"([^\"]*)\"");
  private static final Pattern JSON_FINDING = Pattern.compile("\\{\"rule\":[^\\n]*");
  private static final Pattern DATA_FIELD = Pattern.compile("data-field=\"([^\"]*)\"");

  @TempDir
  Path dir;

  /**
   * Wei county's 特困生救助金 with defects across the table and a row: a unit code of five digits, a project
   * code of the wrong year, a budget that does not add up, a row whose direction contradicts its comparison.
   */
  private static ProjectTargetTable defective() {
    ProjectTargetTable wei = SeedTables.weiHardshipGrants();
    List<Indicator> rows = new ArrayList<>(wei.indicators());
    rows.set(0, rows.get(0).toBuilder().comparison(Comparison.AT_MOST).unitOfMeasure("人")
        .direction(Direction.POSITIVE).weight(new BigDecimal("10")).build());
    return wei.toBuilder()
        .unit(BudgetUnit.of("71200", "中国共产主义青年团魏县委员会本级"))
        .fiscalYear(2024)
        .budget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("4.00"), Amount.wanYuan("0.50")))
        .indicators(rows)
        .build();
  }

  @Test
  void everyFieldTheJsonReportNamesIsAWireNameAndEverySheetFindingHasItsRow() {
    Path sheet = Inputs.sheet(dir, "wei.csv", List.of(defective()));
    String json = Cli.run("validate", "--report", "json", sheet.toString()).out;
    Set<TableField> named = EnumSet.noneOf(TableField.class);
    Matcher m = JSON_FIELD.matcher(json);
    while (m.find()) {
      named.add(TableField.fromWireName(m.group(1)).orElseThrow(() -> new AssertionError("not a field: " + m.group())));
    }
    assertThat(named).contains(TableField.UNIT_CODE, TableField.PROJECT_CODE, TableField.BUDGET,
        TableField.SPENDING_PLAN, TableField.TARGET, TableField.DIRECTION, TableField.TABLE);
    Matcher finding = JSON_FINDING.matcher(json);
    int findings = 0;
    while (finding.find()) {
      findings++;
      assertThat(finding.group()).as("a finding read from a sheet has its row").contains("\"row\":");
    }
    assertThat(findings).isGreaterThanOrEqualTo(named.size());
  }

  @Test
  void everyFieldTheHtmlReportMarksIsAWireName() {
    Path sheet = Inputs.sheet(dir, "wei.csv", List.of(defective()));
    String html = Cli.run("validate", "--report", "html", sheet.toString()).out;
    Matcher m = DATA_FIELD.matcher(html);
    Set<TableField> marked = EnumSet.noneOf(TableField.class);
    while (m.find()) {
      marked.add(TableField.fromWireName(m.group(1)).orElseThrow(() -> new AssertionError("not a field: " + m.group())));
    }
    assertThat(marked).contains(TableField.UNIT_CODE, TableField.BUDGET, TableField.SPENDING_PLAN,
        TableField.TARGET, TableField.DIRECTION);
  }

  @Test
  void theHtmlLayoutLabelsTheCellsAsPublished() {
    Path sheet = Inputs.sheet(dir, "wei.csv", List.of(defective()));
    String html = Cli.run("validate", "--report", "html", sheet.toString()).out;
    // The unit row, the money unit and the use of funds are published without a label of their own, and the
    // year stands in the table's title, not in a cell.
    Set<TableField> unlabelled = EnumSet.of(TableField.UNIT_CODE, TableField.UNIT_NAME, TableField.FISCAL_YEAR,
        TableField.AMOUNT_UNIT, TableField.FUND_USE, TableField.TABLE);
    for (TableField f : TableField.values()) {
      if (!unlabelled.contains(f)) {
        assertThat(html).as(f.wireName()).containsPattern("<th[^>]*>" + Pattern.quote(f.term()));
      }
    }
  }
}
