package io.github.jixiao.validation;

import static io.github.jixiao.validation.CleanTables.QUANTITY_ROW;
import static io.github.jixiao.validation.CleanTables.wei;
import static io.github.jixiao.validation.CleanTables.withRow;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A cell the table's layout lacks is not a blank cell, unless the policy states a template that has it. */
class AbsentCellsTest {
  private static final ProjectTargetTable NO_OTHER_FUNDS =
      wei().withBudget(Budget.of(Amount.wanYuan("5.00"), Amount.wanYuan("5.00"), null));

  private static boolean reports(ValidationPolicy policy, ProjectTargetTable table, Rule rule) {
    return TableValidator.create(policy).validate(table).findings().stream().anyMatch(f -> f.rule() == rule);
  }

  @Test
  void anAbsentOtherFundsColumnIsNotReportedBlank() {
    assertThat(reports(ValidationPolicy.national(), NO_OTHER_FUNDS, Rule.OTHER_FUNDS_BLANK)).isTrue();
    ProjectTargetTable absent = NO_OTHER_FUNDS.withAbsentCells(Set.of(TableField.OTHER_FUNDS));
    assertThat(reports(ValidationPolicy.national(), absent, Rule.OTHER_FUNDS_BLANK)).isFalse();
    assertThat(reports(ValidationPolicy.forTemplate(TableTemplate.CLASSIC_2020), absent, Rule.OTHER_FUNDS_BLANK))
        .isTrue();
    assertThat(reports(ValidationPolicy.forTemplate(TableTemplate.SELF_EVALUATION), absent, Rule.OTHER_FUNDS_BLANK))
        .isFalse();
  }

  @Test
  void anAbsentBasisColumnIsNotReportedBlankEvenWhereOtherRowsHoldOne() {
    ProjectTargetTable blankBasis = withRow(QUANTITY_ROW, b -> b.basis(Optional.empty()));
    assertThat(reports(ValidationPolicy.national(), blankBasis, Rule.BASIS_BLANK)).isTrue();
    assertThat(reports(ValidationPolicy.national(), blankBasis.withAbsentCells(Set.of(TableField.BASIS)),
        Rule.BASIS_BLANK)).isFalse();
  }

  @Test
  void anAbsentProjectCodeIsNotReportedMissing() {
    ProjectTargetTable bare = wei().withProjectCode(" ");
    assertThat(reports(ValidationPolicy.national(), bare, Rule.PROJECT_CODE_MISSING)).isTrue();
    assertThat(reports(ValidationPolicy.national(), bare.withAbsentCells(Set.of(TableField.PROJECT_CODE)),
        Rule.PROJECT_CODE_MISSING)).isFalse();
  }
}
