package io.github.jixiao.serialization.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sheets under {@code src/test/resources/sheet/}, one per published header style plus damaged ones. */
final class SheetCorpus {
  private SheetCorpus() {}

  static InputStream stream(String name) {
    InputStream in = SheetCorpus.class.getResourceAsStream("/sheet/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no test sheet " + name);
    }
    return in;
  }

  static byte[] bytes(String name) {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
