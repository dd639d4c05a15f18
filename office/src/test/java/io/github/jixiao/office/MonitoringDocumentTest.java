package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.MonitoringField;
import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.SourceMap;
import io.github.jixiao.serialization.files.TableFile;
import io.github.jixiao.serialization.files.TableFiles;
import io.github.jixiao.serialization.text.MonitoringTextReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monitoring table (项目支出绩效运行监控表) of our own, a town's sewage works mid-year, written as a {@code .docx}
 * by POI from its text — a line with tabs a table row, any other line a paragraph — reads as its text does.
 */
class MonitoringDocumentTest {
  private static final String TEXT = """
      2025年项目支出绩效运行监控表
      项目名称\t乡镇污水处理设施运行维护
      主管部门\t青溪县住房和城乡建设局\t实施单位\t青溪县城乡污水处理中心
      监控期\t1-7月
      项目资金（万元）\t\t年初预算数\t全年预算数\t1-7月执行数\t执行率\t全年预计执行数
      \t年度资金总额\t150.00\t150.00\t81.00\t54.00%\t148.00
      \t其中：财政拨款\t150.00\t150.00\t81.00\t—\t148.00
      年度总体目标\t全年目标\t1-7月实际完成情况
      \t保障全县11座乡镇污水处理站稳定运行，出水水质达到一级A标准。\t11座站点均在运行，出水抽检达标。
      一级指标\t二级指标\t三级指标\t年度指标值\t1-7月实际完成值\t全年预计完成情况\t偏差原因分析\t纠偏措施
      产出指标\t数量指标\t运行维护站点数\t11座\t11座\t11座\t\t
      \t质量指标\t出水水质达标率\t≥95%\t≥95%\t98%\t\t
      \t成本指标\t日均处理成本\t≤1.2元/吨\t1.35元/吨\t1.25元/吨\t汛期进水量大，药剂用量上升\t优化加药工艺，下半年压减药剂费用
      效益指标\t生态效益指标\t化学需氧量削减量\t≥400吨\t完成\t≥400吨\t\t
      """;

  private static ReadResult<List<MonitoringTable>> text() {
    return MonitoringTextReader.create().read(new StringReader(TEXT), "监控.txt");
  }

  /** The text as Word has it: its lines with tabs one table's rows, the others paragraphs. */
  private static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable table = null;
      for (String line : TEXT.split("\n")) {
        if (!line.contains("\t")) {
          doc.createParagraph().createRun().setText(line);
          table = null;
          continue;
        }
        XWPFTableRow row;
        if (table == null) {
          table = doc.createTable();
          row = table.getRow(0);
        } else {
          row = table.createRow();
        }
        while (!row.getTableCells().isEmpty()) {
          row.removeCell(0);
        }
        for (String cell : line.split("\t", -1)) {
          row.addNewTableCell().setText(cell);
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static ReadResult<List<MonitoringTable>> word() throws IOException {
    return DocumentReader.create().readMonitoring(new ByteArrayInputStream(docx()), "监控.docx");
  }

  @Test
  void readsTheSameTableAsItsText() throws IOException {
    ReadResult<List<MonitoringTable>> word = word();
    ReadResult<List<MonitoringTable>> text = text();
    assertThat(word.value()).isEqualTo(text.value()).hasSize(1);
    MonitoringTable t = word.value().get(0);
    assertThat(t.absentMonitoringCells()).isEmpty();
    assertThat(t.executionRateText()).contains("54.00%");
    assertThat(t.indicators().get(1).progress().raw()).isEqualTo("≥95%");
    assertThat(t.indicators().get(2).correction()).contains("优化加药工艺，下半年压减药剂费用");
    assertThat(t.indicators().get(3).progress().raw()).isEqualTo("完成");
    assertThat(word.warnings()).extracting(ReadProblem::code)
        .isEqualTo(text.warnings().stream().map(ReadProblem::code).toList())
        .contains("JX-TEXT-027");
  }

  @Test
  void placesCellsByTableRowAndCell() throws IOException {
    SourceMap map = word().sourceMap().orElseThrow();
    assertThat(map.cell(0, 1, MonitoringField.PROGRESS).orElseThrow().toString())
        .isEqualTo("监控.docx table 1 row 11 cell 5 tables[0].indicators[1].progress");
    assertThat(map.cell(0, MonitoringField.SPENDING_TO_DATE).orElseThrow().toString())
        .isEqualTo("监控.docx table 1 row 5 cell 5 tables[0].spendingToDate");
    assertThat(map.cell(0, MonitoringField.PERIOD).orElseThrow().toString())
        .isEqualTo("监控.docx table 1 row 3 cell 2 tables[0].period");
  }

  @Test
  void theFrontDoorHandsOutMonitoringTables() throws IOException {
    TableFile file = TableFiles.create().read(new ByteArrayInputStream(docx()), "监控.docx");
    assertThat(file.format()).isEqualTo("word");
    assertThat(file.monitoringTables()).isEqualTo(text().value());
    assertThat(file.selfEvaluationTables()).isEmpty();
    assertThat(file.document()).isEmpty();
  }

  @Test
  void readsAFileUnderItsNameAndAStrictReaderRefusesWhatIsNotKept(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("监控.docx");
    Files.write(file, docx());
    assertThat(DocumentReader.create().readMonitoring(file).value()).isEqualTo(text().value());

    DocumentReader strict = DocumentReader.builder().lenient(false).build();
    assertThatThrownBy(() -> strict.readMonitoring(file)).isInstanceOf(ReadException.class)
        .hasMessageStartingWith("监控.docx table 1 row");
  }
}
