package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.office.DocumentReader;
import io.github.jixiao.office.DocumentWriter;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.validation.TableValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Word documents through the command: found by the front door, validated, located by table, row and cell. */
class WordCommandTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private Path document() {
    Path file = dir.resolve("wei-2025.docx");
    DocumentWriter.create().write(PerformanceTargetDocument.builder().addAllTables(SeedTables.wei2025()).build(), file);
    return file;
  }

  @Test
  void validatesADocxLocatingFindingsByWordTableRowAndCell() throws Exception {
    Cli r = Cli.run("validate", "--report", "json", document().toString());
    assertThat(r.status).as(r.toString()).isIn(0, 1);
    JsonNode file = MAPPER.readTree(r.out).get("files").get(0);
    assertThat(file.get("tables").asInt()).isEqualTo(2);
    JsonNode findings = file.get("findings");
    assertThat(findings.size()).isEqualTo(TableValidator.create().validate(SeedTables.wei2025()).findings().size())
        .isPositive();
    for (JsonNode f : findings) {
      assertThat(f.has("line")).as(f.toString()).isFalse();
      if (f.has("wordTable")) {
        assertThat(f.get("wordTable").asInt()).as(f.toString()).isEqualTo(f.get("table").asInt() + 1);
        assertThat(f.get("row").asInt()).as(f.toString()).isPositive();
      }
    }
    assertThat(findings).anySatisfy(f -> assertThat(f.has("column")).isTrue());
  }

  @Test
  void theTextReportNamesTheWordCellInBothLanguages() {
    Path doc = document();
    Cli zh = Cli.run("validate", doc.toString());
    assertThat(zh.out).as(zh.toString()).containsPattern("表\\d+ 第\\d+行 第\\d+列");
    // a finding on a whole table names the Word table's first row, never a line of text
    assertThat(zh.out).as(zh.toString()).containsPattern("项目支出绩效目标表 · 表\\d+ 第1行\\n").doesNotContain("原文第");
    Cli en = Cli.run("validate", "--lang", "en", doc.toString());
    assertThat(en.out).as(en.toString()).containsPattern("table \\d+ row \\d+ cell \\d+");
  }

  @Test
  void convertsTablesToADocxThatReadsBackEqual() throws Exception {
    Path json = dir.resolve("wei.json");
    Files.writeString(json, JsonCodec.create().write(
        PerformanceTargetDocument.builder().addAllTables(SeedTables.wei2025()).build()));
    Path out = dir.resolve("wei.docx");
    Cli r = Cli.run("convert", "--to", "docx", "-o", out.toString(), json.toString());
    assertThat(r.status).as(r.toString()).isZero();
    assertThat(DocumentReader.create().read(out).value().tables()).isEqualTo(SeedTables.wei2025());
  }

  @Test
  void writesADocxOnlyIntoANamedFile() {
    Cli r = Cli.run("convert", "--to", "docx", document().toString());
    assertThat(r.status).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("a Word document is binary", "-o OUT", "JX-CLI-012");
  }

  @Test
  void convertsADocxToJson() throws Exception {
    Cli r = Cli.run("convert", "--to", "json", document().toString());
    assertThat(r.status).as(r.toString()).isZero();
    JsonNode doc = MAPPER.readTree(r.out);
    assertThat(doc.get("tables").size()).isEqualTo(2);
  }
}
