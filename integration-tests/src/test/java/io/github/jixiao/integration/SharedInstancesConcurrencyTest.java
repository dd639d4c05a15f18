package io.github.jixiao.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.RandomTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.sheet.SheetWriter;
import io.github.jixiao.serialization.text.TextDocumentReader;
import io.github.jixiao.serialization.xml.XmlCodec;
import io.github.jixiao.validation.TableValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One validator and one instance of each codec and reader, shared by 8 threads over 10,000 tables, give
 * exactly what one thread gives: the same findings and messages, the same JSON, XML and sheet text, the same
 * tables read back.
 */
class SharedInstancesConcurrencyTest {
  private static final int TABLES = 10_000;
  private static final int THREADS = 8;
  private static final long SEED = RandomTables.seedFromSystemProperty(8L);
  private static final List<String> TEXT_DOCUMENTS = List.of("/text/wei-2025-layout.txt",
      "/text/dingzhou-2021-layout.txt", "/text/wei-2025-wrapped.txt", "/text/not-a-document.txt");

  private final TableValidator validator = TableValidator.create();
  private final JsonCodec json = JsonCodec.create();
  private final XmlCodec xml = XmlCodec.create();
  private final SheetWriter sheetWriter = SheetWriter.create();
  private final SheetReader sheetReader = SheetReader.create();
  private final TextDocumentReader textReader = TextDocumentReader.create();

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void eightThreadsSharingOneInstanceOfEachGiveTheSingleThreadedResults() throws Exception {
    RandomTables random = RandomTables.withSeed(SEED).xmlSafe();
    List<ProjectTargetTable> tables = new ArrayList<>(TABLES);
    for (int i = 0; i < TABLES; i++) {
      tables.add(random.table(i % 5));
    }
    List<byte[]> texts = new ArrayList<>();
    for (String name : TEXT_DOCUMENTS) {
      texts.add(resource(name));
    }

    String[] expected = new String[TABLES];
    for (int i = 0; i < TABLES; i++) {
      expected[i] = work(i, tables.get(i), texts);
    }

    String[] actual = new String[TABLES];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i; (i = next.getAndIncrement()) < TABLES; ) {
            actual[i] = work(i, tables.get(i), texts);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < TABLES; i++) {
      assertThat(actual[i]).as("table %d, seed %d (rerun with -Djixiao.seed=%d)", i, SEED, SEED)
          .isEqualTo(expected[i]);
    }
  }

  /** Everything the shared instances produce for one table, as one text to compare. */
  private String work(int i, ProjectTargetTable table, List<byte[]> texts) {
    StringBuilder out = new StringBuilder();
    var report = validator.validate(table);
    out.append(report.findings()).append('\n').append(report.messages(Locale.CHINA)).append('\n')
        .append(report.messages(Locale.ENGLISH)).append('\n');
    String j = json.write(table);
    out.append(j).append('\n').append(json.readTable(j).value().equals(table)).append('\n');
    String x = xml.write(table);
    out.append(x).append('\n').append(xml.readTable(x).value().equals(table)).append('\n');
    try {
      String sheet = sheetWriter.write(List.of(table));
      var back = sheetReader.read(new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), i + ".csv");
      out.append(sheet).append(back.value()).append(back.warnings()).append('\n');
    } catch (WriteException | ReadException e) {
      out.append(e.getMessage()).append('\n');
    }
    if (i % 10 == 0) {
      byte[] text = texts.get(i / 10 % texts.size());
      try {
        var doc = textReader.read(new ByteArrayInputStream(text), i + ".txt");
        out.append(doc.value()).append(doc.warnings());
      } catch (ReadException e) {
        out.append(e.getMessage());
      }
    }
    return out.toString();
  }

  private static byte[] resource(String name) {
    try (InputStream in = SharedInstancesConcurrencyTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
