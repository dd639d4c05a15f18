package io.github.jixiao.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.serialization.spi.TokenWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The format's walk on a Jackson 2 generator (Jackson 2 适配). Jackson 2 throws checked I/O exceptions; they
 * leave here as {@link UncheckedIOException}s, which the module's serializers unwrap.
 */
final class Jackson2Writer implements TokenWriter {
  /** One generator call that may fail with Jackson 2's checked exception. */
  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }

  private final JsonGenerator g;
  private final boolean xml;

  Jackson2Writer(JsonGenerator g) {
    this.g = g;
    this.xml = XmlSupport.isXml(g);
  }

  @Override
  public boolean isXml() {
    return xml;
  }

  @Override
  public void rootName(String name) {
    if (xml) {
      XmlSupport.nameRoot(g, name);
    }
  }

  @Override
  public void startObject() {
    io(g::writeStartObject);
  }

  @Override
  public void endObject() {
    io(g::writeEndObject);
  }

  @Override
  public void startArray() {
    io(g::writeStartArray);
  }

  @Override
  public void endArray() {
    io(g::writeEndArray);
  }

  @Override
  public void name(String name) {
    io(() -> g.writeFieldName(name));
  }

  @Override
  public void string(String value) {
    io(() -> g.writeString(value));
  }

  @Override
  public void stringProperty(String name, String value) {
    io(() -> g.writeStringField(name, value));
  }

  @Override
  public void numberProperty(String name, int value) {
    io(() -> g.writeNumberField(name, value));
  }

  @Override
  public void booleanProperty(String name, boolean value) {
    io(() -> g.writeBooleanField(name, value));
  }

  private static void io(Write w) {
    try {
      w.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
