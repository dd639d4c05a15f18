package io.github.jixiao.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.MonitoringTable;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.SelfEvaluationTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.json.JsonCodec;
import io.github.jixiao.serialization.json.JsonLayout;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 100,000 tables (target, self-evaluation or monitoring tables) read one at a time in a JVM of 64 MB heap (the {@code flat-memory} surefire execution
 * forks it with {@code -Xmx64m}). The input, some 250 MB of JSON or XML, is made on the fly and never held
 * whole; were the tables or the input kept, the heap would run out.
 */
@Tag("flat-memory")
class FlatMemoryTest {
  private static final int TABLES = 100_000;
  private static final List<ProjectTargetTable> SEEDS = SeedTables.all();

  @BeforeAll
  static void runsInASmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("heap of the forked JVM").isLessThanOrEqualTo(80L << 20);
  }

  private static void readsEveryTable(TableSequence tables) {
    int n = 0;
    try (tables) {
      while (tables.hasNext()) {
        ProjectTargetTable t = tables.next();
        assertThat(t.projectCode()).hasValue(GeneratedTables.code(n));
        assertThat(t.indicators()).hasSize(SEEDS.get(n % SEEDS.size()).indicators().size());
        n++;
      }
    }
    assertThat(n).isEqualTo(TABLES);
  }

  @Test
  void readsAHundredThousandTablesOfJsonLinesInASmallHeap() {
    JsonCodec json = JsonCodec.create();
    InputStream in = new GeneratedTables(SEEDS, json::write, TABLES, "", "\n", "\n");
    readsEveryTable(json.readTables(in, "generated.jsonl", JsonLayout.LINES));
  }

  @Test
  void readsAHundredThousandTablesOfAJsonArrayInASmallHeap() {
    JsonCodec json = JsonCodec.create();
    InputStream in = new GeneratedTables(SEEDS, json::write, TABLES, "[", ",", "]");
    readsEveryTable(json.readTables(in, "generated.json", JsonLayout.ARRAY));
  }

  @Test
  void readsAHundredThousandSelfEvaluationTablesOfJsonLinesInASmallHeap() {
    JsonCodec json = JsonCodec.create();
    InputStream in = new GeneratedTables(SEEDS, t -> json.write(SelfEvaluationTable.forTarget(t).build()), TABLES,
        "", "\n", "\n");
    int n = 0;
    try (Sequence<SelfEvaluationTable> tables = json.readSelfEvaluationTables(in, "self.jsonl", JsonLayout.LINES)) {
      while (tables.hasNext()) {
        assertThat(tables.next().projectCode()).hasValue(GeneratedTables.code(n));
        n++;
      }
    }
    assertThat(n).isEqualTo(TABLES);
  }

  @Test
  void readsAHundredThousandMonitoringTablesOfXmlInASmallHeap() {
    XmlCodec xml = XmlCodec.create();
    InputStream in = new GeneratedTables(SEEDS,
        t -> xml.write(MonitoringTable.forTarget(t).periodText("1-7月").build()).replaceFirst("^<\\?xml[^>]*>", ""),
        TABLES, "<monitorings>", "", "</monitorings>");
    int n = 0;
    try (Sequence<MonitoringTable> tables = xml.readMonitoringTables(in, "monitoring.xml")) {
      while (tables.hasNext()) {
        assertThat(tables.next().projectCode()).hasValue(GeneratedTables.code(n));
        n++;
      }
    }
    assertThat(n).isEqualTo(TABLES);
  }

  @Test
  void readsAHundredThousandTablesOfXmlInASmallHeap() {
    XmlCodec xml = XmlCodec.create();
    InputStream in = new GeneratedTables(SEEDS, t -> xml.write(t).replaceFirst("^<\\?xml[^>]*>", ""), TABLES,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><tables>", "", "</tables>");
    readsEveryTable(xml.readTables(in, "generated.xml"));
  }
}
