package io.github.jixiao.benchmarks;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.office.DocumentReader;
import io.github.jixiao.office.DocumentWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a Word document of 200 published tables (each a title paragraph and a form grid, about 5,000 table
 * rows) from a {@code .docx} file: the SDK's {@link DocumentReader} (the blocks handed to the published text's
 * assembly, tables built, values parsed, every cell placed by Word table, row and cell) against what a user
 * writes by hand with POI: open an {@code XWPFDocument} and walk its body, each paragraph's text and each table
 * cell's text into rows of texts, which is still far from tables.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class DocumentReadBenchmark {
  static final int TABLES = 200;

  private Path file;
  private DocumentReader reader;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("jixiao-bench-", ".docx");
    PerformanceTargetDocument document = PerformanceTargetDocument.builder().fiscalYear(2025)
        .addAllTables(WorkbookReadBenchmark.tables(TABLES)).build();
    DocumentWriter.create().write(document, file);
    reader = DocumentReader.create();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public PerformanceTargetDocument sdk() {
    return reader.read(file).value();
  }

  @Benchmark
  public List<List<String>> baseline() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          rows.add(List.of(paragraph.getText()));
        } else if (element instanceof XWPFTable table) {
          for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
              cells.add(cell.getText());
            }
            rows.add(cells);
          }
        }
      }
    }
    return rows;
  }
}
