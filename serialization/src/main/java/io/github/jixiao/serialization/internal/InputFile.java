package io.github.jixiao.serialization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * A file opened for the codecs' {@code read…(Path)} overloads, reported under its file name as the sheet and
 * text readers report theirs. A file that cannot be opened fails as a failing stream does in the codecs: with
 * an {@link UncheckedIOException}, not a {@code ReadException}, because nothing was read that could be wrong.
 */
public final class InputFile {
  private InputFile() {}

  /** Reads the whole file with {@code read} (given the stream and the file name) and closes it. */
  public static <T> T read(Path file, BiFunction<InputStream, String, T> read) {
    try (InputStream in = Files.newInputStream(file)) {
      return read.apply(in, name(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Hands the open file to {@code open} (a sequence that closes it when it is closed); closes it only when
   * {@code open} fails.
   */
  public static <T> T handOver(Path file, BiFunction<InputStream, String, T> open) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return open.apply(in, name(file));
    } catch (RuntimeException failure) {
      try {
        in.close();
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
      throw failure;
    }
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}
