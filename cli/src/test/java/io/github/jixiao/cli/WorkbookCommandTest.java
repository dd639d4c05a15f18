package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.office.WorkbookReader;
import io.github.jixiao.office.WorkbookWriter;
import io.github.jixiao.validation.TableValidator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Excel workbooks through the command: validated table by table, located by cell, and written. */
class WorkbookCommandTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** The complete seed tables: a workbook, like a sheet, has no column for "cut off". */
  private static final List<ProjectTargetTable> SEEDS = List.of(SeedTables.dingzhouYouthDevelopment(),
      SeedTables.dingzhouOperations(), SeedTables.weiGrassrootsOrganisations(), SeedTables.weiHardshipGrants());

  @TempDir
  Path dir;

  private Path workbook(String name, List<ProjectTargetTable> tables) {
    Path file = dir.resolve(name);
    WorkbookWriter.create().write(tables, file);
    return file;
  }

  @Test
  void validatesEveryTableOfAWorkbookLocatingFindingsByCell() throws Exception {
    Path book = workbook("seeds.xlsx", SEEDS);
    Cli r = Cli.run("validate", "--report", "json", book.toString());
    assertThat(r.status).as(r.toString()).isIn(0, 1);
    assertThat(r.err).isEmpty();
    JsonNode file = MAPPER.readTree(r.out).get("files").get(0);
    assertThat(file.get("tables").asInt()).isEqualTo(4);
    JsonNode findings = file.get("findings");
    assertThat(findings.size()).isEqualTo(TableValidator.create().validate(SEEDS).findings().size()).isPositive();
    int located = 0;
    for (JsonNode f : findings) {
      assertThat(f.has("row")).as(f.toString()).isTrue();
      if (f.has("cell")) {
        located++;
        assertThat(f.get("cell").asString()).as(f.toString()).matches("绩效目标表![A-Z]+\\d+")
            .endsWith(String.valueOf(f.get("row").asInt()));
      }
    }
    assertThat(located).isGreaterThan(findings.size() / 2);
  }

  @Test
  void theTextReportNamesTheSheetAndCellInBothLanguages() {
    Path book = workbook("wei.xlsx", List.of(SeedTables.weiHardshipGrants(), SeedTables.weiGrassrootsOrganisations()));
    Cli zh = Cli.run("validate", book.toString());
    assertThat(zh.out).as(zh.toString()).containsPattern("单元格 绩效目标表![A-Z]+\\d+");
    Cli en = Cli.run("validate", "--lang", "en", book.toString());
    assertThat(en.out).as(en.toString()).containsPattern("cell 绩效目标表![A-Z]+\\d+");
  }

  @Test
  void theHtmlReportNamesTheCell() {
    Path book = workbook("wei.xlsx", List.of(SeedTables.weiGrassrootsOrganisations()));
    Cli r = Cli.run("validate", "--report", "html", book.toString());
    assertThat(r.out).as(r.toString()).containsPattern("<span class=\"place\">单元格 绩效目标表![A-Z]+\\d+</span>");
  }

  @Test
  void aReadWarningOfAWorkbookIsLocatedOnItsSheet() throws Exception {
    Path book = workbook("stray.xlsx", List.of(SeedTables.weiHardshipGrants()));
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(book))) {
      Row header = workbook.getSheetAt(0).getRow(0);
      header.createCell(header.getLastCellNum()).setCellValue("备注");
      try (OutputStream out = Files.newOutputStream(book)) {
        workbook.write(out);
      }
    }
    Cli zh = Cli.run("validate", book.toString());
    assertThat(zh.out).as(zh.toString()).containsPattern("JX-SHEET-012 .*stray.xlsx 单元格 绩效目标表![A-Z]+1「备注」");
    Cli en = Cli.run("validate", "--lang", "en", book.toString());
    assertThat(en.out).as(en.toString()).containsPattern("JX-SHEET-012 .*stray.xlsx 绩效目标表![A-Z]+1 \\(备注\\)");
  }

  @Test
  void convertsAnySupportedInputToAWorkbookThatReadsBackEqual() {
    Path csv = Inputs.sheet(dir, "wei.csv", SeedTables.wei2025());
    Path out = dir.resolve("wei.xlsx");
    Cli r = Cli.run("convert", "--to", "xlsx", "-o", out.toString(), csv.toString());
    assertThat(r.status).as(r.toString()).isZero();
    assertThat(WorkbookReader.create().read(out).value()).isEqualTo(SeedTables.wei2025());

    Path json = dir.resolve("back.json");
    Cli back = Cli.run("convert", "--to", "json", "-o", json.toString(), out.toString());
    assertThat(back.status).as(back.toString()).isZero();
  }

  @Test
  void convertsToTheFormLayoutAndValidatesItLocatingTheHeaderBlockByCell() throws Exception {
    Path csv = Inputs.sheet(dir, "wei.csv", SeedTables.wei2025());
    Path out = dir.resolve("form.xlsx");
    Cli r = Cli.run("convert", "--to", "xlsx", "--layout", "form", "-o", out.toString(), csv.toString());
    assertThat(r.status).as(r.toString()).isZero();
    assertThat(WorkbookReader.create().read(out).value()).isEqualTo(SeedTables.wei2025());

    Cli validated = Cli.run("validate", "--report", "json", out.toString());
    JsonNode findings = MAPPER.readTree(validated.out).get("files").get(0).get("findings");
    // The hardship grants table leaves 其他资金 blank: located at the form's own cell, beside 其他资金 (C of its row).
    JsonNode otherFunds = null;
    for (JsonNode f : findings) {
      if (f.get("field").asString().equals("otherFunds")) {
        otherFunds = f;
      }
    }
    assertThat(otherFunds).as(validated.out).isNotNull();
    assertThat(otherFunds.get("cell").asString()).matches("绩效目标表!C\\d+");
  }

  @Test
  void refusesToWriteAWorkbookToStandardOutput() {
    Path csv = Inputs.sheet(dir, "wei.csv", SeedTables.wei2025());
    Cli r = Cli.run("convert", "--to", "xlsx", csv.toString());
    assertThat(r.status).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("-o").contains("JX-CLI-012");
  }

  @Test
  void aFileThatIsNotAWorkbookNamedXlsxIsOneTypedLine() {
    Path fake = Inputs.write(dir.resolve("fake.xlsx"), "项目名称,指标值\n");
    Cli r = Cli.run("validate", fake.toString());
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err.lines()).hasSize(1).first().asString().contains("fake.xlsx").contains("JX-XLSX-002");
  }
}
