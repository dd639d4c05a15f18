package io.github.jixiao.serialization;

/**
 * A model that a format cannot hold (写出失败), such as a control character that XML 1.0 has no way to
 * write. The message names the path in the document ({@code tables[0].indicators[3].name}) and the
 * offending character; a failing output stream is an {@link java.io.UncheckedIOException} instead.
 */
public final class WriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  public WriteException(String path, String message) {
    super((path.isEmpty() ? "" : path + ": ") + message);
    this.path = path;
  }

  /** The path in the document of the value that could not be written. */
  public String path() {
    return path;
  }
}
