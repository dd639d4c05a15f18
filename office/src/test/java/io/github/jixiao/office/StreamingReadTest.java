package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.TableField;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming read of an {@code .xlsx} (the reader's only one) gives what the in-memory read (POI's
 * {@code XSSFWorkbook}, which the reader keeps for {@code .xls}) gives: the same tables, the same warnings in the
 * same order, the same places for every table, indicator and cell, and the same refusals.
 */
class StreamingReadTest {
  private static final WorkbookReader READER = WorkbookReader.create();

  @TempDir
  Path dir;

  /** Reads {@code bytes} both ways and checks they agree; the streamed result. */
  private static ReadResult<List<ProjectTargetTable>> bothWays(byte[] bytes, String name) {
    ReadResult<List<ProjectTargetTable>> streamed = READER.read(new ByteArrayInputStream(bytes), name);
    ReadResult<List<ProjectTargetTable>> inMemory = READER.readInMemory(bytes, name);
    assertThat(streamed.value()).isEqualTo(inMemory.value());
    assertThat(streamed.warnings()).isEqualTo(inMemory.warnings());
    assertThat(places(streamed)).isEqualTo(places(inMemory)).isNotEmpty();
    return streamed;
  }

  /** Every place the source map gives, printed: tables, indicators, and each field of each. */
  private static List<String> places(ReadResult<List<ProjectTargetTable>> r) {
    SourceMap map = r.sourceMap().orElseThrow();
    List<String> places = new ArrayList<>();
    for (int t = 0; t < r.value().size(); t++) {
      places.add(map.table(t).toString());
      for (TableField f : TableField.values()) {
        if (!f.isIndicatorCell()) {
          places.add(map.cell(t, f).toString());
        }
      }
      for (int i = 0; i < r.value().get(t).indicators().size(); i++) {
        places.add(map.indicator(t, i).toString());
        for (TableField f : TableField.values()) {
          if (f.isIndicatorCell()) {
            places.add(map.cell(t, i, f).toString());
          }
        }
      }
    }
    return places;
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = StreamingReadTest.class.getResourceAsStream("libreoffice/" + name)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rows.xlsx", "form.xlsx"})
  void readsTheLibreOfficeWorkbooksAsTheInMemoryReadDoes(String name) throws IOException {
    assertThat(bothWays(fixture(name), name).value()).hasSize(2);
  }

  @Test
  void readsTheSeedTablesTypedByHandAsTheInMemoryReadDoes() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Workbooks.typed(workbook, "2021", SeedTables.dingzhou2021());
    Workbooks.typed(workbook, "2025", SeedTables.wei2025());
    assertThat(bothWays(Workbooks.bytes(workbook), "typed.xlsx").value()).hasSize(SeedTables.all().size());
  }

