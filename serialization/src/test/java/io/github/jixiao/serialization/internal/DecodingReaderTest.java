package io.github.jixiao.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.serialization.ReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecodingReaderTest {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static Reader reader(byte[] bytes, Charset charset) {
    return DecodingReader.of(new ByteArrayInputStream(bytes), charset, "in.xml", "JX-XML-001", "as set");
  }

  private static void readAll(Reader r) throws IOException {
    char[] buffer = new char[4096];
    while (r.read(buffer) >= 0) {
      // on to the end, or to the first byte not in the encoding
    }
  }

  /** An input handed over a few bytes at a time, as a pipe gives it. */
  private static InputStream trickling(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 3));
      }
    };
  }

  @Test
  void decodesCharByCharIncludingASurrogatePairAndLeavesOutTheMark() throws IOException {
    String text = "\uFEFF项目😀名称\n甲";
    Reader r = DecodingReader.of(trickling(text.getBytes(GB18030)), GB18030, "in.xml", "JX-XML-001", "as set");
    StringBuilder read = new StringBuilder();
    for (int c; (c = r.read()) >= 0; ) {
      read.append((char) c);
    }
    assertThat(read).hasToString("项目😀名称\n甲");
  }

  @Test
  void namesTheFirstByteNotInTheEncodingWithItsLineAndColumnFarIntoTheStream() {
    String text = "a\n".repeat(10_000) + "项目名称";
    byte[] bytes = text.getBytes(GB18030);
    bytes[bytes.length - 4] = (byte) 0xFF;   // the lead byte of 名
    ReadException e = catchThrowableOfType(ReadException.class, () -> readAll(reader(bytes, GB18030)));
    assertThat(e.problem().toString()).isEqualTo("in.xml:10001:3: not GB18030 text, as set: byte " + (bytes.length - 3)
        + " (0xFF) on line 10001, column 3 is not GB18030; set the encoding the input is in [JX-XML-001]");
  }

  @Test
  void aFourByteSequenceCutShortAtTheEndIsNamedSo() {
    byte[] bytes = "甲😀".getBytes(GB18030);
    ReadException e = catchThrowableOfType(ReadException.class,
        () -> readAll(reader(Arrays.copyOf(bytes, bytes.length - 1), GB18030)));
    assertThat(e.problem().message()).contains("byte 3 (0x", "the input ends inside the character it starts");
  }
}
