package io.github.jixiao.serialization.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.sheet.SheetWriter;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTest {
  private static final TableFiles FILES = TableFiles.create();

  @TempDir
  Path dir;

  /** The five Wei county and Dingzhou tables, repeated: far past the head and any buffer. */
  private static List<ProjectTargetTable> many(int n) {
    List<ProjectTargetTable> all = SeedTables.all();
    List<ProjectTargetTable> tables = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tables.add(all.get(i % all.size()));
    }
    return tables;
  }

  private static byte[] json(List<ProjectTargetTable> tables, JsonLayout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = JsonCodec.create().writeTables(out, layout)) {
      tables.forEach(w::write);
    }
    return out.toByteArray();
  }

  private static byte[] xml(List<ProjectTargetTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = XmlCodec.create().writeTables(out)) {
      tables.forEach(w::write);
    }
    return out.toByteArray();
  }

  private static PerformanceTargetDocument weiDocument() {
    return PerformanceTargetDocument.builder().tables(SeedTables.wei2025()).build();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TableFilesTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsJsonLinesFromAPipeOnceWhateverItsLength() {
    List<ProjectTargetTable> tables = many(400);
    byte[] bytes = json(tables, JsonLayout.LINES);
    assertThat(bytes.length).isGreaterThan(64 * TableFiles.HEAD_BYTES);
    OnceStream pipe = new OnceStream(bytes);

    TableFile read = FILES.read(pipe, "-");

    assertThat(read.format()).isEqualTo("json");
    assertThat(read.tables()).isEqualTo(tables);
    assertThat(read.document()).isEmpty();
    assertThat(pipe.closes()).isEqualTo(1);
  }

  @Test
  void readsAJsonArrayAndASingleTableFromAPipe() {
    List<ProjectTargetTable> tables = many(60);
    assertThat(FILES.read(new OnceStream(json(tables, JsonLayout.ARRAY)), "/dev/fd/63").tables()).isEqualTo(tables);

    byte[] one = JsonCodec.create().write(SeedTables.weiHardshipGrants()).getBytes(StandardCharsets.UTF_8);
    assertThat(FILES.read(new OnceStream(one), "-").tables()).containsExactly(SeedTables.weiHardshipGrants());
  }

  @Test
  void tellsAJsonDocumentByItsTopLevelProperties() {
    byte[] bytes = JsonCodec.create().write(weiDocument()).getBytes(StandardCharsets.UTF_8);

    TableFile read = FILES.read(new OnceStream(bytes), "-");

    assertThat(read.document()).contains(weiDocument());
    assertThat(read.tables()).extracting(t -> t.projectCode().orElseThrow())
        .containsExactly("13043425P00450110058B", "13043425P00437410002E");
  }

  @Test
  void readsXmlSequenceTableAndDocumentFromAPipe() {
    List<ProjectTargetTable> tables = many(120);
    assertThat(FILES.read(new OnceStream(xml(tables)), "-").tables()).isEqualTo(tables);

    byte[] table = XmlCodec.create().write(SeedTables.weiGrassrootsOrganisations()).getBytes(StandardCharsets.UTF_8);
    TableFile one = FILES.read(new OnceStream(table), "-");
    assertThat(one.format()).isEqualTo("xml");
    assertThat(one.tables()).containsExactly(SeedTables.weiGrassrootsOrganisations());

    byte[] document = XmlCodec.create().write(weiDocument()).getBytes(StandardCharsets.UTF_8);
    assertThat(FILES.read(new OnceStream(document), "-").document()).contains(weiDocument());
  }

  @Test
  void readsASheetByItsHeaderWithRowsInTheSourceMap() {
    byte[] sheet = SheetWriter.builder().commaSeparated().build().write(SeedTables.wei2025())
        .getBytes(StandardCharsets.UTF_8);

    TableFile read = FILES.read(new OnceStream(sheet), "-");

    assertThat(read.format()).isEqualTo("sheet");
    assertThat(read.tables()).extracting(t -> t.projectName().orElseThrow())
        .containsExactly("2025年基层团组织经费", "2025年特困生救助金");
    assertThat(read.sourceMap().table(1)).isPresent();
  }

  @Test
  void readsAPublishedTextAsTheFormatOfLastResort() throws IOException {
    byte[] text = resource("/text/wei-2025-layout.txt");
    ReadResult<PerformanceTargetDocument> direct = TextDocumentReader.create().read(
        new java.io.ByteArrayInputStream(text), "-");

    TableFile read = FILES.read(new OnceStream(text), "-");

    assertThat(read.format()).isEqualTo("text");
    assertThat(read.document()).contains(direct.value());
    assertThat(read.sourceMap().table(0)).isPresent();
  }

  @Test
  void theExtensionDecidesBeforeTheContent() {
    byte[] sheet = SheetWriter.builder().commaSeparated().build().write(SeedTables.wei2025())
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FILES.read(new OnceStream(sheet), "budget.json"))
        .isInstanceOf(ReadException.class).hasMessageContaining("JX-JSON-001");
  }

  @Test
  void aNamedFormatIsReadAsThatFormat() {
    byte[] json = json(many(2), JsonLayout.LINES);

    assertThatThrownBy(() -> FILES.open(new OnceStream(json), "-", "xml").readAll())
        .isInstanceOf(ReadException.class).hasMessageContaining("JX-XML-001");
    assertThat(FILES.open(new OnceStream(json), "tables.dat", "JSON").readAll().tables()).hasSize(2);
  }

  @Test
  void refusesAnUnknownFormatNamingTheKnownOnes() {
    assertThatThrownBy(() -> FILES.open(new OnceStream(new byte[0]), "-", "ods"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format: expected one of json, xml, sheet, xlsx, text, found ods");
  }

  @Test
  void anEmptyInputIsAnErrorNeverNoTables() {
    assertThatThrownBy(() -> FILES.read(new OnceStream(new byte[0]), "t.json"))
        .isInstanceOf(ReadException.class).hasMessageContaining("t.json:1").hasMessageContaining("empty");
    assertThatThrownBy(() -> FILES.read(new OnceStream(new byte[0]), "-"))
        .isInstanceOf(ReadException.class).hasMessageContaining("JX-TEXT");
  }

  @Test
  void aSequenceBrokenPartWayFailsAtItsLineAfterTheTablesBefore() {
    byte[] good = json(many(3), JsonLayout.LINES);
    byte[] bytes = (new String(good, StandardCharsets.UTF_8) + "{\"formatVersion\": 1, \"projectName\": }\n")
        .getBytes(StandardCharsets.UTF_8);

    try (TableInput input = FILES.open(new OnceStream(bytes), "t.jsonl")) {
      assertThat(input.tables().next()).isEqualTo(SeedTables.all().get(0));
      input.tables().next();
      input.tables().next();
      assertThatThrownBy(() -> input.tables().hasNext())
          .isInstanceOf(ReadException.class).hasMessageContaining("t.jsonl:4:");
    }
  }

  @Test
  void aRegisteredFormatIsAskedFirst() {
    FormatReader upper = new FormatReader() {
      @Override
      public String name() {
        return "upper";
      }

      @Override
      public boolean claims(String fileName) {
        return fileName.endsWith(".up");
      }

      @Override
      public boolean recognizes(byte[] head) {
        return head.length > 0 && head[0] == 'U';
      }

      @Override
      public TableInput open(InputStream in, String source) {
        return TableInput.ofTables(source, name(), ReadResult.of(List.of(SeedTables.weiHardshipGrants()), List.of()),
            in);
      }
    };
    TableFiles files = TableFiles.builder().format(upper).build();

    assertThat(files.formats()).extracting(FormatReader::name).containsExactly("upper", "json", "xml", "sheet", "xlsx", "text");
    assertThat(files.read(new OnceStream("U".getBytes(StandardCharsets.UTF_8)), "-").format()).isEqualTo("upper");
    assertThat(files.read(new OnceStream("{}".getBytes(StandardCharsets.UTF_8)), "x.up").format()).isEqualTo("upper");
  }

  @Test
  void aWorkbookWithoutTheOfficeModuleIsRefusedNamingTheModuleByExtensionAndByContent() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0,
        'x', 'l', '/', 'w', 'o', 'r', 'k', 'b', 'o', 'o', 'k', '.', 'x', 'm', 'l'};
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

    for (var input : List.of(new Object[] {zip, "-"}, new Object[] {ole2, "upload.bin"},
        new Object[] {"项目名称,指标值\n".getBytes(StandardCharsets.UTF_8), "targets.xlsx"},
        new Object[] {ole2, "targets.xls"})) {
      assertThatThrownBy(() -> FILES.read(new OnceStream((byte[]) input[0]), (String) input[1]))
          .isInstanceOf(ReadException.class)
          .hasMessageContaining("JX-XLSX-009").hasMessageContaining("io.github.jixiao:jixiao-office")
          .satisfies(e -> assertThat(((ReadException) e).problem().location().source()).contains((String) input[1]));
    }
  }

  @Test
  void aZipThatIsNoWorkbookIsNotTakenForOne() {
    byte[] docx = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0,
        'w', 'o', 'r', 'd', '/', 'd', 'o', 'c', 'u', 'm', 'e', 'n', 't', '.', 'x', 'm', 'l'};
    assertThatThrownBy(() -> FILES.read(new OnceStream(docx), "-"))
        .isInstanceOf(ReadException.class).hasMessageContaining("JX-TEXT");
  }

  @Test
  void readsAFifoWhileItIsWrittenWithoutWaitingForItsEnd() throws Exception {
    Path fifo = dir.resolve("p.json");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    byte[] bytes = json(many(200), JsonLayout.LINES);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(bytes);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    TableFile read = CompletableFuture.supplyAsync(() -> {
      try {
        return FILES.read(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).get(30, TimeUnit.SECONDS);

    writer.get(30, TimeUnit.SECONDS);
    assertThat(read.source()).isEqualTo("p.json");
    assertThat(read.tables()).hasSize(200);
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
