package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} in a JVM of its own with a heap far smaller than the tables it reads: a sequence is read,
 * validated and reported table by table, so it finishes whatever its length; an input that cannot fit (a
 * document is read whole) ends with one line and exit 2, never a stack trace or the exit status of findings.
 */
class BoundedMemoryTest {
  /** The Wei county tables as 5,000 lines of JSON (about 11 MB; many times the heap once read into tables). */
  private static final int TABLES = 5_000;
  private static final String HEAP = "-Xmx16m";

  @TempDir
  static Path dir;

  private static Path lines;

  @BeforeAll
  static void write() throws IOException {
    lines = dir.resolve("wei.jsonl");
    try (TableSequenceWriter w = JsonCodec.create().writeTables(Files.newOutputStream(lines), JsonLayout.LINES)) {
      for (int i = 0; i < TABLES; i++) {
        w.write(SeedTables.wei2025().get(i % 2));
      }
    }
  }

  private static final class Run {
    int status;
    Path out;
    String err;
  }

  private static Run fork(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Jixiao.class.getName()));
    command.addAll(List.of(args));
    Run r = new Run();
    r.out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(r.out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    r.status = p.exitValue();
    r.err = Files.readString(err, StandardCharsets.UTF_8);
    return r;
  }

  private static String tail(Path file, int chars) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    return s.substring(Math.max(0, s.length() - chars));
  }

  @Test
  void validatesASequenceLargerThanTheHeapInEveryReport() throws Exception {
    Path pair = Inputs.json(dir, "pair.json", SeedTables.wei2025());
    long pairErrors = Cli.run("validate", "--report", "json", pair.toString()).out.split("\"severity\":\"error\"", -1).length - 1;
    int pairIndicators = SeedTables.wei2025().stream().mapToInt(t -> t.indicators().size()).sum();

    Run json = fork("validate", "--report", "json", lines.toString());
    assertThat(json.status).as(json.err).isEqualTo(1);
    assertThat(json.err).isEmpty();
    assertThat(tail(json.out, 400)).contains("\"table\":" + (TABLES - 1) + ",").endsWith("}]}]}\n");
    assertThat(Files.readString(json.out)).contains("\"tables\":" + TABLES + ",\"indicators\":" + TABLES / 2 * pairIndicators);

    Run html = fork("validate", "--report", "html", lines.toString());
    assertThat(html.status).as(html.err).isEqualTo(1);
    assertThat(tail(html.out, 6000)).contains("id=\"table-" + (TABLES - 1) + "\"").endsWith("</html>\n");

    Run text = fork("validate", "--lang", "en", lines.toString());
    assertThat(text.status).as(text.err).isEqualTo(1);
    assertThat(tail(text.out, 300)).contains("wei.jsonl: " + TABLES / 2 * pairErrors + " error");
  }

  @Test
  void aDocumentLargerThanTheHeapExitsTwoWithOneLine() throws Exception {
    List<ProjectTargetTable> tables = new ArrayList<>();
    for (int i = 0; i < 9_000; i++) {
      tables.add(SeedTables.wei2025().get(i % 2));
    }
    Path document = dir.resolve("document.json");
    try (OutputStream out = Files.newOutputStream(document)) {
      JsonCodec.create().write(PerformanceTargetDocument.builder().tables(tables).build(), out);
    }

    Run r = fork("validate", "--report", "json", document.toString());

    assertThat(r.status).as(r.err).isEqualTo(2);
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).contains("out of memory").contains("JX-CLI-010").doesNotContain("\tat ");
  }
}
