package io.github.jixiao.benchmarks;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.office.WorkbookLayout;
import io.github.jixiao.office.WorkbookReader;
import io.github.jixiao.office.WorkbookWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Reading a workbook of 1,000 tables in the form layout (the published template, merged cells and all, about
 * 24,000 rows) from a file: the SDK's {@link WorkbookReader} (streamed, merged cells resolved, tables assembled,
 * every cell placed) against what a user writes by hand with POI: open an {@code XSSFWorkbook} and loop over
 * its cells, each formatted as displayed, into rows of texts, which is still far from tables.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class WorkbookReadBenchmark {
  static final int TABLES = 1_000;

  private Path file;
  private WorkbookReader reader;

  /** {@code n} realistic tables, each with a project code of its own. */
  static List<ProjectTargetTable> tables(int n) {
    List<ProjectTargetTable> tables = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tables.add(BenchmarkTables.withIndicators(BenchmarkTables.REALISTIC, i));
    }
    return tables;
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("jixiao-bench-", ".xlsx");
    WorkbookWriter.builder().layout(WorkbookLayout.FORM).build().write(tables(TABLES), file);
    reader = WorkbookReader.create();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public List<ProjectTargetTable> sdk() {
    return reader.read(file).value();
  }

  @Benchmark
  public List<List<String>> baseline() throws IOException, InvalidFormatException {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (Cell cell : row) {
            cells.add(formatter.formatCellValue(cell));
          }
          rows.add(cells);
        }
      }
    }
    return rows;
  }
}
