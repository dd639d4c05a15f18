package io.github.jixiao.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReaderBytesTest {

  @Test
  void givesTheUtf8OfTheCharactersAcrossEveryBufferBoundary() throws IOException {
    // A supplementary character straddling the 8192-char pass, among three-byte Chinese characters.
    String text = "团".repeat(8191) + "𠀀" + "魏县".repeat(5000) + "≥22个";
    try (InputStream in = ReaderBytes.of(new StringReader(text))) {
      assertThat(in.readAllBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aLoneSurrogateBecomesAQuestionMarkAsInTheTextOverloads() throws IOException {
    String text = "指标值\uD800";
    try (InputStream in = ReaderBytes.of(new StringReader(text))) {
      assertThat(in.readAllBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8))
          .endsWith((byte) '?');
    }
  }

  @Test
  void anEmptyReaderIsAnEmptyStreamAndSingleBytesReadAsBulk() throws IOException {
    assertThat(ReaderBytes.of(new StringReader("")).read()).isEqualTo(-1);
    InputStream in = ReaderBytes.of(new StringReader("≥"));
    assertThat(new int[] {in.read(), in.read(), in.read(), in.read()}).containsExactly(0xE2, 0x89, 0xA5, -1);
  }
}
