package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files that are not a readable Word document: each refused with its code, the file named, in bounded time. */
class DocumentBadInputTest {
  private static ReadException refused(DocumentReader reader, byte[] bytes, String name) {
    long start = System.nanoTime();
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> reader.read(new ByteArrayInputStream(bytes), name));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.getMessage()).startsWith(name).doesNotContain("Exception:");
    return e;
  }

  private static ReadException refused(byte[] bytes, String name) {
    return refused(DocumentReader.create(), bytes, name);
  }

  static byte[] fixture(String extension) throws IOException {
    try (InputStream in = DocumentBadInputTest.class.getResourceAsStream("word/qinghe-water-2025." + extension)) {
      return in.readAllBytes();
    }
  }

  private static DocumentReader limited(ReadLimits.Builder limits) {
    return DocumentReader.builder().limits(limits.build()).build();
  }

  @Test
  void refusesADocxCutOffHalfWay() throws IOException {
    byte[] whole = fixture("docx");
    assertThat(refused(Arrays.copyOf(whole, whole.length / 2), "cut.docx").problem().code()).isEqualTo("JX-DOCX-004");
  }

  @Test
  void refusesADocCutOffHalfWay() throws IOException {
    byte[] whole = fixture("doc");
    assertThat(refused(Arrays.copyOf(whole, whole.length / 2), "cut.doc").problem().code()).isEqualTo("JX-DOCX-004");
  }

  @Test
  void refusesAnEmptyFile() {
    ReadException e = refused(new byte[0], "empty.docx");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-002");
    assertThat(e.getMessage()).contains("an empty file");
  }

  @Test
  void refusesTextNamedAsADocumentPointingToTheTextReader() {
    ReadException e = refused("第一部分\n部门整体绩效目标\n".getBytes(StandardCharsets.UTF_8), "plan.docx");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-002");
    assertThat(e.getMessage()).contains("published-text reader");
  }

  @Test
  void refusesAnXlsxWorkbookAsNotADocument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("项目名称");
      workbook.write(out);
    }
    ReadException e = refused(out.toByteArray(), "targets.docx");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-002");
    assertThat(e.getMessage()).contains("Excel workbook");
  }

  @Test
  void refusesAnXlsWorkbookAsNotADocument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("项目名称");
      workbook.write(out);
    }
    ReadException e = refused(out.toByteArray(), "targets.doc");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-002");
    assertThat(e.getMessage()).contains("WordDocument", "Excel workbook");
  }

  @Test
  void refusesAPasswordProtectedDocument() throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("qinghe2025");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(fixture("docx"));
      }
      fs.writeFilesystem(out);
    }
    ReadException e = refused(out.toByteArray(), "locked.docx");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-003");
    assertThat(e.getMessage()).contains("password");
  }

  @Test
  void refusesAZipBombWithinItsInflateRatioGuard() throws IOException {
    byte[] bomb = replacing(fixture("docx"), "word/document.xml", ("<w:document xmlns:w=\"http://schemas."
        + "openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + " ".repeat(20_000_000) + "</w:body></w:document>")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(bomb.length).isLessThan(200_000);
    assertThat(refused(bomb, "bomb.docx").problem().code()).isEqualTo("JX-DOCX-005");
  }

  @Test
  void refusesPartsExpandingBeyondTheDocumentLimitBeforeTheLibraryParsesThem() throws IOException {
    byte[] docx = fixture("docx");
    ReadException e = refused(limited(ReadLimits.builder().maxDocumentLength(docx.length + 1000)), docx, "big.docx");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-005");
    assertThat(e.getMessage()).contains("maxDocumentLength");
  }

  @Test
  void refusesAnExternalEntityWithoutReadingTheEntity() throws IOException {
    byte[] xxe = replacing(fixture("docx"), "word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE w:document ["
        + "<!ENTITY secret SYSTEM \"file:///etc/hostname\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>")
        .getBytes(StandardCharsets.UTF_8));
    ReadException e = refused(xxe, "xxe.docx");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-007");
  }

  @Test
  void refusesADocumentBeyondTheByteLimitBeforeOpeningIt() throws IOException {
    byte[] bytes = fixture("doc");
    ReadException e = refused(limited(ReadLimits.builder().maxDocumentLength(bytes.length - 1)), bytes, "big.doc");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-001");
  }

  @Test
  void refusesATableBeyondTheRowLimitNamingTheRow() throws IOException {
    ReadException e = refused(limited(ReadLimits.builder().maxRows(12)), fixture("docx"), "long.docx");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-010");
    assertThat(e.problem().location()).isEqualTo(SourceLocation.tableCell("long.docx", 1, 13, 0));
  }

  @Test
  void refusesARowBeyondTheCellLimit() throws IOException {
    ReadException e = refused(limited(ReadLimits.builder().maxColumns(5)), fixture("doc"), "wide.doc");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-011");
    assertThat(e.getMessage()).startsWith("wide.doc table 1 row 3: ");
  }

  @Test
  void refusesACellBeyondTheStringLimitNamingTheCell() throws IOException {
    ReadException e = refused(limited(ReadLimits.builder().maxStringLength(25)), fixture("docx"), "long.docx");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-012");
    assertThat(e.problem().location().toString()).startsWith("long.docx paragraph ");
  }

  @Test
  void refusesMoreParagraphsAndCellsThanTheLineLimit() throws IOException {
    ReadException e = refused(limited(ReadLimits.builder().maxLines(40)), fixture("docx"), "many.docx");
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-013");
  }

  @Test
  void refusesAMissingFile(@org.junit.jupiter.api.io.TempDir Path dir) {
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> DocumentReader.create().read(dir.resolve("missing.docx")));
    assertThat(e.problem().code()).isEqualTo("JX-DOCX-006");
    assertThat(e.getMessage()).startsWith("missing.docx");
  }

  /** The zip with one part's content replaced, every other part as it was. */
  static byte[] replacing(byte[] zip, String part, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(9);
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(e.getName().equals(part) ? content : in.readAllBytes());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
