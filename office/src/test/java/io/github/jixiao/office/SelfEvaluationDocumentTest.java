package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Qualitative;
import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.SourceSpan;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.text.SelfEvaluationTextReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A self-evaluation table (项目支出绩效自评表) in the national form, saved by LibreOffice as {@code .docx} and
 * {@code .doc} from src/test/fixtures/qingxi-water-self-evaluation-2024.html, reads as its text does.
 */
class SelfEvaluationDocumentTest {
  private static final String NAME = "qingxi-water-self-evaluation-2024";

  private static ReadResult<List<SelfEvaluationTable>> word(String extension) throws Exception {
    try (InputStream in = resource(NAME + "." + extension)) {
      return DocumentReader.create().readSelfEvaluation(in, NAME + "." + extension);
    }
  }

  private static ReadResult<List<SelfEvaluationTable>> text() throws Exception {
    try (InputStream in = resource(NAME + ".txt")) {
      return SelfEvaluationTextReader.create().read(in, NAME + ".txt");
    }
  }

  private static InputStream resource(String name) {
    return SelfEvaluationDocumentTest.class.getResourceAsStream("word/" + name);
  }

  private static List<String> messages(ReadResult<?> r) {
    return r.warnings().stream().map(ReadProblem::message).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "doc"})
  void readsTheSameTablesAsItsText(String extension) throws Exception {
    ReadResult<List<SelfEvaluationTable>> word = word(extension);
    ReadResult<List<SelfEvaluationTable>> text = text();
    assertThat(word.value()).isEqualTo(text.value()).hasSize(1);
    assertThat(word.value().get(0).absentEvaluationCells()).isEqualTo(text.value().get(0).absentEvaluationCells())
        .isEmpty();
    assertThat(word.warnings()).extracting(ReadProblem::code).isEqualTo(text.warnings().stream()
        .map(ReadProblem::code).toList());
  }

  @Test
  void readsTheNationalFormsCells() throws Exception {
    SelfEvaluationTable t = word("docx").value().get(0);
    assertThat(t.fiscalYear()).contains(Year.of(2024));
    assertThat(t.projectName()).contains("农村供水工程维修养护");
    assertThat(t.budgetExecution().annualBudget()).contains(Amount.of("64.00", AmountUnit.WAN_YUAN));
    assertThat(t.budgetExecution().annualSpending()).contains(Amount.of("57.60", AmountUnit.WAN_YUAN));
    assertThat(t.budgetExecution().executionRateText()).contains("90.00%");
    assertThat(t.budgetExecution().scoreText()).contains("9.00");
    assertThat(t.goals()).containsExactly("完成全县农村供水工程的日常维修养护，报修当天响应，保障农村群众安全饮水。");
    assertThat(t.outcome()).hasValueSatisfying(o -> assertThat(o).startsWith("全年维修供水工程163处次"));
    assertThat(t.indicators()).hasSize(6);
    assertThat(t.indicators().get(1).indicator().categoryLabel()).isEqualTo("产出指标");
    assertThat(t.indicators().get(2).actual()).isEqualTo(Qualitative.of("完成"));
    assertThat(t.indicators().get(4).deviation()).hasValueSatisfying(d -> assertThat(d).startsWith("两处水源地"));
    // a met target (92% of ≥90%) docked a point without a reason, and a total that does not add up (95)
    assertThat(t.indicators().get(5).score()).contains(new BigDecimal("9"));
    assertThat(t.indicators().get(5).deviation()).isEmpty();
    assertThat(t.totalScoreText()).contains("93");
    assertThat(t.grade()).contains(Grade.EXCELLENT);
  }

  @Test
  void placesCellsByTableRowAndGridColumn() throws Exception {
    ReadResult<List<SelfEvaluationTable>> r = word("docx");
    SourceMap map = r.sourceMap().orElseThrow();
    assertThat(map.cell(0, 0, SelfEvaluationField.ACTUAL).orElseThrow().toString())
        .isEqualTo(NAME + ".docx table 1 row 11 cell 5 tables[0].indicators[0].actual");
    assertThat(map.cell(0, SelfEvaluationField.EXECUTION_RATE).orElseThrow().toString())
        .isEqualTo(NAME + ".docx table 1 row 4 cell 7 tables[0].executionRate");
    assertThat(map.cell(0, SelfEvaluationField.GRADE).orElseThrow().toString())
        .isEqualTo(NAME + ".docx table 1 row 18 cell 6 tables[0].grade");
    assertThat(map.indicator(0, 5)).hasValue(SourceSpan.tableRows(NAME + ".docx", 1, 16, 16));
    assertThat(messages(r)).anySatisfy(m -> assertThat(m).contains("«其中：财政拨款»"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "doc"})
  void theFrontDoorHandsOutSelfEvaluationTables(String extension) throws Exception {
    TableFile file;
    try (InputStream in = resource(NAME + "." + extension)) {
      file = TableFiles.create().read(in, "自评." + extension);
    }
    assertThat(file.format()).isEqualTo("word");
    assertThat(file.selfEvaluationTables()).isEqualTo(text().value());
    assertThat(file.document()).isEmpty();
  }

  @Test
  void readsAFileUnderItsNameAndAStrictReaderRefusesWhatIsNotKept(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("自评.docx");
    try (InputStream in = resource(NAME + ".docx")) {
      Files.copy(in, file);
    }
    ReadResult<List<SelfEvaluationTable>> r = DocumentReader.create().readSelfEvaluation(file);
    assertThat(r.value()).isEqualTo(text().value());
    assertThat(r.sourceMap().orElseThrow().cell(0, SelfEvaluationField.TOTAL_SCORE).orElseThrow().toString())
        .isEqualTo("自评.docx table 1 row 17 cell 7 tables[0].totalScore");

    DocumentReader strict = DocumentReader.builder().lenient(false).build();
    assertThatThrownBy(() -> strict.readSelfEvaluation(file)).isInstanceOf(ReadException.class)
        .hasMessageStartingWith("自评.docx table 1 row 5 cell 2: the budget line «其中：财政拨款»");
  }
}
