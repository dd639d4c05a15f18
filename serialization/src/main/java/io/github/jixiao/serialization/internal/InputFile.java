package io.github.jixiao.serialization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file opened for the codecs' {@code read…(Path)} overloads, reported under its file name as the sheet and
 * text readers report theirs. A file that cannot be opened fails as a failing stream does in the codecs: with
 * an {@link UncheckedIOException}, not a {@code ReadException}, because nothing was read that could be wrong.
 */
public record InputFile(InputStream stream, String name) {

  public static InputFile open(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      return new InputFile(Files.newInputStream(file), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the file after a read failed before it was handed over; returns {@code failure} to be thrown. */
  public RuntimeException closeAfter(RuntimeException failure) {
    try {
      stream.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }
}
