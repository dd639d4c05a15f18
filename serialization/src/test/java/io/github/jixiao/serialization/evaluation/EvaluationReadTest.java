package io.github.jixiao.serialization.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The shapes pinned, numbers given without their text, and what strict and lenient reads make of bad input. */
class EvaluationReadTest {
  private static final JsonCodec STRICT = JsonCodec.builder().lenient(false).build();
  private static final JsonCodec LENIENT = JsonCodec.create();
  private static final XmlCodec STRICT_XML = XmlCodec.builder().lenient(false).build();
  private static final XmlCodec LENIENT_XML = XmlCodec.create();

  private static final String ROW = "{\"name\":\"助餐服务人次\",\"target\":\"≥36000人次\",\"weight\":\"20\",";

  private static ReadProblem strictFailure(String json) {
    try {
      STRICT.readSelfEvaluation(json);
    } catch (ReadException e) {
      return e.problem();
    }
    throw new AssertionError("read without failure: " + json);
  }

  @Test
  void writesTheMonitoringTableInThePinnedShape() {
    assertThat(STRICT.write(EvaluationFixtures.canteenMidYear())).isEqualTo("{\"formatVersion\":1,\"fiscalYear\":2025,"
        + "\"unit\":{\"code\":\"301007\",\"name\":\"某区民政局本级\"},\"amountUnit\":\"WAN_YUAN\","
        + "\"projectCode\":\"13010025000000000321\",\"projectName\":\"社区老年助餐服务补助\","
        + "\"goals\":[\"为辖区高龄老人提供每日午餐配送\"],\"period\":\"1-7月\",\"annualBudget\":\"118.50\","
        + "\"spendingToDate\":\"41.2\",\"spendingToDateText\":\"41.2万元\",\"executionRate\":\"34.77\","
        + "\"executionRateText\":\"34.77\",\"indicators\":[{\"category\":\"OUTPUT\",\"subcategory\":\"QUANTITY\","
        + "\"name\":\"助餐服务人次\",\"target\":{\"text\":\"≥36000人次\",\"kind\":\"QUANTITY\",\"comparison\":\"AT_LEAST\","
        + "\"amount\":\"36000\",\"unit\":\"人次\"},\"weight\":\"20\",\"progress\":{\"text\":\"19800人次\","
        + "\"kind\":\"QUANTITY\",\"comparison\":\"EQUAL\",\"amount\":\"19800\",\"unit\":\"人次\"},"
        + "\"expected\":{\"text\":\"36000人次\",\"kind\":\"QUANTITY\",\"comparison\":\"EQUAL\",\"amount\":\"36000\","
        + "\"unit\":\"人次\"}},{\"category\":\"SATISFACTION\",\"subcategory\":\"SERVICE_RECIPIENT_SATISFACTION\","
        + "\"name\":\"服务对象满意度\",\"target\":{\"text\":\"≥90%\",\"kind\":\"QUANTITY\",\"comparison\":\"AT_LEAST\","
        + "\"amount\":\"90\",\"unit\":\"%\"},\"weight\":\"10\",\"expected\":{\"text\":\"≥90%\",\"kind\":\"QUANTITY\","
        + "\"comparison\":\"AT_LEAST\",\"amount\":\"90\",\"unit\":\"%\"},\"deviation\":\"满意度调查安排在第四季度\","
        + "\"correction\":\"\"}],\"absent\":[\"expectedSpending\"]}");
  }

