package io.github.jixiao.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.PerformanceTargetDocument;
import io.github.jixiao.core.fixtures.SeedTables;
import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import io.github.jixiao.serialization.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A published text in each encoding Word, WPS and Notepad save text in, read as its UTF-8 original. */
class TextEncodingsTest {
  private static final String TEXT = TextCorpus.text("wei-2025-layout.txt");
  private static final TextDocumentReader READER = TextDocumentReader.create();

  private static byte[] marked(byte[] mark, String text, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(mark);
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  private static ReadResult<PerformanceTargetDocument> read(TextDocumentReader reader, byte[] bytes) {
    return reader.read(new ByteArrayInputStream(bytes), "wei.txt");
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-8", TEXT.getBytes(StandardCharsets.UTF_8), List.of()),
        Arguments.of("UTF-8 with a mark", marked(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT,
            StandardCharsets.UTF_8), List.of("JX-TEXT-007 INFO")),
        Arguments.of("UTF-16LE with a mark", marked(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT,
            StandardCharsets.UTF_16LE), List.of("JX-TEXT-008 INFO")),
        Arguments.of("UTF-16BE with a mark", marked(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT,
            StandardCharsets.UTF_16BE), List.of("JX-TEXT-008 INFO")),
        Arguments.of("GBK", TEXT.getBytes(Charset.forName("GBK")), List.of("JX-TEXT-009 WARNING")),
        Arguments.of("GB18030", TEXT.getBytes(Charset.forName("GB18030")), List.of("JX-TEXT-009 WARNING")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void readsTheDocumentInEachEncodingAndSaysHowItWasDecoded(String name, byte[] bytes, List<String> notes) {
    ReadResult<PerformanceTargetDocument> r = read(READER, bytes);
    assertThat(r.value().tables()).containsExactlyElementsOf(SeedTables.wei2025());
    assertThat(r.warnings()).extracting(w -> w.code() + " " + w.severity()).isEqualTo(notes);
  }

  @Test
  void aStrictReaderRefusesTheGuessButReadsTheEncodingSet() {
    byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
    ReadException guess = catchThrowableOfType(ReadException.class,
        () -> read(TextDocumentReader.builder().lenient(false).build(), gbk));
    assertThat(guess.problem().code()).isEqualTo("JX-TEXT-009");
    ReadResult<PerformanceTargetDocument> set = read(TextDocumentReader.builder().lenient(false)
        .encoding(Charset.forName("GB18030")).build(), gbk);
    assertThat(set.value().tables()).containsExactlyElementsOf(SeedTables.wei2025());
    assertThat(set.warnings()).extracting(ReadProblem::code).containsExactly("JX-TEXT-008");
  }

  @Test
  void refusesAGbkDocumentWithUtf8LinesNamingTheFirstGbkByte() {
    int cut = TEXT.indexOf("第二部分");
    byte[] utf8 = TEXT.substring(0, cut).getBytes(StandardCharsets.UTF_8);
    byte[] gbk = TEXT.substring(cut).getBytes(Charset.forName("GBK"));
    byte[] mixed = Arrays.copyOf(utf8, utf8.length + gbk.length);
    System.arraycopy(gbk, 0, mixed, utf8.length, gbk.length);
    int line = (int) TEXT.substring(0, cut).chars().filter(c -> c == '\n').count() + 1;
    int column = cut - TEXT.lastIndexOf('\n', cut - 1);
    ReadProblem p = catchThrowableOfType(ReadException.class, () -> read(READER, mixed)).problem();
    assertThat(p.code()).isEqualTo("JX-TEXT-002");
    assertThat(p.location().line()).hasValue(line);
    assertThat(p.message()).startsWith("mixed encodings: line ").contains("byte " + (utf8.length + 1) + " (0x"
        + String.format("%02X", gbk[0] & 0xFF) + ") on line " + line + ", column " + column + " is not UTF-8");
  }

  @Test
  void refusesUtf16CutInsideACharacterOrHoldingAHalfPair() {
    byte[] le = marked(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT, StandardCharsets.UTF_16LE);
    ReadProblem cut = catchThrowableOfType(ReadException.class,
        () -> read(READER, Arrays.copyOf(le, le.length - 1))).problem();
    assertThat(cut.code()).isEqualTo("JX-TEXT-002");
    assertThat(cut.message()).contains("the input ends inside the character it starts");
    // A high surrogate, then x: encoders never write that, so the bytes are put together by hand.
    byte[] half = marked(new byte[] {(byte) 0xFE, (byte) 0xFF}, "第二部分\n", StandardCharsets.UTF_16BE);
    half = Arrays.copyOf(half, half.length + 6);
    System.arraycopy(new byte[] {(byte) 0xD8, 0x00, 0x00, 'x', 0x00, '\n'}, 0, half, half.length - 6, 6);
    byte[] lone = half;
    ReadProblem p = catchThrowableOfType(ReadException.class, () -> read(READER, lone)).problem();
    assertThat(p.code()).isEqualTo("JX-TEXT-002");
    assertThat(p.location().line()).hasValue(2);
  }
}
