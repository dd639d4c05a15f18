package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir
  Path dir;

  @Test
  void sheetToJsonToSheetKeepsEveryTable() {
    List<ProjectTargetTable> wei = SeedTables.wei2025();
    Path sheet = Inputs.sheet(dir, "wei.csv", wei);
    Path json = dir.resolve("wei.json");
    Cli toJson = Cli.run("convert", "--to", "json", "-o", json.toString(), sheet.toString());
    assertThat(toJson.status).as(toJson.toString()).isEqualTo(0);
    Path back = dir.resolve("back.csv");
    assertThat(Cli.run("convert", "--to", "sheet", "-o", back.toString(), json.toString()).status).isEqualTo(0);
    assertThat(SheetReader.create().read(back).value()).isEqualTo(wei);
  }

  @Test
  void publishedTextBecomesAJsonOrXmlDocument() {
    Path text = Inputs.write(dir.resolve("wei.txt"), Inputs.weiText());
    Cli json = Cli.run("convert", "--to", "json", text.toString());
    assertThat(json.status).as(json.toString()).isEqualTo(0);
    PerformanceTargetDocument doc = JsonCodec.create().readDocument(json.out).value();
    assertThat(doc.tables()).hasSize(1);
    assertThat(doc.tables().get(0).projectName()).hasValue("2025年特困生救助金");
    Cli xml = Cli.run("convert", "--to", "xml", text.toString());
    assertThat(XmlCodec.create().readDocument(xml.out).value()).isEqualTo(doc);
  }

  @Test
  void textToSheetSaysThePartOneIsLeftOut() {
    Path text = Inputs.write(dir.resolve("wei.txt"), Inputs.weiText());
    Cli r = Cli.run("convert", "--to", "sheet", text.toString());
    assertThat(r.status).isEqualTo(0);
    assertThat(r.out).startsWith("单位编码,").contains("2025年特困生救助金");
    assertThat(r.err).contains("department targets");
  }

  @Test
  void unreadableInputExitsTwoWithOneLine() {
    String missing = dir.resolve("none.csv").toString();
    Cli r = Cli.run("convert", "--to", "json", missing);
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err.lines()).hasSize(1).first().asString().startsWith(missing);
    assertThat(r.out).isEmpty();
  }
}