  @Test
  void writesTheSelfEvaluationCellsBesideTheirText() {
    String json = STRICT.write(EvaluationFixtures.canteen());
    assertThat(json)
        .startsWith("{\"formatVersion\":1,\"fiscalYear\":2025,")
        .contains("\"budgetExecution\":{\"initialBudget\":\"120.00\",\"annualBudget\":\"118.50\","
            + "\"annualSpending\":{\"value\":\"1102300\",\"unit\":\"YUAN\"},\"annualSpendingText\":\"1,102,300元\","
            + "\"executionRate\":\"98\",\"executionWeight\":\"10\",\"executionScore\":\"9.3\","
            + "\"executionScoreText\":\"９．３\"}")
        .contains("\"outcome\":\"\"")
        .contains("\"actual\":{\"text\":\"≥100%\",\"kind\":\"QUANTITY\",\"comparison\":\"AT_LEAST\",\"amount\":\"100\","
            + "\"unit\":\"%\"},\"scoreText\":\"十五分\"}")
        .contains("\"actual\":{\"text\":\"完成\",\"kind\":\"QUALITATIVE\"},\"score\":\"27\",\"deviation\":")
        .contains("\"actual\":{\"text\":\"  \",\"kind\":\"BLANK\"}}")
        .endsWith("\"totalScore\":\"86.3\",\"grade\":\"EXCELLENT\",\"gradeText\":\"优秀\","
            + "\"absent\":[\"basis\",\"initialBudget\"]}");
    assertThat(STRICT_XML.write(EvaluationFixtures.canteen()))
        .startsWith("<?xml version='1.0' encoding='UTF-8'?><selfEvaluation><formatVersion>1</formatVersion>")
        .contains("<executionScore>9.3</executionScore><executionScoreText>９．３</executionScoreText>")
        .contains("<absent><cell>basis</cell><cell>initialBudget</cell></absent></selfEvaluation>");
  }

  @Test
  void readsNumbersGivenWithoutTheirTextAsTheirOwnDigits() {
    SelfEvaluationTable t = STRICT.readSelfEvaluation("{\"formatVersion\":1,\"budgetExecution\":"
        + "{\"executionRate\":\"95.5\",\"executionScore\":9.55},\"indicators\":[" + ROW + "\"score\":\"18.0\"}],"
        + "\"totalScore\":\"88\",\"grade\":\"GOOD\"}").value();
    assertThat(t.budgetExecution().executionRateText()).hasValue("95.5%");
    assertThat(t.budgetExecution().scoreText()).hasValue("9.55");
    assertThat(t.indicators().get(0).scoreText()).hasValue("18.0");
    assertThat(t.indicators().get(0).score()).hasValue(new BigDecimal("18.0"));
    assertThat(t.indicators().get(0).actual().isBlank()).isTrue();
    assertThat(t.totalScoreText()).hasValue("88");
    assertThat(t.gradeText()).hasValue("良");
    assertThat(t.grade()).hasValue(Grade.GOOD);
    assertThat(t.outcome()).isEmpty();
  }

  @Test
  void keepsAChineseGradeGivenInTheCodesPlaceAsWritten() {
    SelfEvaluationTable t = STRICT.readSelfEvaluation("{\"formatVersion\":1,\"grade\":\"优秀\"}").value();
    assertThat(t.gradeText()).hasValue("优秀");
    assertThat(t.grade()).hasValue(Grade.EXCELLENT);
  }

  @Test
  void readsAnActualGivenAsPlainText() {
    SelfEvaluationTable t = STRICT.readSelfEvaluation("{\"formatVersion\":1,\"budgetExecution\":{},"
        + "\"indicators\":[" + ROW + "\"actual\":\"35120人次\"}]}").value();
    assertThat(t.indicators().get(0).actual().raw()).isEqualTo("35120人次");
  }

  @Test
  void strictRefusesAScoreInWordsWhereTheNumberBelongsAndLenientKeepsIt() {
    String json = "{\"formatVersion\":1,\"indicators\":[" + ROW + "\n\"score\":\"九分\"}]}";
    ReadProblem p = strictFailure(json);
    assertThat(p.code()).isEqualTo("JX-JSON-005");
    assertThat(p.location().line()).hasValue(2);
    assertThat(p.location().path()).hasValue("indicators[0].score");

    ReadResult<SelfEvaluationTable> lenient = LENIENT.readSelfEvaluation(json);
    assertThat(lenient.value().indicators().get(0).scoreText()).hasValue("九分");
    assertThat(lenient.warnings()).extracting(ReadProblem::code).containsExactly("JX-JSON-005");
  }

