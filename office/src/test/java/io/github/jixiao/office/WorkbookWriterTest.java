package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookWriterTest {
  private static byte[] written(List<ProjectTargetTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.create().write(tables, out);
    return out.toByteArray();
  }

  @Test
  void everySeedTableReadsBackEqual() {
    List<ProjectTargetTable> all = new ArrayList<>(SeedTables.dingzhou2021());
    all.addAll(SeedTables.wei2025());
    ReadResult<List<ProjectTargetTable>> r =
        WorkbookReader.create().read(new ByteArrayInputStream(written(all)), "roundtrip.xlsx");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.value()).isEqualTo(all.stream().map(t -> t.withComplete(true)).toList());
  }

  @Test
  void writesACellStartingWithAnEqualsSignAsTextNeverAsAFormula() throws IOException {
    ProjectTargetTable hostile = SeedTables.weiHardshipGrants().withProjectName("=HYPERLINK(\"http://x\",\"点击\")");
    byte[] bytes = written(List.of(hostile));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Row row : workbook.getSheetAt(0)) {
        row.forEach(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
      }
      assertThat(workbook.getSheetName(0)).isEqualTo("绩效目标表");
    }
    ProjectTargetTable read = WorkbookReader.create().read(new ByteArrayInputStream(bytes), "x.xlsx").value().get(0);
    assertThat(read.projectName()).contains("=HYPERLINK(\"http://x\",\"点击\")");
  }
}
