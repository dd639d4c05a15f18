package io.github.jixiao.serialization.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.BudgetExecution;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.WrittenAmount;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.sheet.MonitoringSheetReader;
import io.github.jixiao.serialization.sheet.MonitoringSheetWriter;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetWriter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Generated self-evaluation and monitoring tables written as a sheet read back equal, one to three a sheet; what a sheet
 * cannot hold (a control character, an amount in another money unit than its table's) is refused with its path
 * rather than written changed.
 */
class EvaluationSheetRoundTripTest {
  private static final int RUNS = 300;

  @Test
  void generatedSelfEvaluationTablesReadBackEqualFromASheet() {
    SelfEvaluationSheetWriter writer = SelfEvaluationSheetWriter.builder().byteOrderMark(false).build();
    SelfEvaluationSheetReader reader = SelfEvaluationSheetReader.create();
    int written = 0;
    for (long seed = 1; seed <= RUNS; seed++) {
      List<SelfEvaluationTable> tables = new ArrayList<>();
      for (int i = 0; i < 1 + seed % 3; i++) {
        SelfEvaluationTable t = RandomEvaluationTables.withSeed(seed * 10 + i, true).selfEvaluation();
        tables.add(inItsOwnUnit(t).toBuilder().projectCode("P" + seed + "-" + i).build());
      }
      String csv;
      try {
        csv = writer.write(tables);
      } catch (WriteException e) {
        assertThat(e.getMessage()).as("seed %d", seed).containsAnyOf("control character", "surrogate",
            "characters as a plain decimal", "negative scale", "among others");
        continue;
      }
      ReadResult<List<SelfEvaluationTable>> back = reader.read(new StringReader(csv), "seed-" + seed + ".csv");
      assertThat(back.value().equals(tables)).as("seed %d:%n%s%n%s%n%s", seed, csv, tables, back.value()).isTrue();
      written++;
    }
    assertThat(written).isGreaterThan(RUNS / 2);
  }

  @Test
  void generatedMonitoringTablesReadBackEqualFromASheet() {
    MonitoringSheetWriter writer = MonitoringSheetWriter.builder().byteOrderMark(false).build();
    MonitoringSheetReader reader = MonitoringSheetReader.create();
    int written = 0;
    for (long seed = 1; seed <= RUNS; seed++) {
      List<MonitoringTable> tables = new ArrayList<>();
      for (int i = 0; i < 1 + seed % 3; i++) {
        MonitoringTable t = RandomEvaluationTables.withSeed(seed * 10 + i, true).monitoring();
        tables.add(inItsOwnUnit(t).toBuilder().projectCode("P" + seed + "-" + i).build());
      }
      String csv;
      try {
        csv = writer.write(tables);
      } catch (WriteException e) {
        assertThat(e.getMessage()).as("seed %d", seed).containsAnyOf("control character", "surrogate",
            "characters as a plain decimal", "negative scale", "among others");
        continue;
      }
      ReadResult<List<MonitoringTable>> back = reader.read(new StringReader(csv), "seed-" + seed + ".csv");
      assertThat(back.value().equals(tables)).as("seed %d:%n%s%n%s%n%s", seed, csv, tables, back.value()).isTrue();
      written++;
    }
    assertThat(written).isGreaterThan(RUNS / 2);
  }

  private static MonitoringTable inItsOwnUnit(MonitoringTable t) {
    AmountUnit unit = t.amountUnit();
    return t.toBuilder().initialBudgetCell(own(t.initialBudgetCell(), unit))
        .annualBudgetCell(own(t.annualBudgetCell(), unit)).spendingToDateCell(own(t.spendingToDateCell(), unit))
        .expectedSpendingCell(own(t.expectedSpendingCell(), unit)).build();
  }

  /** The generator puts amounts in 元 into tables in 万元; a sheet holds one money unit a table. */
  private static SelfEvaluationTable inItsOwnUnit(SelfEvaluationTable t) {
    BudgetExecution line = t.budgetExecution();
    return t.toBuilder().budgetExecution(line.toBuilder()
        .initialBudgetCell(own(line.initialBudgetCell(), t))
        .annualBudgetCell(own(line.annualBudgetCell(), t))
        .annualSpendingCell(own(line.annualSpendingCell(), t)).build()).build();
  }

  private static Optional<WrittenAmount> own(Optional<WrittenAmount> cell, SelfEvaluationTable t) {
    return own(cell, t.amountUnit());
  }

  private static Optional<WrittenAmount> own(Optional<WrittenAmount> cell, AmountUnit unit) {
    return cell.map(c -> c.amount().filter(a -> c.isDigitsOfAmount() && a.unit() != unit)
        .map(a -> WrittenAmount.of(Amount.of(a.value(), unit))).orElse(c));
  }
}
