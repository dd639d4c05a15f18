package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that can be read only once — a FIFO, as {@code <(cat t.json)} and {@code /dev/stdin} are — give the
 * same report as the file itself, and one that cannot be read is never reported clean. Each of these passed
 * zero tables, hung or failed with "Illegal seek" when the command opened its input twice.
 */
class FifoInputTest {
  @TempDir
  Path dir;

  private Path files;
  private Path pipes;

  @BeforeEach
  void dirs() throws IOException {
    files = Files.createDirectory(dir.resolve("files"));
    pipes = Files.createDirectory(dir.resolve("pipes"));
  }

  /** The Wei county tables forty times over: about 80 KB, far past the 8 KB the format is told from. */
  private static List<ProjectTargetTable> weiTables() {
    List<ProjectTargetTable> tables = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      tables.addAll(SeedTables.wei2025());
    }
    return tables;
  }

  private static byte[] xml(List<ProjectTargetTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = XmlCodec.create().writeTables(out)) {
      tables.forEach(w::write);
    }
    return out.toByteArray();
  }

  /** Runs the command on a FIFO named {@code name} while a thread writes {@code bytes} into it. */
  private Cli throughFifo(String name, byte[] bytes, String... args) throws Exception {
    Path fifo = pipes.resolve(name);
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add(fifo.toString());
    Cli r = CompletableFuture.supplyAsync(() -> Cli.run(all.toArray(String[]::new))).get(60, TimeUnit.SECONDS);
    writer.get(10, TimeUnit.SECONDS);
    return r;
  }

  private Cli onFile(String name, byte[] bytes, String... args) {
    Path file = Inputs.write(files.resolve(name), bytes);
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add(file.toString());
    return Cli.run(all.toArray(String[]::new));
  }

  private String samePlace(String report) {
    return report.replace(pipes.toString(), "DIR").replace(files.toString(), "DIR");
  }

  @Test
  void aJsonFifoIsReadNotWaitedOnAndReportedLikeTheFile() throws Exception {
    byte[] bytes = Files.readAllBytes(Inputs.json(dir, "wei.json", weiTables()));

    Cli fifo = throughFifo("p.json", bytes, "validate", "--report", "json");
    Cli file = onFile("p.json", bytes, "validate", "--report", "json");

    assertThat(file.status).isEqualTo(1);
    assertThat(file.out).contains("\"tables\":40,");
    assertThat(fifo.status).as(fifo.toString()).isEqualTo(1);
    assertThat(samePlace(fifo.out)).isEqualTo(samePlace(file.out));
  }

  @Test
  void xmlWithoutAnExtensionThroughAFifoIsToldByItsContent() throws Exception {
    byte[] bytes = xml(weiTables());

    Cli fifo = throughFifo("tables", bytes, "validate", "--report", "json");
    Cli file = onFile("tables", bytes, "validate", "--report", "json");

    assertThat(fifo.status).as(fifo.toString()).isEqualTo(1);
    assertThat(samePlace(fifo.out)).isEqualTo(samePlace(file.out)).contains("\"tables\":40,");
  }

  @Test
  void aFifoGivenItsFormatConvertsLikeTheFile() throws Exception {
    byte[] bytes = Files.readAllBytes(Inputs.json(dir, "wei.json", weiTables()));

    Cli fifo = throughFifo("63", bytes, "convert", "--to", "xml", "--format", "json");
    Cli file = onFile("63", bytes, "convert", "--to", "xml", "--format", "json");

    assertThat(fifo.status).as(fifo.toString()).isEqualTo(0);
    assertThat(fifo.out).isEqualTo(file.out).contains("<tables>");
  }

  @Test
  void aFifoCutOffPartWayIsNeverReportedClean() throws Exception {
    byte[] whole = Files.readAllBytes(Inputs.json(dir, "clean.json", List.of(Inputs.cleanWeiTable(),
        Inputs.cleanWeiTable())));
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);

    Cli r = throughFifo("cut.json", cut, "validate", "--report", "json");

    assertThat(r.status).as(r.toString()).isEqualTo(2);
    assertThat(r.out).contains("\"unreadable\":");
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).contains("cut.json").contains("JX-JSON-001").doesNotContain("Exception");
  }

  static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
