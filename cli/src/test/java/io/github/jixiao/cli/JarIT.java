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
    Path jar = Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar"));
    assertThat(jar).exists();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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
    assertThat(r.err).startsWith(binary.toString()).contains("JX-TEXT-002").doesNotContain("Exception");
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
}
