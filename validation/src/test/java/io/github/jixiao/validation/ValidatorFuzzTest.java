package io.github.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.core.ProjectTargetTable;
import java.util.Locale;

class ValidatorFuzzTest {
  private static final TableValidator VALIDATOR = TableValidator.create();

  @FuzzTest
  void anyTableValidatesWithoutThrowingAndEveryFindingRenders(FuzzedDataProvider data) {
    RandomTables generator = new RandomTables(n -> data.consumeInt(0, n - 1));
    ProjectTargetTable table = generator.table();
    for (Finding f : VALIDATOR.validate(table).findings()) {
      assertThat(f.message(Locale.CHINA)).isNotBlank();
      assertThat(f.message(Locale.ENGLISH)).isNotBlank();
    }
  }

  @FuzzTest
  void anyTargetTextInAnyRowValidates(FuzzedDataProvider data) {
    int row = data.consumeInt(0, 6);
    ProjectTargetTable table = CleanTables.withTarget(row, data.consumeRemainingAsString());
    assertThat(VALIDATOR.validate(table).findings()).allSatisfy(f -> assertThat(f.message(Locale.CHINA)).isNotBlank());
  }
}
