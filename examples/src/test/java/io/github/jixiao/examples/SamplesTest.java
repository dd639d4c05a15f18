package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.validation.Finding;
import io.github.jixiao.validation.TableValidator;
import io.github.jixiao.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples ({@code examples/samples/}), which the README's first command validates with the
 * {@code jixiao} command: each reads with the SDK's default (lenient) readers, as the command does, and
 * yields the findings its defects were written for. Rule ids per table, in report order.
 */
class SamplesTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final TableValidator VALIDATOR = TableValidator.create();

  @Test
  void holdsExactlyASheetATextDocumentAndAJsonTable() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("agriculture-2025.txt", "table.json", "targets.csv");
    }
  }

  @Test
  void sheetReadsWithoutWarningAndFlagsTheDefectsOfTables2And3() {
    ReadResult<List<ProjectTargetTable>> sheet = SheetReader.create().read(SAMPLES.resolve("targets.csv"));
    assertThat(sheet.warnings()).isEmpty();
    ValidationReport report = VALIDATOR.validate(sheet.value());

    assertThat(sheet.value()).extracting(t -> t.projectName().orElseThrow()).containsExactly(
        "2025年公共文化场馆免费开放经费", "2025年乡村文化活动补助", "2025年文物保护单位巡查经费");
    assertThat(rules(report, 0)).containsExactly("JX-TREE-006");
    assertThat(rules(report, 1)).containsExactly("JX-PLAN-004", "JX-TREE-006", "JX-VALUE-003", "JX-MONEY-004",
        "JX-VALUE-008");
    assertThat(rules(report, 2)).containsExactly("JX-MONEY-001", "JX-TREE-006", "JX-VALUE-012", "JX-VALUE-011");
    assertThat(sheet.value().get(2).indicators().get(0).unitOfMeasure()).contains("%");
  }

  @Test
  void textDocumentKeepsItsCutOffThirdTableAndFlagsTheDefectsOfTable2() {
    ReadResult<PerformanceTargetDocument> text = TextDocumentReader.create().read(SAMPLES.resolve("agriculture-2025.txt"));
    assertThat(text.warnings()).extracting(w -> w.code()).containsExactly("JX-TEXT-020");
    PerformanceTargetDocument document = text.value();
    ValidationReport report = VALIDATOR.validate(document);

    assertThat(document.overview().overallGoals().statements()).hasSize(3);
    assertThat(document.tables()).hasSize(3);
    assertThat(document.tables().get(2).complete()).isFalse();
    assertThat(rules(report, 0)).containsExactly("JX-TREE-006");
    assertThat(rules(report, 1)).containsExactly("JX-MONEY-003", "JX-PLAN-002", "JX-TREE-006", "JX-ROW-001",
        "JX-VALUE-003", "JX-VALUE-005", "JX-MONEY-004", "JX-VALUE-006");
    assertThat(rules(report, 2)).containsExactly("JX-TREE-006", "JX-ROW-004", "JX-VALUE-001", "JX-ROW-003");
  }

  @Test
  void jsonTableHasNoErrorButASatisfactionTargetBelowTheFloor() throws IOException {
    ProjectTargetTable table = JsonCodec.create().readTable(Files.readString(SAMPLES.resolve("table.json"))).value();
    ValidationReport report = VALIDATOR.validate(table);

    assertThat(report.hasErrors()).isFalse();
    assertThat(rules(report, 0)).containsExactly("JX-MONEY-005", "JX-VALUE-015");
  }

  private static List<String> rules(ValidationReport report, int table) {
    return report.findingsForTable(table).stream().map(Finding::rule).map(r -> r.id()).collect(Collectors.toList());
  }
}
