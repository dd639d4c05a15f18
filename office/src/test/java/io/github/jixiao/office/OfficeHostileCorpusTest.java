package io.github.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.serialization.ReadException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Workbooks a user may bring that are no workbook the reader can take (made by
 * {@code src/test/fixtures/make-hostile.py}): each is refused with its typed code, naming the file, in bounded
 * time; never a library's exception.
 */
class OfficeHostileCorpusTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "strict-ooxml.xlsx, JX-XLSX-005, Strict Open XML",
      "huge-shared-string.xlsx, JX-XLSX-007, zip bomb",
      "truncated.xlsx, JX-XLSX-004, cut off",
      "csv-named.xlsx, JX-XLSX-002, a CSV file named as a workbook"})
  void refusesEachWithItsCodeNamingTheFile(String name, String code, String says) {
    ReadException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchThrowableOfType(
        ReadException.class, () -> WorkbookReader.create().read(bytes(name), name)));
    assertThat(e).as(name).isNotNull();
    assertThat(e.problem().code()).isEqualTo(code);
    assertThat(e.getMessage()).startsWith(name + ": ").contains(says);
  }

  private static InputStream bytes(String name) throws IOException {
    InputStream in = OfficeHostileCorpusTest.class.getResourceAsStream("hostile/" + name);
    if (in == null) {
      throw new IOException("no hostile/" + name + " beside the test");
    }
    return in;
  }
}
