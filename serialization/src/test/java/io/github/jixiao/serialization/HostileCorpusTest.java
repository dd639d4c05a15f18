package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/}) and the inputs too large to store, each fed to
 * the reader of its format in strict mode. Every one must end in a {@link ReadException} naming the file and
 * its place, within 10 s (a bound against hangs, wide enough for a busy machine), under the 256 MB heap of
 * the {@code hostile} surefire execution; no message may
 * carry the contents of a file the input points at, and nothing may connect to the local server that the
 * URL inputs point at.
 */
@Tag("hostile")
class HostileCorpusTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);
  /**
   * XML whose bytes do not decode: the XML parser reports no position for them, so the message names the file
   * only (a known shortfall, docs/QUALITY.md).
   */
  private static final Set<String> UNDECODABLE_XML = Set.of("xml-invalid-utf8.xml",
      "xml-unknown-encoding.xml");
  private static final String SECRET = "JIXIAO-SECRET-MARKER-4b1d";

  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();
  private static final SheetReader SHEET = SheetReader.builder().lenient(false).build();
  private static final TextDocumentReader TEXT = TextDocumentReader.builder().lenient(false).build();

  @TempDir
  static Path secrets;
  private static Path secretFile;
  private static ServerSocket server;
  private static final AtomicInteger CONNECTIONS = new AtomicInteger();

  @BeforeAll
  static void plantASecretAndListen() throws IOException {
    secretFile = Files.writeString(secrets.resolve("secret.txt"), SECRET + "\n");
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread listener = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          CONNECTIONS.incrementAndGet();
        } catch (IOException closed) {
          return;
        }
      }
    }, "hostile-corpus-listener");
    listener.setDaemon(true);
    listener.start();
  }

  @AfterAll
  static void nothingConnected() throws IOException {
    server.close();
    assertThat(CONNECTIONS.get()).as("connections to the URL the hostile inputs point at").isZero();
  }

  static Stream<Arguments> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(HostileCorpusTest.class.getResource("/hostile").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.sorted().toList();
      assertThat(all).as("the hostile corpus").hasSizeGreaterThanOrEqualTo(40);
      return all.stream().map(p -> Arguments.of(p.getFileName().toString(), p));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachStoredInputFailsWithATypedErrorNamingItsPlace(String name, Path file) throws IOException {
    byte[] bytes = pointedAtTheSecretAndTheServer(Files.readAllBytes(file));
    ReadException e = failure(name, () -> new ByteArrayInputStream(bytes));
    if (bytes.length > 0 && !UNDECODABLE_XML.contains(name)) {
      SourceLocation at = e.problem().location();
      assertThat(at.line().isPresent() || at.path().isPresent() || at.cell().isPresent())
          .as("%s names a line, row, cell or path", e.getMessage()).isTrue();
    }
  }

  static Stream<Arguments> generated() {
    return Stream.of(
        Arguments.of("huge-string.json", (Supplier<InputStream>)
            () -> HostileInput.of("{\"formatVersion\":1,\"projectName\":\"", 100_000_000L, 'a', "\"}")),
        Arguments.of("huge-text.xml", (Supplier<InputStream>)
            () -> HostileInput.of("<table><formatVersion>1</formatVersion><projectName>", 100_000_000L, 'a', "</projectName></table>")),
        Arguments.of("huge-cell.csv", (Supplier<InputStream>)
            () -> HostileInput.of("项目名称,指标值\n\"", 100_000_000L, 'a', "\",1\n")),
        Arguments.of("huge-line.txt", (Supplier<InputStream>)
            () -> HostileInput.of("第二部分\n", 100_000_000L, 'a', "\n")),
        Arguments.of("deep-arrays.json", (Supplier<InputStream>)
            () -> nested("{\"goals\":", "[", 10_000, "", "]", "}")),
        Arguments.of("deep-objects.json", (Supplier<InputStream>)
            () -> nested("", "{\"unit\":", 10_000, "{}", "}", "")),
        Arguments.of("deep-elements.xml", (Supplier<InputStream>)
            () -> nested("<table><formatVersion>1</formatVersion>", "<goals>", 10_000, "", "</goals>", "</table>")),
        Arguments.of("million-columns.csv", (Supplier<InputStream>)
            () -> HostileInput.of("项目名称", 1_000_000L, ',', "\n特困生救助金\n")),
        Arguments.of("million-columns.tsv", (Supplier<InputStream>)
            () -> HostileInput.of("项目名称", 1_000_000L, '\t', "\n特困生救助金\n")),
        Arguments.of("million-lines.txt", (Supplier<InputStream>)
            () -> HostileInput.of("第二部分\n预算项目绩效目标\n", 1_000_000L, '\n', "")),
        Arguments.of("title-rows-before-header.csv", (Supplier<InputStream>)
            () -> nested("", "2025年项目支出绩效目标表,填报单位：712001共青团某县委员会,单位：万元\n", 100_000, "",
                "", "项目名称,指标值\n特困生救助金,100人\n")),
        Arguments.of("million-lines.csv", (Supplier<InputStream>)
            () -> HostileInput.of("项目名称,指标值\n", 1_000_000L, '\n', "")),
        Arguments.of("huge-binary.csv", (Supplier<InputStream>)
            () -> HostileInput.of("PK\u0003\u0004", 100_000_000L, '\u0000', "")),
        Arguments.of("huge-binary.txt", (Supplier<InputStream>)
            () -> HostileInput.of("PK\u0003\u0004", 100_000_000L, '\u0000', "")));
  }

  @Test
  void aBinaryInputPastTheSizeLimitIsCalledNotTextRatherThanTooLarge() {
    // The 100 MB ones above are refused in time; here, what they are called, past a 1 MB limit.
    ReadException sheet = assertThrows(ReadException.class, () -> SheetReader.builder().limits(ReadLimits.builder().maxDocumentLength(1_000_000).build()).build()
        .read(HostileInput.of("PK\u0003\u0004", 2_000_000L, '\u0000', ""), "huge-binary.csv"));
    ReadException text = assertThrows(ReadException.class, () -> TextDocumentReader.builder().limits(ReadLimits.builder().maxDocumentLength(1_000_000).build())
        .build().read(HostileInput.of("PK\u0003\u0004", 2_000_000L, '\u0000', ""), "huge-binary.txt"));
    for (ReadException e : List.of(sheet, text)) {
      assertThat(e.problem().code()).as(e.getMessage()).endsWith("-002");
      assertThat(e.getMessage()).contains("control character U+0003");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void eachGeneratedInputFailsWithATypedErrorNamingItsPlace(String name, Supplier<InputStream> input) {
    ReadException e = failure(name, input);
    SourceLocation at = e.problem().location();
    assertThat(at.line().isPresent() || at.path().isPresent() || at.cell().isPresent())
        .as("%s names a line, row, cell or path", e.getMessage()).isTrue();
  }

  @Test
  void aSixtyFourDigitJsonAmountIsKeptToTheLastDigit() {
    String digits = "1234567890123456789012345678901234567890123456789012345678901234.50";
    String json = "{\"formatVersion\":1,\"budget\":{\"total\":\"" + digits + "\"}}";
    assertThat(JSON.readTable(json).value().budget().total().orElseThrow().value().toPlainString()).isEqualTo(digits);
    assertThat(JSON.readTable(json.replace("\"" + digits + "\"", "5.60")).value().budget().total().orElseThrow()
        .value().toPlainString()).isEqualTo("5.60");
    String number = json.replace("\"" + digits + "\"", digits);
    assertThat(JSON.readTable(number).value().budget().total().orElseThrow().value().toPlainString())
        .isEqualTo(digits);
  }

  @Test
  void anInputPastItsSizeLimitNamesTheLineWhereItPassedIt() {
    String csv = "项目名称,指标值\n特困生救助金,100人\n特困生救助金,200人\n特困生救助金,300人\n";
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    ReadException e = assertThrows(ReadException.class, () -> SheetReader.builder().limits(ReadLimits.builder().maxDocumentLength(50).build()).build().read(new ByteArrayInputStream(bytes), "long.csv"));
    assertThat(e.problem().code()).isEqualTo("JX-SHEET-001");
    assertThat(e.problem().location().line()).hasValue(3);
    ReadException t = assertThrows(ReadException.class, () -> TextDocumentReader
        .builder().limits(ReadLimits.builder().maxDocumentLength(30).build()).build().read(new StringReader(csv), "long.txt"));
    assertThat(t.problem().location().line()).hasValue(3);
  }

  /** Reads with the reader the name's extension calls for; the read must fail, fast, with a typed error. */
  private static ReadException failure(String name, Supplier<InputStream> input) {
    Throwable[] thrown = new Throwable[1];
    assertTimeoutPreemptively(LIMIT, () -> {
      try (InputStream in = input.get()) {
        read(name, in);
      } catch (Throwable t) {
        thrown[0] = t;
      }
    }, name + " must be refused within " + LIMIT.toSeconds() + " s");
    assertThat(thrown[0]).as("%s must fail with a ReadException", name).isInstanceOf(ReadException.class);
    ReadException e = (ReadException) thrown[0];
    assertThat(e.getMessage()).as(name)
        .startsWith(name)
        .doesNotContain(SECRET, "Exception", "com.ctc", "tools.jackson", "\tat ")
        .doesNotContainIgnoringCase("jackson");
    return e;
  }

  private static void read(String name, InputStream in) {
    if (name.endsWith(".json")) {
      JSON.readTable(in, name);
    } else if (name.endsWith(".xml")) {
      XML.readTable(in, name);
    } else if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      SHEET.read(in, name);
    } else if (name.endsWith(".txt")) {
      TEXT.read(in, name);
    } else {
      throw new IllegalArgumentException("no reader for " + name);
    }
  }

  /** The corpus names the secret file and the server by placeholder: their place is known at test time only. */
  private static byte[] pointedAtTheSecretAndTheServer(byte[] bytes) {
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    if (!latin1.contains("@SECRET_FILE@") && !latin1.contains("@PORT@")) {
      return bytes;
    }
    String path = secretFile.toAbsolutePath().toString().replace('\\', '/');
    return latin1.replace("@SECRET_FILE@", path.startsWith("/") ? path : "/" + path)
        .replace("@PORT@", String.valueOf(server.getLocalPort()))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static InputStream nested(String prefix, String open, int depth, String middle, String close,
      String suffix) {
    String text = prefix + open.repeat(depth) + middle + close.repeat(depth) + suffix;
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
