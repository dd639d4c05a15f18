package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.BudgetUnit;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentValidationTest {
  private static final ProjectTargetTable BARE = CleanTables.wei().withFiscalYear(Optional.empty())
      .withUnit(Optional.empty());

  @Test
  void aTableTakesTheDocumentsYearForItsProjectCode() {
    PerformanceTargetDocument of2024 = PerformanceTargetDocument.builder().fiscalYear(2024).addTables(BARE).build();
    assertThat(TableValidator.create().validate(of2024).findings()).extracting(f -> f.rule().id() + " " + f.arguments())
        .containsExactly("JX-CODE-003 [13043425P00450110058B, 25, 2024]", "JX-CODE-010 []");
    // Alone, the table says neither its unit nor its year: both are reported where they are to be filled.
    assertThat(TableValidator.create().validate(BARE).findings()).extracting(f -> f.rule().id() + " " + f.field().wireName())
        .containsExactly("JX-CODE-010 unitName", "JX-CODE-011 fiscalYear");
  }

  @Test
  void aTableTakesTheDocumentsUnitAndItsOwnYearWins() {
    PerformanceTargetDocument doc = PerformanceTargetDocument.builder().fiscalYear(2024)
        .unit(BudgetUnit.of("7120", "共青团魏县委员会")).addTables(BARE.withFiscalYear(Year.of(2025))).build();
    assertThat(TableValidator.create().validate(doc).findings()).extracting(f -> f.rule().id() + " " + f.value().orElse(""))
        .containsExactly("JX-CODE-001 7120");
  }

  @Test
  void anEmptyDocumentHasNoFinding() {
    assertThat(TableValidator.create().validate(PerformanceTargetDocument.builder().build()).findings()).isEmpty();
  }
}
