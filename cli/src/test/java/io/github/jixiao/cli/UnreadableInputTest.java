package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.fixtures.SeedTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableInputTest {
  @TempDir
  Path dir;

  private static void assertOneClearLine(Cli r, String file, String what) {
    assertThat(r.status).as(r.toString()).isEqualTo(2);
    assertThat(r.err.lines()).as(r.toString()).hasSize(1);
    assertThat(r.err).startsWith(file).contains(what).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingFileExitsTwoNamingIt() {
    String missing = dir.resolve("missing.json").toString();
    assertOneClearLine(Cli.run("validate", missing), missing, "no such file");
  }

  @Test
  void directoryExitsTwoNamingIt() {
    assertOneClearLine(Cli.run("validate", dir.toString()), dir.toString(), "is a directory");
  }

  @Test
  void binaryDataExitsTwoNamingTheLine() throws Exception {
    Path png = Inputs.write(dir.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff});
    assertOneClearLine(Cli.run("validate", png.toString()), png.toString(), "JX-SHEET-002");
  }

  @Test
  void emptyFileExitsTwoInEveryFormat() throws Exception {
    for (String name : List.of("empty.json", "empty.xml", "empty.csv", "empty.txt", "empty")) {
      Path empty = Files.createFile(dir.resolve(name));
      Cli r = Cli.run("validate", empty.toString());
      assertOneClearLine(r, empty.toString(), "");
      assertThat(r.err).containsAnyOf("empty", "no text", "no header");
    }
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    Path bad = Inputs.write(dir.resolve("bad.json"), "{\"formatVersion\": 1,\n  \"projectName\": }");
    Cli r = Cli.run("validate", bad.toString());
    assertOneClearLine(r, bad.toString(), ":2:");
  }

  @Test
  void readableFilesAreStillReportedBesideAnUnreadableOne() {
    Path good = Inputs.json(dir, "wei.json", SeedTables.wei2025());
    String missing = dir.resolve("gone.csv").toString();
    Cli r = Cli.run("validate", "--report", "json", good.toString(), missing);
    assertThat(r.status).isEqualTo(2);
    assertThat(r.out).contains("JX-PLAN-002").contains("\"unreadable\":");
    assertThat(r.err.lines()).hasSize(1);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("validate").status).isEqualTo(2);
    assertThat(Cli.run("validate", "--report", "pdf", "x.json").status).isEqualTo(2);
    assertThat(Cli.run("frobnicate").status).isEqualTo(2);
    assertThat(Cli.run().status).isEqualTo(2);
  }

  @Test
  void helpAndVersionExitZero() {
    Cli help = Cli.run("--help");
    assertThat(help.status).isEqualTo(0);
    assertThat(help.out).contains("validate").contains("convert").contains("Exit status");
    Cli version = Cli.run("--version");
    assertThat(version.status).isEqualTo(0);
    assertThat(version.out).matches("jixiao \\d+\\.\\d+\\.\\d+.*\\s*");
    assertThat(Cli.run("validate", "--help").out).contains("--framework").contains("--lang");
  }
}
