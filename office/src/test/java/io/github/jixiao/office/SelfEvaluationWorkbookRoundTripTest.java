package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.EvaluatedIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.core.fixtures.RandomTables;
import io.github.jixiao.serialization.WriteException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated self-evaluation tables written as a workbook in each layout read back equal: every cell as written,
 * blank or given empty, numbers written in several ways, free text; what no cell can carry is refused with its
 * path before anything is written.
 */
class SelfEvaluationWorkbookRoundTripTest {
  private static final int RUNS = 60;
  private static final String[] SCORES = {"9.5", "7分", "９．５", "十分", "", "≥100%", "完成"};

  @ParameterizedTest
  @EnumSource(WorkbookLayout.class)
  void generatedTablesReadBackEqual(WorkbookLayout layout) {
    WorkbookWriter writer = WorkbookWriter.builder().layout(layout).build();
    WorkbookReader reader = WorkbookReader.create();
    int written = 0;
    for (long seed = 1; seed <= RUNS; seed++) {
      List<SelfEvaluationTable> tables = tables(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        writer.writeSelfEvaluation(tables, out);
      } catch (WriteException e) {
        assertThat(e.getMessage()).as("seed %d", seed).containsAnyOf("control character", "surrogate",
            "plain decimal", "negative scale", "among others");
        continue;
      }
      List<SelfEvaluationTable> back =
          reader.readSelfEvaluation(new ByteArrayInputStream(out.toByteArray()), "seed.xlsx").value();
      assertThat(back).as("seed %d", seed).isEqualTo(tables);
      written++;
    }
    assertThat(written).isGreaterThan(RUNS / 2);
  }

  private static List<SelfEvaluationTable> tables(long seed) {
    RandomTables cells = RandomTables.withSeed(seed).xmlSafe();
    Random random = new Random(seed);
    List<SelfEvaluationTable> tables = new ArrayList<>();
    for (int i = 0; i < 1 + seed % 3; i++) {
      ProjectTargetTable target = cells.table(random.nextInt(5));
      SelfEvaluationTable.Builder b = SelfEvaluationTable.forTarget(target).indicators(List.of())
          .projectCode("P" + seed + "-" + i);
      for (Indicator row : target.indicators()) {
        EvaluatedIndicator.Builder e = EvaluatedIndicator.builder().indicator(row).actual(cells.targetText());
        if (random.nextBoolean()) {
          e.scoreText(SCORES[random.nextInt(SCORES.length)]);
        }
        if (random.nextBoolean()) {
          e.deviation(cells.text(3));
        }
        b.addIndicator(e.build());
      }
      AmountUnit unit = target.amountUnit();
      b.budgetExecution(BudgetExecution.builder()
          .initialBudgetCell(WrittenAmount.of(cells.amount(unit)))
          .annualBudgetCell(WrittenAmount.parse(cells.text(2), unit))
          .executionRateText(SCORES[random.nextInt(SCORES.length)] + "%")
          .weightText("10").scoreText(SCORES[random.nextInt(SCORES.length)]).build());
      if (random.nextBoolean()) {
        b.outcome(cells.text(4)).totalScoreText(SCORES[random.nextInt(SCORES.length)]).gradeText("良");
      }
      tables.add(b.build());
    }
    return tables;
  }
}
