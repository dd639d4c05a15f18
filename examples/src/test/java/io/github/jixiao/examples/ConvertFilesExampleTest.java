package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.TableSequence;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertFilesExampleTest {
  private static final Path SHEET = Path.of("samples/targets.csv");
  private static final Path TEXT = Path.of("samples/agriculture-2025.txt");

  @TempDir
  Path out;

  @Test
  void convertsTheSampleSheetAndDocumentAndSaysWhatItWrote() throws Exception {
    ConsoleCapture console = ConsoleCapture.run(() ->
        ConvertFilesExample.main(new String[] {out.toString(), SHEET.toString(), TEXT.toString()}));

    assertThat(console.out).containsPattern("targets.csv: 3 tables, 0 warnings -> targets.json \\(\\d+ bytes\\), "
        + "targets.xml \\(\\d+ bytes\\)");
    assertThat(console.out).contains("agriculture-2025.txt:255: the text ends at line 255").contains("[JX-TEXT-020]")
        .contains("agriculture-2025.txt: 3 tables, 1 warnings -> agriculture-2025.json");
    assertThat(console.err).isEmpty();
  }

  @Test
  void writesJsonAndXmlThatReadBackEqualToWhatWasRead() throws Exception {
    ConsoleCapture.run(() -> ConvertFilesExample.main(new String[] {out.toString(), SHEET.toString(), TEXT.toString()}));

    List<ProjectTargetTable> sheet = SheetReader.create().read(SHEET).value();
    assertThat(readAll(JsonCodec.create().readTables(Files.newInputStream(out.resolve("targets.json")), "targets.json",
        JsonLayout.ARRAY))).isEqualTo(sheet);
    assertThat(readAll(XmlCodec.create().readTables(Files.newInputStream(out.resolve("targets.xml")), "targets.xml")))
        .isEqualTo(sheet);

    var document = TextDocumentReader.create().read(TEXT).value();
    try (InputStream json = Files.newInputStream(out.resolve("agriculture-2025.json"));
        InputStream xml = Files.newInputStream(out.resolve("agriculture-2025.xml"))) {
      assertThat(JsonCodec.create().readDocument(json, "agriculture-2025.json").value()).isEqualTo(document);
      assertThat(XmlCodec.create().readDocument(xml, "agriculture-2025.xml").value()).isEqualTo(document);
    }
  }

  @Test
  void namesAnUnreadableFileWithItsPlaceAndStillConvertsTheOthers() throws Exception {
    Path broken = out.resolve("broken.csv");
    Files.writeString(broken, "项目名称,指标值\n示例项目,\"≥90%\n", StandardCharsets.UTF_8);

    ConsoleCapture console = ConsoleCapture.run(() ->
        ConvertFilesExample.main(new String[] {out.toString(), broken.toString(), SHEET.toString()}));

    assertThat(console.err.lines()).singleElement().satisfies(line -> assertThat(line)
        .contains("broken.csv").contains("row 2").contains("JX-SHEET-020").doesNotContain("Exception"));
    assertThat(console.out).contains("targets.csv: 3 tables");
    assertThat(out.resolve("broken.json")).doesNotExist();
  }

  @Test
  void refusesAFileOfAnotherKindByName() throws Exception {
    ConsoleCapture console = ConsoleCapture.run(() ->
        ConvertFilesExample.main(new String[] {out.toString(), "samples/table.json"}));

    assertThat(console.err.strip()).isEqualTo(
        "samples/table.json: expected a .csv or .tsv indicator sheet or a .txt document");
  }

  @Test
  void printsItsUsageWhenGivenNoFile() throws Exception {
    ConsoleCapture console = ConsoleCapture.run(() -> ConvertFilesExample.main(new String[] {out.toString()}));

    assertThat(console.err).startsWith("usage: ConvertFilesExample OUT_DIR FILE...");
  }

  private static List<ProjectTargetTable> readAll(TableSequence tables) {
    List<ProjectTargetTable> all = new ArrayList<>();
    try (tables) {
      tables.forEachRemaining(all::add);
    }
    return all;
  }
}