  @Test
  void readsTheWrittenFormLayoutWithItsInlineStringsAsTheInMemoryReadDoes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.builder().layout(WorkbookLayout.FORM).build().write(SeedTables.all(), out);
    assertThat(bothWays(out.toByteArray(), "form.xlsx").value()).hasSize(SeedTables.all().size());
  }

  @Test
  void readsHandFilledFormsWithHiddenSheetsRowsAndColumnsAsTheInMemoryReadDoes() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet first = workbook.createSheet("Sheet1");
    HandFilledForm.hardshipGrants(first, 0);
    HandFilledForm.hardshipGrants(first, 20);
    first.getRow(23).setZeroHeight(true);
    first.setColumnHidden(4, true);
    workbook.createSheet("说明").createRow(2).createCell(1).setCellValue("填表说明：金额以万元为单位");
    HandFilledForm.hardshipGrants(workbook.createSheet("2025 项目"), 3);
    workbook.setSheetHidden(2, true);
    ReadResult<List<ProjectTargetTable>> r = bothWays(Workbooks.bytes(workbook), "hand.xlsx");
    assertThat(r.value()).hasSize(3);
    assertThat(r.warnings()).extracting(p -> p.code())
        .contains("JX-XLSX-020", "JX-XLSX-021", "JX-XLSX-022", "JX-XLSX-031");
  }

  @Test
  void readsFormulasBooleansErrorsDatesAndColumnStylesAsTheInMemoryReadDoes() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Sheet1");
    String[] header = {"项目编码", "项目名称", "预算数", "其中：财政资金", "其他资金", "一级指标", "二级指标", "三级指标",
        "指标值", "指标值确定依据", "备注"};
    Row top = sheet.createRow(0);
    for (int c = 0; c < header.length; c++) {
      top.createCell(c).setCellValue(header[c]);
    }
    CellStyle twoDecimals = workbook.createCellStyle();
    twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    CellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    sheet.setDefaultColumnStyle(4, twoDecimals);
    for (int r = 1; r <= 4; r++) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue("13043425P0043741000" + r + "E");
      row.createCell(1).setCellValue("项目" + r);
      row.createCell(2).setCellFormula("D" + (r + 1) + "+E" + (r + 1));
      row.getCell(2).setCellStyle(twoDecimals);
      row.createCell(3).setCellValue(3309840.5 * r);
      row.getCell(3).setCellStyle(twoDecimals);
      row.createCell(4).setCellValue(2.5);            // styled by its column alone
      row.createCell(5).setCellValue("产出指标");
      row.createCell(6).setCellFormula("\"数量\"&\"指标\"");
      row.createCell(7).setCellValue(r % 2 == 0);
      row.createCell(8).setCellFormula("1/0");
      row.createCell(9).setCellValue(LocalDateTime.of(2025, 6, 30, r == 1 ? 0 : 17, 30));
      row.getCell(9).setCellStyle(date);
      row.createCell(10).setCellValue("_x0041_缩写");
    }
    workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    sheet.addMergedRegion(new CellRangeAddress(1, 4, 5, 5));
    assertThat(bothWays(Workbooks.bytes(workbook), "cells.xlsx").value()).isNotEmpty();
  }

  @Test
  void readsASheetPartWrittenByHandAsTheInMemoryReadDoes() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("产出指标");   // shared string 0
    workbook.createCellStyle().setDataFormat(workbook.createDataFormat().getFormat("0.00"));   // style 1
    workbook.createCellStyle().setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));   // 2
    workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
    String header = String.join("", List.of("项目编码", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值",
        "指标值确定依据", "备注", "填报时间").stream().map(StreamingReadTest::inline).toList());
    String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<cols><col min=\"9\" max=\"9\" width=\"12\" style=\"1\"/></cols><sheetData>"
        + "<row r=\"1\">" + header + "</row>"
        + "<row r=\"2\">" + inline("13043425P00437410002E")   // cells without references: one after another
        + "<c t=\"inlineStr\"><is><r><t>2025年</t></r><r><rPr><b/></rPr><t>特困生救助金</t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>ねん</t></rPh></is></c>"
        + "<c s=\"1\"><v>5</v></c><c t=\"s\"><v>0</v></c>"
        + "<c t=\"str\"><f>\"数量\"&amp;\"指标\"</f><v>数量指标</v></c>"
        + "<c t=\"inlineStr\"><is><t xml:space=\"preserve\"> 救助人数_x000D_</t></is></c>"
        + "<c><f>50*2</f><v>100</v></c><c t=\"b\"><v>1</v></c><c><v>2.5</v></c><c s=\"2\"><v>45000.5</v></c></row>"
        + "<row r=\"4\" hidden=\"1\"><c r=\"A4\" t=\"inlineStr\"><is><t>13043425P00437410003E</t></is></c>"
        + "<c r=\"B4\" t=\"e\"><v>#N/A</v></c><c r=\"F4\" t=\"s\"><v>7</v></c><c r=\"G4\"><f>1+1</f></c></row>"
        + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"D2:D4\"/></mergeCells></worksheet>";
    byte[] bytes = Workbooks.replacing(Workbooks.bytes(workbook), "xl/worksheets/sheet1.xml",
        sheet.getBytes(StandardCharsets.UTF_8));
    ReadResult<List<ProjectTargetTable>> r = bothWays(bytes, "hand.xlsx");
    assertThat(r.value()).hasSize(2);
    assertThat(r.value().get(0).projectName()).contains("2025年特困生救助金");
    assertThat(r.value().get(0).budget().total().orElseThrow().value()).isEqualByComparingTo("5.00");
    assertThat(r.value().get(1).indicators().get(0).category()).isEqualTo(r.value().get(0).indicators().get(0).category());
    assertThat(r.warnings()).extracting(p -> p.code()).contains("JX-XLSX-021");
  }

  private static String inline(String text) {
    return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  @Test
  void readsAFileAsItsStreamIsRead() throws IOException {
    Path file = dir.resolve("form.xlsx");
    Files.write(file, fixture("form.xlsx"));
    ReadResult<List<ProjectTargetTable>> fromFile = READER.read(file);
    ReadResult<List<ProjectTargetTable>> fromStream = READER.read(new ByteArrayInputStream(fixture("form.xlsx")),
        "form.xlsx");
    assertThat(fromFile.value()).isEqualTo(fromStream.value()).hasSize(2);
    assertThat(fromFile.warnings()).isEqualTo(fromStream.warnings());
    assertThat(places(fromFile)).isEqualTo(places(fromStream));
  }

  @Test
  void refusesWhatTheInMemoryReadRefusesWithTheSameCodeAndPlace() {
    byte[] bytes = Workbooks.bytes(workbookOf(SeedTables.wei2025()));
    for (ReadLimits limits : List.of(ReadLimits.builder().maxStringLength(20).build(),
        ReadLimits.builder().maxRows(5).build(), ReadLimits.builder().maxColumns(8).build())) {
      WorkbookReader reader = WorkbookReader.builder().limits(limits).build();
      ReadException streamed = catchThrowableOfType(ReadException.class,
          () -> reader.read(new ByteArrayInputStream(bytes), "limits.xlsx"));
      ReadException inMemory = catchThrowableOfType(ReadException.class, () -> reader.readInMemory(bytes, "limits.xlsx"));
      assertThat(streamed.problem()).as(limits.toString()).isEqualTo(inMemory.problem());
    }
  }

  private static XSSFWorkbook workbookOf(List<ProjectTargetTable> tables) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Workbooks.typed(workbook, "Sheet1", tables);
    return workbook;
  }
}
