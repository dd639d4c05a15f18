package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.CellAddress;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.TableField;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadLimits;
import io.github.jixiao.serialization.SourceLocation;
import io.github.jixiao.serialization.files.FormatReader;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With jixiao-office on the class path the front door reads workbooks, found as a service. */
class WorkbookFrontDoorTest {
  @TempDir
  Path dir;

  private static byte[] xlsx(List<ProjectTargetTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.create().write(tables, out);
    return out.toByteArray();
  }

  @Test
  void theFrontDoorFindsTheOfficeFormatsAsServices() {
    assertThat(TableFiles.create().formats()).extracting(FormatReader::name).startsWith("word", "xlsx");
  }

  @Test
  void readsAnXlsxFileByItsExtensionWithCellsLocatedOnTheSheet() throws IOException {
    Path book = dir.resolve("book.xlsx");
    Files.write(book, xlsx(SeedTables.wei2025()));
    TableFile read = TableFiles.create().read(book);
    assertThat(read.format()).isEqualTo("xlsx");
    assertThat(read.tables()).isEqualTo(SeedTables.wei2025());
    SourceLocation target = read.sourceMap().locate(CellAddress.of(0, 0, TableField.TARGET)).orElseThrow();
    assertThat(target.reference()).hasValueSatisfying(r -> assertThat(r).matches("绩效目标表![A-Z]+2"));
  }

  @Test
  void readsAWorkbookFromAnUnnamedStreamByItsFirstBytes() {
    TableFile read = TableFiles.create().read(new ByteArrayInputStream(xlsx(SeedTables.wei2025())), "-");
    assertThat(read.format()).isEqualTo("xlsx");
    assertThat(read.tables()).hasSize(SeedTables.wei2025().size());
  }

  @Test
  void readsAnXlsWorkbookByItsFirstBytes() throws IOException {
    HSSFWorkbook workbook = new HSSFWorkbook();
    Workbooks.typed(workbook, "Sheet1", List.of(SeedTables.weiHardshipGrants()));
    TableFile read = TableFiles.create().read(new ByteArrayInputStream(Workbooks.bytes(workbook)), "upload");
    assertThat(read.format()).isEqualTo("xlsx");
    assertThat(read.tables()).hasSize(1);
    assertThat(read.tables().get(0).projectCode()).isEqualTo(SeedTables.weiHardshipGrants().projectCode());
  }

  @Test
  void theFrontDoorsLimitsAndLeniencyReachTheWorkbookReader() {
    byte[] bytes = xlsx(SeedTables.wei2025());
    TableFiles small = TableFiles.builder().limits(ReadLimits.builder().maxDocumentLength(100).build()).build();
    assertThatThrownBy(() -> small.read(new ByteArrayInputStream(bytes), "book.xlsx"))
        .isInstanceOf(ReadException.class).hasMessageContaining("JX-XLSX-001");

    XSSFWorkbook hidden = new XSSFWorkbook();
    Workbooks.typed(hidden, "Sheet1", List.of(SeedTables.weiHardshipGrants()));
    hidden.setSheetHidden(0, true);
    byte[] hiddenBytes = Workbooks.bytes(hidden);
    assertThat(TableFiles.create().read(new ByteArrayInputStream(hiddenBytes), "h.xlsx").warnings())
        .extracting(p -> p.code()).contains("JX-XLSX-020");
    assertThatThrownBy(() -> TableFiles.builder().lenient(false).build()
        .read(new ByteArrayInputStream(hiddenBytes), "h.xlsx"))
        .isInstanceOf(ReadException.class).hasMessageContaining("JX-XLSX-020");
  }

  @Test
  void aCsvNamedXlsxIsRefusedAsNotAWorkbook() {
    byte[] csv = "项目名称,指标值\n特困生救助金,100%\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TableFiles.create().read(new ByteArrayInputStream(csv), "wei.xlsx"))
        .isInstanceOf(ReadException.class).hasMessageContaining("JX-XLSX-002");
  }
}
