package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.SelfEvaluationField;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.sheet.SelfEvaluationSheetReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Self-evaluation tables (项目支出绩效自评表) written as workbooks in both layouts and read back: equal tables,
 * defects kept as written, every self-evaluation cell placed at its own cell, and the front door handing them
 * out as self-evaluation tables.
 */
class SelfEvaluationWorkbookTest {
  static final ReadResult<List<SelfEvaluationTable>> CSV =
      SelfEvaluationSheetReader.create().read(Path.of("src/test/fixtures/self-evaluation.csv"));

  private static byte[] written(List<SelfEvaluationTable> tables, WorkbookLayout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.builder().layout(layout).build().writeSelfEvaluation(tables, out);
    return out.toByteArray();
  }

  private static ReadResult<List<SelfEvaluationTable>> read(byte[] bytes) {
    return WorkbookReader.create().readSelfEvaluation(new ByteArrayInputStream(bytes), "自评.xlsx");
  }

  @ParameterizedTest
  @EnumSource(WorkbookLayout.class)
  void theWaterBureauAndSchoolTablesReadBackEqual(WorkbookLayout layout) {
    assertThat(CSV.warnings()).isEmpty();
    ReadResult<List<SelfEvaluationTable>> back = read(written(CSV.value(), layout));
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).isEqualTo(CSV.value());
    SelfEvaluationTable water = back.value().get(0);
    assertThat(water.indicators()).extracting(e -> e.actual().raw())
        .containsExactly("41公里", "≥95%", "完成", "1.1万人", "92%");
    assertThat(water.indicators().get(4).scoreText()).contains("7分");
    assertThat(water.budgetExecution().executionRateText()).contains("95%");
    assertThat(back.value().get(1).totalScoreText()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(WorkbookLayout.class)
  void keepsWhatTheLayoutLacksAbsent(WorkbookLayout layout) {
    SelfEvaluationTable water = CSV.value().get(0).toBuilder().gradeText(Optional.empty())
        .absentEvaluationCells(EnumSet.of(SelfEvaluationField.GRADE)).build();
    SelfEvaluationTable back = read(written(List.of(water), layout)).value().get(0);
    assertThat(back).isEqualTo(water);
    assertThat(back.isAbsent(SelfEvaluationField.GRADE)).isTrue();
    assertThat(back.isAbsent(SelfEvaluationField.TOTAL_SCORE)).isFalse();
    assertThat(back.isAbsent(TableField.BASIS)).isTrue();
  }

  @Test
  void placesEachSelfEvaluationCellOfTheFormAtItsOwnCell() {
    ReadResult<List<SelfEvaluationTable>> back = read(written(CSV.value(), WorkbookLayout.FORM));
    SourceMap map = back.sourceMap().orElseThrow();
    // title, 单位, 项目名称, 实施单位, then the 项目资金 block's header on row 5 and 年度资金总额 on row 6
    assertThat(map.cell(0, SelfEvaluationField.INITIAL_BUDGET).orElseThrow().reference()).contains("绩效自评表!C6");
    assertThat(map.cell(0, SelfEvaluationField.EXECUTION_RATE).orElseThrow().reference()).contains("绩效自评表!G6");
    assertThat(map.cell(0, SelfEvaluationField.EXECUTION_SCORE).orElseThrow().toString())
        .contains("(执行率得分)", "tables[0].executionScore");
    assertThat(map.cell(0, SelfEvaluationField.OUTCOME).orElseThrow().reference()).contains("绩效自评表!E11");
    // the grid's header on row 12: 一级指标 … 分值 (E), 实际完成值 (F), 得分 (G)
    assertThat(map.cell(0, 4, SelfEvaluationField.SCORE).orElseThrow().reference()).contains("绩效自评表!G17");
    assertThat(map.cell(0, 4, SelfEvaluationField.ACTUAL).orElseThrow().toString())
        .contains("绩效自评表!F17", "tables[0].indicators[4].actual");
    assertThat(map.cell(0, SelfEvaluationField.TOTAL_SCORE).orElseThrow().reference()).contains("绩效自评表!G18");
    assertThat(map.cell(0, SelfEvaluationField.GRADE).orElseThrow().reference()).contains("绩效自评表!B19");
    assertThat(map.cell(1, 0, SelfEvaluationField.ACTUAL)).isPresent();
    assertThat(map.table(1).orElseThrow().first()).isEqualTo(21);
  }

  @Test
  void writesTheFormWithItsBudgetLineGoalBlockAndClosingRows() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written(CSV.value(), WorkbookLayout.FORM)))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("绩效自评表");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年度项目支出绩效自评表");
      assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("年初预算数");
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("年度资金总额");
      assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("预期目标");
      assertThat(sheet.getRow(9).getCell(4).getStringCellValue()).isEqualTo("实际完成情况");
      assertThat(sheet.getRow(17).getCell(0).getStringCellValue()).isEqualTo("总分");
      assertThat(sheet.getRow(18).getCell(0).getStringCellValue()).isEqualTo("自评等级");
    }
  }

  @Test
  void theFrontDoorHandsOutASelfEvaluationWorkbookAsSelfEvaluationTables(@TempDir Path dir) throws IOException {
    Path form = dir.resolve("自评表.xlsx");
    Files.write(form, written(CSV.value(), WorkbookLayout.FORM));
    TableFile read = TableFiles.create().read(form);
    assertThat(read.format()).isEqualTo("xlsx");
    assertThat(read.selfEvaluationTables()).isEqualTo(CSV.value());
    assertThat(read.tables()).isEmpty();
    Path rows = dir.resolve("rows.xlsx");
    Files.write(rows, written(CSV.value(), WorkbookLayout.ROW));
    assertThat(TableFiles.create().read(rows).selfEvaluationTables()).isEqualTo(CSV.value());
  }
}