  @Test
  void aNumberThatDisagreesWithItsTextFailsStrictAndKeepsTheTextLenient() {
    String json = "{\"formatVersion\":1,\"budgetExecution\":{\"executionRate\":\"95\",\"executionRateText\":\"59%\"}}";
    assertThat(strictFailure(json).code()).isEqualTo("JX-JSON-007");
    ReadResult<SelfEvaluationTable> lenient = LENIENT.readSelfEvaluation(json);
    assertThat(lenient.value().budgetExecution().executionRateText()).hasValue("59%");
    assertThat(lenient.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("JX-JSON-007");
      assertThat(w.message()).contains("executionRateText");
    });
  }

  @Test
  void aGradeCodeThatDisagreesWithTheGradeAsWrittenFailsStrict() {
    String json = "{\"formatVersion\":1,\"grade\":\"POOR\",\"gradeText\":\"优秀\"}";
    assertThat(strictFailure(json).code()).isEqualTo("JX-JSON-007");
    assertThat(LENIENT.readSelfEvaluation(json).value().gradeText()).hasValue("优秀");
    assertThat(strictFailure("{\"formatVersion\":1,\"grade\":\"A\"}").code()).isEqualTo("JX-JSON-005");
  }

  @Test
  void unknownPropertiesFailStrictWithTheirPlaceAndAreSkippedLenient() {
    String json = "{\"formatVersion\":1,\"budgetExecution\":{\"colour\":\"red\"},\"indicators\":[" + ROW
        + "\"mood\":1}]}";
    ReadProblem p = strictFailure(json);
    assertThat(p.code()).isEqualTo("JX-JSON-004");
    assertThat(p.location().path()).hasValue("budgetExecution.colour");
    assertThat(LENIENT.readSelfEvaluation(json).warnings()).extracting(w -> w.location().path().orElseThrow())
        .containsExactly("budgetExecution.colour", "indicators[0].mood");
  }

  @Test
  void aTargetTableIsNoSelfEvaluationAndAnAbsentCellMustBeKnown() {
    assertThat(strictFailure(STRICT.write(SeedTables.weiGrassrootsOrganisations())).code()).isEqualTo("JX-JSON-004");
    assertThat(strictFailure("{\"formatVersion\":1,\"absent\":[\"progress\"]}").code()).isEqualTo("JX-JSON-005");
    assertThat(strictFailure("{\"formatVersion\":2}").code()).isEqualTo("JX-JSON-008");
    assertThatThrownBy(() -> STRICT.readMonitoring("[]")).isInstanceOf(ReadException.class)
        .extracting(e -> ((ReadException) e).problem().code()).isEqualTo("JX-JSON-003");
  }

  @Test
  void xmlRefusesTheWrongRootAndUnknownElementsAsForTables() {
    String table = STRICT_XML.write(SeedTables.weiGrassrootsOrganisations());
    assertThatThrownBy(() -> STRICT_XML.readSelfEvaluation(table)).isInstanceOf(ReadException.class)
        .extracting(e -> ((ReadException) e).problem().code()).isEqualTo("JX-XML-003");
    String xml = STRICT_XML.write(EvaluationFixtures.canteenMidYear()).replace("<period>", "<mood>x</mood><period>");
    assertThatThrownBy(() -> STRICT_XML.readMonitoring(xml)).isInstanceOf(ReadException.class)
        .extracting(e -> ((ReadException) e).problem().code()).isEqualTo("JX-XML-004");
    ReadResult<?> lenient = LENIENT_XML.readMonitoring(xml);
    assertThat(lenient.warnings()).extracting(ReadProblem::code).containsExactly("JX-XML-004");
    assertThat(lenient.value()).isEqualTo(EvaluationFixtures.canteenMidYear());
  }
}
