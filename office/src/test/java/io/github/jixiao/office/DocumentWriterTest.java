package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.AmountUnit;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.WriteException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A document written in the published layout reads back into an equal document. */
class DocumentWriterTest {
  private static byte[] written(PerformanceTargetDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocumentWriter.create().write(document, out);
    return out.toByteArray();
  }

  private static ReadResult<PerformanceTargetDocument> readBack(PerformanceTargetDocument document) {
    return DocumentReader.create().read(new ByteArrayInputStream(written(document)), "written.docx");
  }

  @Test
  void writesTheFixtureDocumentSoThatItReadsBackEqual() throws Exception {
    PerformanceTargetDocument document = DocumentReaderTest.text().value();
    ReadResult<PerformanceTargetDocument> back = readBack(document);
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value()).isEqualTo(document);
  }

  @Test
  void writesTheSeedTablesSoThatTheyReadBackEqual() {
    List<ProjectTargetTable> tables = SeedTables.wei2025();
    PerformanceTargetDocument document = PerformanceTargetDocument.builder().addAllTables(tables)
        .fiscalYear(tables.get(0).fiscalYear().orElseThrow()).unit(tables.get(0).unit().orElseThrow()).build();
    ReadResult<PerformanceTargetDocument> back = readBack(document);
    assertThat(back.warnings()).isEmpty();
    assertThat(back.value().tables()).isEqualTo(tables);
    assertThat(back.value()).isEqualTo(document);
  }

  /** A document cannot say a table was cut off: it is written as the rows it has and reads back complete. */
  @Test
  void writesACutOffTableAsTheRowsItHas() {
    List<ProjectTargetTable> tables = SeedTables.dingzhou2021();
    assertThat(tables.get(2).complete()).isFalse();
    ReadResult<PerformanceTargetDocument> back =
        readBack(PerformanceTargetDocument.builder().addAllTables(tables).build());
    assertThat(back.value().tables().get(2)).isEqualTo(tables.get(2).toBuilder().complete(true).build());
    assertThat(back.value().tables().subList(0, 2)).isEqualTo(tables.subList(0, 2));
  }

  @Test
  void mergesARepeatedCategoryDownWithVerticalMerge() throws Exception {
    PerformanceTargetDocument document = DocumentReaderTest.text().value();
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(written(document)))) {
      XWPFTable table = docx.getTables().get(0);
      assertThat(table.getText()).contains("单位：万元", "绩效目标", "一级指标");
      XWPFTableCell first = table.getRow(8).getCell(0);
      XWPFTableCell second = table.getRow(9).getCell(0);
      assertThat(first.getText()).isEqualTo("产出指标");
      assertThat(first.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
      assertThat(second.getText()).isEmpty();
      assertThat(second.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
      assertThat(table.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString()).isEqualTo("single");
      assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).getFontFamily(
          org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
    }
  }

  @Test
  void refusesAnAmountInAnotherMoneyUnitThanItsTable() {
    ProjectTargetTable table = SeedTables.weiHardshipGrants().toBuilder()
        .budget(Budget.builder().total(Amount.of("50000", AmountUnit.YUAN)).build()).build();
    WriteException e = catchThrowableOfType(WriteException.class,
        () -> written(PerformanceTargetDocument.builder().addTables(table).build()));
    assertThat(e.path()).isEqualTo("tables[0].budget.total");
  }

  @Test
  void writesToAFile(@TempDir Path dir) {
    PerformanceTargetDocument document = PerformanceTargetDocument.builder().addAllTables(SeedTables.wei2025())
        .build();
    Path file = dir.resolve("wei.docx");
    DocumentWriter.create().write(document, file);
    assertThat(DocumentReader.create().read(file).value().tables()).isEqualTo(SeedTables.wei2025());
    assertThat(Files.exists(file)).isTrue();
  }
}
