package io.github.jixiao.office;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A workbook of many tables in the form layout, for reading at a small heap in a JVM of its own:
 * {@code write N FILE} writes N tables, {@code
 * read FILE} reads the file ({@code read-stream FILE}: from a stream of it) and prints how many tables and
 * warnings it read.
 */
public final class LargeFormWorkbook {
  private LargeFormWorkbook() {}

  /** {@code n} tables: Wei county's two 2025 tables in turn, each with a project code of its own. */
  static List<ProjectTargetTable> tables(int n) {
    List<ProjectTargetTable> seeds = SeedTables.wei2025();
    List<ProjectTargetTable> tables = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ProjectTargetTable seed = seeds.get(i % seeds.size());
      tables.add(seed.withProjectCode("13043425P" + String.format("%08d", i) + "002E").withComplete(true));
    }
    return tables;
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("write")) {
      WorkbookWriter.builder().layout(WorkbookLayout.FORM).build()
          .write(tables(Integer.parseInt(args[1])), Path.of(args[2]));
    } else if (args.length == 2 && args[0].equals("read")) {
      print(WorkbookReader.create().read(Path.of(args[1])));
    } else if (args.length == 2 && args[0].equals("read-stream")) {
      try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
        print(WorkbookReader.create().read(in, args[1]));
      }
    } else {
      throw new IllegalArgumentException("usage: write N FILE | read FILE | read-stream FILE");
    }
  }

  private static void print(ReadResult<List<ProjectTargetTable>> r) {
    System.out.println("tables " + r.value().size() + " warnings " + r.warnings().size());
  }
}
