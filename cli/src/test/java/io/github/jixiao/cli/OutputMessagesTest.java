package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.fixtures.SeedTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command says when it cannot write, or cannot open a file by its name: one line with the reason. */
class OutputMessagesTest {
  @TempDir
  Path dir;

  @Test
  void anOutputInAMissingDirectoryNamesTheDirectory() {
    Path sheet = Inputs.sheet(dir, "wei.csv", SeedTables.wei2025());
    String out = dir.resolve("missing/dir/out.json").toString();
    Cli r = Cli.run("convert", "--to", "json", "-o", out, sheet.toString());
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err.lines()).as(r.toString()).containsExactly(
        out + ": cannot be written: the directory " + dir.resolve("missing/dir") + " does not exist [JX-CLI-005]");
  }

  @Test
  void anOutputThatIsADirectorySaysSo() {
    Path sheet = Inputs.sheet(dir, "wei.csv", SeedTables.wei2025());
    Cli r = Cli.run("convert", "--to", "json", "-o", dir.toString(), sheet.toString());
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err).as(r.toString()).startsWith(dir + ": cannot be written: ").containsIgnoringCase("directory")
        .endsWith("[JX-CLI-005]" + System.lineSeparator());
  }

  @Test
  void aValueTheOutputFormatCannotHoldNamesTheFileThePathAndTheCode() {
    // JSON holds U+0001 in a string; XML 1.0 has no way to write it.
    Path json = Inputs.json(dir, "wei.json",
        List.of(SeedTables.weiHardshipGrants().withProjectName("2025年特困生\u0001救助金")));
    Cli r = Cli.run("convert", "--to", "xml", json.toString());
    assertThat(r.status).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).as(r.toString()).hasSize(1).first().asString()
        .startsWith(json + ": cannot be written as XML: ").contains("projectName").endsWith("[JX-CLI-006]")
        .doesNotContain("WriteException").doesNotContain("\u0001");
  }

  @Test
  void aFileNameThatIsNotUtf8IsCalledThatNotMissing() throws Exception {
    // The runtime shows a name's non-UTF-8 bytes (GBK 预算, say) as U+FFFD, and cannot open the file by it.
    String name = dir.resolve("\uFFFD\uFFFD\uFFFD\uFFFD.csv").toString();
    Cli r = Cli.run("validate", name);
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err.lines()).as(r.toString()).hasSize(1).first().asString()
        .startsWith(name + ": the file name is not UTF-8").endsWith("[JX-CLI-001]").doesNotContain("no such file");
    assertThat(Cli.run("validate", dir.resolve("missing.csv").toString()).err).contains("no such file");
  }

  @Test
  void convertWritesADocumentIndentedAndAListOfTablesOneCompactValueAsTheCommandDocumentSays() throws Exception {
    Path text = Inputs.write(dir.resolve("wei.txt"), Inputs.weiText());
    assertThat(Cli.run("convert", "--to", "json", text.toString()).out).startsWith("{\n  \"");
    assertThat(Cli.run("convert", "--to", "xml", text.toString()).out).contains(">\n  <");
    Path sheet = Inputs.sheet(dir, "wei.csv", SeedTables.wei2025());
    assertThat(Cli.run("convert", "--to", "json", sheet.toString()).out).startsWith("[{\"").hasLineCount(1);
    assertThat(Cli.run("convert", "--to", "xml", sheet.toString()).out).contains("<tables><table>").hasLineCount(1);
    assertThat(Files.readString(Path.of("..", "docs", "cli.md")).replaceAll("\\s+", " ")).contains(
        "a document is pretty-printed (JSON) or indented (XML); a list of tables is written compact");
  }
}
