package io.github.jixiao.serialization.json;

/** How many tables share one JSON input or output (多表布局). */
public enum JsonLayout {
  /** One JSON array of tables: {@code [{…},{…}]}. */
  ARRAY,
  /**
   * JSON Lines: one table per line, each a complete JSON object with its own {@code formatVersion}. The
   * reader accepts any white space between tables.
   */
  LINES
}
