package io.github.jixiao.serialization.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Random tables written as a sheet read back equal, with commas and tabs as delimiters, with or without BOM. */
class SheetRoundTripPropertyTest {
  private static final long FIRST_SEED = 20_251_125L;
  private static final int RUNS = 300;

  @Test
  void randomTablesReadBackEqual() {
    SheetReader reader = SheetReader.create();
    for (long seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      List<ProjectTargetTable> tables = new RandomSheetTables(seed).tables();
      SheetWriter.Builder w = SheetWriter.builder().byteOrderMark(seed % 3 == 0);
      SheetWriter writer = (seed % 2 == 0 ? w.tabSeparated() : w.commaSeparated()).build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.write(tables, out);
      ReadResult<List<ProjectTargetTable>> back =
          reader.read(new ByteArrayInputStream(out.toByteArray()), "seed-" + seed + ".csv");
      // The byte-order mark is the one thing said: a note that it was left out of the text.
      assertThat(back.warnings()).as("seed %d (rerun with new RandomSheetTables(%dL))", seed, seed)
          .map(p -> p.code() + " " + p.severity())
          .isEqualTo(seed % 3 == 0 ? List.of("JX-SHEET-007 INFO") : List.of());
      assertThat(back.value()).as("seed %d (rerun with new RandomSheetTables(%dL))", seed, seed)
          .containsExactlyElementsOf(tables);
    }
  }
}
