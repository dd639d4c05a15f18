package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.ReadResult;
import io.github.jixiao.serialization.sheet.SheetReader;
import io.github.jixiao.serialization.sheet.SheetWriter;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the text reader gives, written as a sheet, reads back as the same tables (the CLI's convert path). */
class TextToSheetTest {
  @Test
  void tablesReadFromTextSurviveASheet() {
    for (String name : List.of("dingzhou-2021-layout.txt", "wei-2025-layout.txt", "wei-2025-wrapped.txt")) {
      List<ProjectTargetTable> tables = TextDocumentReader.create().read(TextCorpus.stream(name), name).value().tables();
      String sheet = SheetWriter.create().write(tables);
      ReadResult<List<ProjectTargetTable>> back = SheetReader.create().read(new StringReader(sheet), name + ".csv");
      assertThat(back.warnings()).as(name).isEmpty();
      assertThat(back.value()).as(name)
          .containsExactlyElementsOf(tables.stream().map(t -> t.withComplete(true)).collect(Collectors.toList()));
    }
  }
}
