package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.RandomTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.sheet.SheetWriter;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writer and its reader, over seeded tables full of awkward cells ({@link AwkwardCellTables}): what a
 * writer writes, its reader reads back equal, or the writer refuses it with a {@link WriteException} naming
 * the value's path; never a read failure, never a changed table. {@code -Djixiao.seed=…} runs another seed.
 */
class WriterReaderPairsPropertyTest {
  private static final long SEED = RandomTables.seedFromSystemProperty(20_261_202L);
  private static final int RUNS = 300;

  private static final JsonCodec JSON = JsonCodec.builder().lenient(false).build();
  private static final JsonCodec JSON_PRETTY = JsonCodec.builder().prettyPrint(true).build();
  private static final XmlCodec XML = XmlCodec.builder().lenient(false).build();
  private static final XmlCodec XML_PRETTY = XmlCodec.builder().prettyPrint(true).build();
  private static final SheetReader SHEET = SheetReader.builder().lenient(false).build();

  /** A writer and reader pair: the tables in, the bytes written, the tables read back. */
  record Pair(String name, Function<List<ProjectTargetTable>, byte[]> write,
      Function<byte[], List<ProjectTargetTable>> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Pair> pairs() {
    return Stream.of(
        new Pair("JSON table", tables -> each(tables, JSON::write), bytes -> List.of(JSON.readTable(in(bytes),
            "t.json").value())),
        new Pair("JSON table, pretty", tables -> each(tables, JSON_PRETTY::write),
            bytes -> List.of(JSON_PRETTY.readTable(in(bytes), "t.json").value())),
        new Pair("JSON array", tables -> sequence(tables, out -> JSON.writeTables(out, JsonLayout.ARRAY)),
            bytes -> all(JSON.readTables(in(bytes), "t.json", JsonLayout.ARRAY))),
        new Pair("JSON Lines", tables -> sequence(tables, out -> JSON.writeTables(out, JsonLayout.LINES)),
            bytes -> all(JSON.readTables(in(bytes), "t.jsonl", JsonLayout.LINES))),
        new Pair("XML table", tables -> each(tables, XML::write), bytes -> List.of(XML.readTable(in(bytes),
            "t.xml").value())),
        new Pair("XML table, pretty", tables -> each(tables, XML_PRETTY::write),
            bytes -> List.of(XML_PRETTY.readTable(in(bytes), "t.xml").value())),
        new Pair("XML sequence", tables -> sequence(tables, XML::writeTables),
            bytes -> all(XML.readTables(in(bytes), "t.xml"))),
        new Pair("sheet CSV", tables -> sheet(SheetWriter.create(), tables),
            bytes -> SHEET.read(in(bytes), "t.csv").value()),
        new Pair("sheet TSV", tables -> sheet(SheetWriter.builder().tabSeparated().byteOrderMark(false).build(),
            tables), bytes -> SHEET.read(in(bytes), "t.tsv").value()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void readsBackEqualOrRefusesWithThePath(Pair pair) {
    int equal = 0;
    java.util.Map<String, Integer> refusals = new java.util.TreeMap<>();
    for (long seed = SEED; seed < SEED + RUNS; seed++) {
      String context = pair + ", seed " + seed + " (rerun with -Djixiao.seed=" + seed + ")";
      List<ProjectTargetTable> tables = new AwkwardCellTables(seed, seed % 4 == 0).tables();
      boolean single = pair.name().endsWith("table") || pair.name().endsWith("pretty");
      for (List<ProjectTargetTable> written : single ? tables.stream().map(List::of).toList() : List.of(tables)) {
        byte[] bytes;
        try {
          bytes = pair.write().apply(written);
        } catch (WriteException refused) {
          assertThat(refused.path()).as(context).isNotEmpty();
          assertThat(refused.getMessage()).as(context).startsWith(refused.path() + ": ");
          refusals.merge(refused.path().replaceAll("\\[\\d+]", "[]"), 1, Integer::sum);
          continue;
        }
        assertThat(pair.read().apply(bytes)).as(context).containsExactlyElementsOf(written);
        equal++;
      }
    }
    assertThat(equal).as("%s: round trips that were not refused (refused: %s)", pair, refusals)
        .isGreaterThan(RUNS / 5);
  }

  private static byte[] each(List<ProjectTargetTable> tables, Function<ProjectTargetTable, String> write) {
    return write.apply(tables.get(0)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static byte[] sequence(List<ProjectTargetTable> tables,
      Function<java.io.OutputStream, TableSequenceWriter> open) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableSequenceWriter w = open.apply(out)) {
      tables.forEach(w::write);
    }
    return out.toByteArray();
  }

  private static byte[] sheet(SheetWriter writer, List<ProjectTargetTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(tables, out);
    return out.toByteArray();
  }

  private static List<ProjectTargetTable> all(TableSequence sequence) {
    try (sequence) {
      List<ProjectTargetTable> tables = new ArrayList<>();
      sequence.forEachRemaining(tables::add);
      return tables;
    }
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
