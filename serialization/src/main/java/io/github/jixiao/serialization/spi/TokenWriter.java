package io.github.jixiao.serialization.spi;

/**
 * One generator, as the format's walk writes to it (词法写出器). An adapter wraps a JSON or XML generator of
 * one Jackson generation; the walk decides everything that makes the bytes (names, order, lists as XML
 * elements), so two adapters over the same Jackson output write the same bytes. A generator's I/O failure
 * passes out as the adapter's generation reports it.
 */
public interface TokenWriter {
  /** Whether the generator writes XML, whose lists are elements of repeated items. */
  boolean isXml();

  /** Names the next object's element {@code name} when it is the XML document's root; nothing in JSON. */
  void rootName(String name);

  void startObject();

  void endObject();

  void startArray();

  void endArray();

  void name(String name);

  void string(String value);

  void stringProperty(String name, String value);

  void numberProperty(String name, int value);

  void booleanProperty(String name, boolean value);
}
