package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code target/jixiao.jar} with {@code java -jar}, as a user does. */
class JarIT {
  @TempDir
  Path dir;

  private static final class Run {
    int status;
    String out;
    String err;
  }

  private Run jar(String... args) throws Exception {
    return piped(null, args);
  }

  /** Runs the jar with {@code input} written into its standard input, a real pipe (none when null). */
  private Run piped(byte[] input, String... args) throws Exception {
    Path jar = Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar"));
    assertThat(jar).exists();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (input != null) {
      try (java.io.OutputStream stdin = p.getOutputStream()) {
        stdin.write(input);
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Run r = new Run();
    r.status = p.exitValue();
    r.out = Files.readString(out, StandardCharsets.UTF_8);
    r.err = Files.readString(err, StandardCharsets.UTF_8);
    return r;
  }

  @Test
  void unreadableFileExitsTwoWithOneClearLine() throws Exception {
    Path binary = Files.write(dir.resolve("budget.xlsx"), new byte[] {'P', 'K', 3, 4, (byte) 0xff, (byte) 0xfe, 0});
    Run r = jar("validate", binary.toString());
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).startsWith(binary.toString()).contains("JX-XLSX-002").doesNotContain("Exception");
  }

  @Test
  void validatesAWorkbookAndReportsADamagedOneInOneLineWithoutLoggingNoise() throws Exception {
    Path book = dir.resolve("wei.xlsx");
    io.github.jixiao.office.WorkbookWriter.create().write(
        List.of(io.github.jixiao.core.fixtures.SeedTables.weiHardshipGrants()), book);
    Run r = jar("validate", "--lang", "en", book.toString());
    assertThat(r.status).isIn(0, 1);
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("wei.xlsx").containsPattern("cell 绩效目标表![A-Z]+\\d+");

    byte[] whole = Files.readAllBytes(book);
    Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
    Run damaged = jar("validate", cut.toString());
    assertThat(damaged.status).isEqualTo(2);
    assertThat(damaged.err.lines()).as(damaged.err).hasSize(1);
    assertThat(damaged.err).startsWith(cut.toString()).contains("JX-XLSX-004").doesNotContain("Log4j");
  }

  @Test
  void validatesATableAndPrintsChineseAsUtf8() throws Exception {
    Path json = Inputs.json(dir, "wei.json", List.of(Inputs.cleanWeiTable()));
    Run r = jar("validate", json.toString());
    assertThat(r.status).as(r.err).isEqualTo(0);
    assertThat(r.out).contains("1 张表，7 个指标");
    Run version = jar("--version");
    assertThat(version.status).isEqualTo(0);
    assertThat(version.out).startsWith("jixiao ");
  }

  /**
   * {@code cat t.json | jixiao validate --format json -} and {@code … /dev/stdin} give the report of the file
   * itself: standard input is read once. Before the front door, JSON through a pipe was validated as zero
   * tables with exit 0, and an input over 8 KB failed with "Illegal seek".
   */
  @Test
  void standardInputGivesTheReportOfTheFile() throws Exception {
    List<io.github.jixiao.core.ProjectTargetTable> tables = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tables.addAll(io.github.jixiao.core.fixtures.SeedTables.wei2025());
    }
    Path json = Inputs.json(dir, "t.json", tables);
    byte[] bytes = Files.readAllBytes(json);
    String file = jar("validate", "--report", "json", json.toString()).out;

    Run dash = piped(bytes, "validate", "--report", "json", "--format", "json", "-");
    Run devStdin = piped(bytes, "validate", "--report", "json", "/dev/stdin");

    assertThat(dash.status).as(dash.err).isEqualTo(1);
    assertThat(dash.out.replace("\"file\":\"-\"", "")).isEqualTo(file.replace("\"file\":" + quoted(json), ""))
        .contains("\"tables\":20,");
    assertThat(devStdin.status).as(devStdin.err).isEqualTo(1);
    assertThat(devStdin.out.replace("\"file\":\"/dev/stdin\"", ""))
        .isEqualTo(file.replace("\"file\":" + quoted(json), ""));
  }

  @Test
  void xmlAndAutoThroughStandardInputAreReadNotCalledEmpty() throws Exception {
    Path xml = dir.resolve("t.xml");
    Files.write(xml, io.github.jixiao.serialization.xml.XmlCodec.create()
        .write(io.github.jixiao.core.fixtures.SeedTables.weiHardshipGrants()).getBytes(StandardCharsets.UTF_8));

    Run r = piped(Files.readAllBytes(xml), "validate", "-");

    assertThat(r.status).as(r.err).isEqualTo(1);
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("== - · ").contains("2025年特困生救助金");
  }

  private static String quoted(Path file) {
    return "\"" + file.toString().replace("\\", "\\\\") + "\"";
  }
}
