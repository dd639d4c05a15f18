package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayOutputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codecs read a {@code Path} and a {@code Reader} as the sheet and text readers do. */
class ReadOverloadsTest {
  private static final JsonCodec JSON = JsonCodec.create();
  private static final XmlCodec XML = XmlCodec.create();
  private static final ProjectTargetTable WEI = SeedTables.weiGrassrootsOrganisations();

  @TempDir
  Path dir;

  @Test
  void aJsonFileIsReadAndItsErrorsNameTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("wei.json"), JSON.write(WEI));
    assertThat(JSON.readTable(file).value()).isEqualTo(WEI);
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"projectName\":");
    ReadProblem p = catchThrowableOfType(ReadException.class, () -> JSON.readTable(broken)).problem();
    assertThat(p.location().source()).hasValue("broken.json");
    assertThat(p.code()).isEqualTo("JX-JSON-001");
  }

  @Test
  void anXmlFileIsReadAsTableDocumentAndSequence() throws IOException {
    PerformanceTargetDocument wei = PerformanceTargetDocument.builder().addAllTables(SeedTables.wei2025()).build();
    assertThat(XML.readTable(Files.writeString(dir.resolve("t.xml"), XML.write(WEI))).value()).isEqualTo(WEI);
    assertThat(XML.readDocument(Files.writeString(dir.resolve("d.xml"), XML.write(wei))).value()).isEqualTo(wei);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = XML.writeTables(out)) {
      SeedTables.wei2025().forEach(w::write);
    }
    Path tables = Files.write(dir.resolve("tables.xml"), out.toByteArray());
    assertThat(read(XML.readTables(tables))).isEqualTo(SeedTables.wei2025());
  }

  @Test
  void aJsonLinesFileIsReadOneTableAtATime() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = JSON.writeTables(out, JsonLayout.LINES)) {
      SeedTables.dingzhou2021().forEach(w::write);
    }
    Path file = Files.write(dir.resolve("dingzhou.jsonl"), out.toByteArray());
    assertThat(read(JSON.readTables(file, JsonLayout.LINES))).isEqualTo(SeedTables.dingzhou2021());
  }

  @Test
  void aMissingFileIsAnUncheckedIoExceptionNamingIt() {
    assertThatThrownBy(() -> JSON.readTable(dir.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("missing.json");
    assertThatThrownBy(() -> XML.readTables(dir.resolve("missing.xml")))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void charactersFromAReaderGiveTheSameTableAsTheText() {
    // One character a call: every surrogate pair and every three-byte Chinese character is split across reads.
    ProjectTargetTable named = WEI.withProjectName("2025年基层团组织经费𠀀𡈽");
    assertThat(JSON.readTable(trickle(JSON.write(named)), "wei.json").value()).isEqualTo(named);
    assertThat(XML.readTable(trickle(XML.write(named)), "wei.xml").value()).isEqualTo(named);
    PerformanceTargetDocument doc = PerformanceTargetDocument.builder().addAllTables(SeedTables.dingzhou2021())
        .build();
    assertThat(JSON.readDocument(new StringReader(JSON.write(doc)), "d.json").value()).isEqualTo(doc);
    assertThat(XML.readDocument(new StringReader(XML.write(doc)), "d.xml").value()).isEqualTo(doc);
  }

  @Test
  void aReaderErrorNamesTheSourceAndLineAsAStreamErrorDoes() {
    String json = JSON.write(WEI).replace("\"projectName\"", "\"projectName\":1,\"x\"");
    ReadProblem fromReader = catchThrowableOfType(ReadException.class,
        () -> JSON.readTable(new StringReader(json), "wei.json")).problem();
    ReadProblem fromStream = catchThrowableOfType(ReadException.class, () -> JSON.readTable(
        new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "wei.json")).problem();
    assertThat(fromReader).isEqualTo(fromStream);
    assertThat(fromReader.location().source()).hasValue("wei.json");
  }

  @Test
  void aSequenceFromAReaderClosesItWhenClosed() {
    StringBuilder lines = new StringBuilder();
    SeedTables.wei2025().forEach(t -> lines.append(JSON.write(t)).append('\n'));
    boolean[] closed = {false};
    Reader reader = new FilterReader(new StringReader(lines.toString())) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    assertThat(read(JSON.readTables(reader, "wei.jsonl", JsonLayout.LINES))).isEqualTo(SeedTables.wei2025());
    assertThat(closed[0]).isTrue();
  }

  private static List<ProjectTargetTable> read(TableSequence sequence) {
    List<ProjectTargetTable> tables = new ArrayList<>();
    try (sequence) {
      sequence.forEachRemaining(tables::add);
    }
    return tables;
  }

  /** A reader that hands out one character a call. */
  private static Reader trickle(String text) {
    return new FilterReader(new StringReader(text)) {
      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        return super.read(buf, off, Math.min(len, 1));
      }
    };
  }
}
