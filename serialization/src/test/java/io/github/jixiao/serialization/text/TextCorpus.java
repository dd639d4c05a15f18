package io.github.jixiao.serialization.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text documents under {@code src/test/resources/text/}, written for these tests in the seeds' layout. */
final class TextCorpus {
  private TextCorpus() {}

  static byte[] bytes(String name) {
    try (InputStream in = TextCorpus.class.getResourceAsStream("/text/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test document " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static InputStream stream(String name) {
    return TextCorpus.class.getResourceAsStream("/text/" + name);
  }
}
