package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the streaming read (issue 15): a workbook of 10,000 tables in the form layout (about
 * 190,000 rows and 120,000 merged regions, an 8 MB file whose sheet part inflates to 80 MB) is read by a JVM of
 * its own at {@code -Xmx128m}, from the file and from a stream of it, which the in-memory read cannot do (it
 * runs out of memory at {@code -Xmx1g}). The workbook is written by another JVM first, since writing it is not
 * what is measured. Runs in every build (about 30 s on two busy cores).
 */
@Tag("acceptance")
class LargeWorkbookHeapTest {
  private static final int TABLES = 10_000;

  @TempDir
  Path dir;

  /** What a JVM running {@link LargeFormWorkbook} printed and how it ended. */
  private record Run(int exit, String output) {}

  private static Run fork(String heap, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        heap, "-cp", System.getProperty("java.class.path"), LargeFormWorkbook.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  @Test
  void readsTenThousandFormTablesAtA128MegabyteHeap() throws Exception {
    Path book = dir.resolve("10000.xlsx");
    Run written = fork("-Xmx512m", "write", String.valueOf(TABLES), book.toString());
    assertThat(written.exit()).as(written.output()).isZero();
    assertThat(Files.size(book)).isGreaterThan(5_000_000);

    for (String way : List.of("read", "read-stream")) {
      Run read = fork("-Xmx128m", way, book.toString());
      assertThat(read.exit()).as(way + ": " + read.output()).isZero();
      assertThat(read.output()).as(way).contains("tables " + TABLES + " warnings 0");
    }
  }
}
