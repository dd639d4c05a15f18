package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadResult;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our Wei-layout document cut after every one of its lines: each cut either fails with a ReadException (too
 * little is left to be a document) or reads; a table the text ends inside is kept, either complete (the cut
 * fell after a whole indicator row) or marked incomplete with a warning at the last line; tables before it
 * are whole.
 */
class TextTruncationTest {
  private final TextDocumentReader reader = TextDocumentReader.create();

  @Test
  void readsTheDocumentCutAfterEveryLine() {
    String[] lines = TextCorpus.text("wei-2025-layout.txt").split("\n", -1);
    List<ProjectTargetTable> whole = SeedTables.wei2025();
    int incomplete = 0;
    for (int n = 1; n <= lines.length; n++) {
      String cut = String.join("\n", java.util.Arrays.copyOf(lines, n));
      ReadResult<PerformanceTargetDocument> r;
      try {
        r = reader.read(new StringReader(cut), "cut-" + n + ".txt");
      } catch (ReadException e) {
        assertThat(e.problem().code()).as("cut after line %d", n).isIn("JX-TEXT-003", "JX-TEXT-010");
        continue;
      }
      List<ProjectTargetTable> tables = r.value().tables();
      for (int t = 0; t < tables.size() - 1; t++) {
        assertThat(tables.get(t)).as("cut after line %d, table %d", n, t).isEqualTo(whole.get(t));
      }
      if (tables.isEmpty()) {
        continue;
      }
      ProjectTargetTable last = tables.get(tables.size() - 1);
      if (!last.complete()) {
        incomplete++;
        int lastLine = lines[n - 1].isEmpty() ? n - 1 : n;  // an empty last line is no line
        assertThat(r.warnings()).as("cut after line %d", n).anySatisfy(w -> {
          assertThat(w.code()).isEqualTo("JX-TEXT-020");
          assertThat(w.location().line()).hasValue(lastLine);
        });
      }
      int wholeRows = Math.max(0, last.indicators().size() - 1);
      assertThat(last.indicators().subList(0, wholeRows)).as("cut after line %d", n)
          .isEqualTo(whole.get(tables.size() - 1).indicators().subList(0, wholeRows));
    }
    assertThat(incomplete).isGreaterThan(50);
  }
}
