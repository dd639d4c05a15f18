package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a readable workbook: each refused with its code, the file named, in bounded time. */
class WorkbookBadInputTest {
  private static ReadException refused(byte[] bytes, String name) {
    long start = System.nanoTime();
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> WorkbookReader.create().read(new ByteArrayInputStream(bytes), name));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.getMessage()).startsWith(name).doesNotContain("Exception:");
    return e;
  }

  private static byte[] wei() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Workbooks.typed(workbook, "Sheet1", SeedTables.wei2025());
    return Workbooks.bytes(workbook);
  }

  @Test
  void refusesAWorkbookCutOffHalfWay() {
    byte[] whole = wei();
    assertThat(refused(Arrays.copyOf(whole, whole.length / 2), "cut.xlsx").problem().code()).isEqualTo("JX-XLSX-004");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(refused(new byte[0], "empty.xlsx").getMessage()).contains("an empty file");
  }

  @Test
  void refusesAPasswordProtectedWorkbook() throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("weixian2025");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(wei());
      }
      fs.writeFilesystem(out);
    }
    ReadException e = refused(out.toByteArray(), "locked.xlsx");
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-003");
    assertThat(e.getMessage()).contains("password");
  }

  @Test
  void refusesAMacroEnabledWorkbook() {
    XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
    Workbooks.typed(workbook, "Sheet1", SeedTables.wei2025());
    assertThat(refused(Workbooks.bytes(workbook), "macro.xlsm").problem().code()).isEqualTo("JX-XLSX-006");
  }

  @Test
  void refusesAZipBombWithinItsInflateRatioGuard() throws IOException {
    byte[] bomb = Workbooks.replacing(wei(), "xl/worksheets/sheet1.xml",
        ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + " ".repeat(20_000_000) + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
    assertThat(bomb.length).isLessThan(200_000);
    assertThat(refused(bomb, "bomb.xlsx").problem().code()).isEqualTo("JX-XLSX-007");
  }

  @Test
  void refusesAnExternalEntityInASheetWithoutReadingTheEntity() throws IOException {
    byte[] xxe = Workbooks.replacing(wei(), "xl/sharedStrings.xml", ("<?xml version=\"1.0\"?><!DOCTYPE sst ["
        + "<!ENTITY secret SYSTEM \"file:///etc/hostname\">]><sst xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>&secret;</t></si></sst>")
        .getBytes(StandardCharsets.UTF_8));
    ReadException e = refused(xxe, "xxe.xlsx");
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-004");
  }

  @Test
  void refusesAWordDocumentAsNotAWorkbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("2025年部门预算绩效目标");
      doc.write(out);
    }
    assertThat(refused(out.toByteArray(), "targets.xlsx").problem().code()).isIn("JX-XLSX-002", "JX-XLSX-004");
  }

  @Test
  void refusesAWorkbookBeyondTheByteLimitBeforeOpeningIt() {
    byte[] bytes = wei();
    ReadException e = catchThrowableOfType(ReadException.class, () -> WorkbookReader.builder()
        .limits(ReadLimits.builder().maxDocumentLength(bytes.length - 1).build()).build().read(new ByteArrayInputStream(bytes), "big.xlsx"));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-001");
    assertThat(e.getMessage()).contains("maxDocumentLength");
  }

  @Test
  void refusesACellBeyondTheStringLimitNamingTheCell() {
    byte[] bytes = wei();
    ReadException e = catchThrowableOfType(ReadException.class, () -> WorkbookReader.builder()
        .limits(ReadLimits.builder().maxStringLength(20).build()).build()
        .read(new ByteArrayInputStream(bytes), "long-cell.xlsx"));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-012");
    assertThat(e.problem().location().reference()).isPresent();
    assertThat(e.getMessage()).contains("maxStringLength");
  }

  @Test
  void refusesASheetReachingBeyondTheRowLimitNamingTheSheet() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Workbooks.typed(workbook, "Sheet1", List.of(SeedTables.weiHardshipGrants()));
    workbook.getSheetAt(0).createRow(999_999).createCell(0).setCellValue("x");
    byte[] bytes = Workbooks.bytes(workbook);
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> WorkbookReader.create().read(new ByteArrayInputStream(bytes), "long.xlsx"));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-010");
    assertThat(e.problem().location().sheet()).contains("Sheet1");
  }

  @Test
  void refusesAMillionEmptyStyledRowsAtTheRowLimitNamingTheLastRow() throws IOException {
    StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
        + "main\"><sheetData>");
    for (int r = 1; r <= 1_000_000; r++) {
      sheet.append("<row r=\"").append(r).append("\" s=\"1\" customFormat=\"1\"/>");
    }
    byte[] rows = Workbooks.replacing(wei(), "xl/worksheets/sheet1.xml",
        sheet.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8));
    ReadException e = refused(rows, "styled.xlsx");
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-010");
    assertThat(e.getMessage()).contains("reaches row 1000000");
  }

  @Test
  void refusesAHugeSharedStringAtTheCellThatShowsIt() throws IOException {
    Random random = new Random(15);
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 1_200_000; i++) {
      huge.append((char) (0x4E00 + random.nextInt(0x5000)));   // CJK ideographs, which barely compress
    }
    byte[] strings = Workbooks.replacing(wei(), "xl/sharedStrings.xml", ("<sst xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>" + huge + "</t></si></sst>")
        .getBytes(StandardCharsets.UTF_8));
    ReadException e = refused(strings, "strings.xlsx");
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-012");
    assertThat(e.problem().location().reference()).contains("Sheet1!A1");
  }

  @Test
  void refusesAWorkbookFileCutOffHalfWay(@TempDir Path dir) throws IOException {
    byte[] whole = wei();
    Path cut = dir.resolve("cut.xlsx");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    ReadException e = catchThrowableOfType(ReadException.class, () -> WorkbookReader.create().read(cut));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-004");
    assertThat(e.getMessage()).startsWith("cut.xlsx");
  }

  @Test
  void refusesAZipBombFileWhenItsSheetIsRead(@TempDir Path dir) throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    Files.write(bomb, Workbooks.replacing(wei(), "xl/worksheets/sheet1.xml",
        ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + " ".repeat(20_000_000) + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
    ReadException e = catchThrowableOfType(ReadException.class, () -> WorkbookReader.create().read(bomb));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-007");
  }

  @Test
  void refusesAWorkbookFileBeyondTheByteLimitBeforeOpeningIt(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.xlsx");
    Files.write(big, wei());
    ReadException e = catchThrowableOfType(ReadException.class, () -> WorkbookReader.builder()
        .limits(ReadLimits.builder().maxDocumentLength(Files.size(big) - 1).build()).build().read(big));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-001");
  }

  @Test
  void refusesAMissingWorkbookFile(@TempDir Path dir) {
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> WorkbookReader.create().read(dir.resolve("gone.xlsx")));
    assertThat(e.problem().code()).isEqualTo("JX-XLSX-008");
  }
}
