package io.github.jixiao.serialization.internal.codec;

import io.github.jixiao.serialization.WriteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;

/**
 * What a failed write becomes (写出失败): Jackson wraps both the format's own refusals and the stream's
 * failures, and the caller should see each as itself, not as a Jackson exception.
 */
public final class WriteFailures {
  private WriteFailures() {}

  /** The {@link WriteException} or I/O failure inside {@code e}, else {@code e} named for {@code format}. */
  public static RuntimeException of(JacksonException e, String format) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof WriteException w) {
        return w;
      }
      if (t instanceof IOException io) {
        return new UncheckedIOException(io);
      }
    }
    return new IllegalStateException("could not write " + format, e);
  }
}
