package io.github.jixiao.serialization.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.text.SelfEvaluationTextReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The front door hands a published self-evaluation text to {@link SelfEvaluationTextReader}, a target text not. */
class TextFormatSelfEvaluationTest {
  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TextFormatSelfEvaluationTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsASelfEvaluationTextFromAPipeAsSelfEvaluationTables() throws IOException {
    byte[] text = resource("/text/self-evaluations-2024.txt");
    ReadResult<List<SelfEvaluationTable>> direct =
        SelfEvaluationTextReader.create().read(new ByteArrayInputStream(text), "-");

    TableFile read = TableFiles.create().read(new OnceStream(text), "-");

    assertThat(read.format()).isEqualTo("text");
    assertThat(read.selfEvaluationTables()).hasSize(2).isEqualTo(direct.value());
    assertThat(read.tables()).isEmpty();
    assertThat(read.document()).isEmpty();
    assertThat(read.warnings()).isEqualTo(direct.warnings());
    assertThat(read.sourceMap().cell(0, 1, SelfEvaluationField.SCORE).orElseThrow().toString())
        .isEqualTo("-:13:28 tables[0].indicators[1].score");
  }

  @Test
  void readsAGbkSelfEvaluationTextWithTheGuessReported() throws IOException {
    String text = new String(resource("/text/self-evaluations-2024.txt"), StandardCharsets.UTF_8);
    byte[] gbk = text.getBytes(Charset.forName("GBK"));

    TableFile read = TableFiles.create().read(new OnceStream(gbk), "自评.txt");

    assertThat(read.selfEvaluationTables()).extracting(t -> t.projectName().orElseThrow())
        .containsExactly("青少年心理健康关爱服务", "城区小学课后服务补助");
    assertThat(read.warnings()).extracting(ReadProblem::code).contains("JX-TEXT-009");
  }

  @Test
  void aStrictFrontDoorReadsTheSelfEvaluationTextStrictly() throws IOException {
    byte[] text = resource("/text/self-evaluations-2024.txt");
    TableFiles strict = TableFiles.builder().lenient(false).build();

    assertThatThrownBy(() -> strict.read(new OnceStream(text), "-")).isInstanceOf(ReadException.class)
        .hasMessageContaining("JX-TEXT-023");
  }

  @Test
  void aTargetTextIsStillADocument() throws IOException {
    TableFile read = TableFiles.create().read(new OnceStream(resource("/text/notice-funding-2025.txt")), "-");

    assertThat(read.document()).isPresent();
    assertThat(read.tables()).hasSize(1);
    assertThat(read.selfEvaluationTables()).isEmpty();
  }

  @Test
  void aTextReaderGivenToTheDoorLendsItsSettingsToTheSelfEvaluationRead() throws IOException {
    byte[] text = resource("/text/self-evaluations-2024.txt");
    TableFiles files = TableFiles.builder().text(TextDocumentReader.builder().lenient(false).build()).build();

    assertThatThrownBy(() -> files.read(new OnceStream(text), "-")).isInstanceOf(ReadException.class)
        .hasMessageContaining("JX-TEXT-023");
  }
}
