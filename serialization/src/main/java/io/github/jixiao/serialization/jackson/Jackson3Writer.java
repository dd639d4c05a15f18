package io.github.jixiao.serialization.jackson;

import io.github.jixiao.serialization.spi.TokenWriter;
import javax.xml.namespace.QName;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;

/** The format's walk on a Jackson 3 generator (Jackson 3 适配); I/O failures pass as Jackson 3 throws them. */
final class Jackson3Writer implements TokenWriter {
  private final JsonGenerator g;
  private final boolean xml;

  Jackson3Writer(JsonGenerator g) {
    this.g = g;
    this.xml = g instanceof ToXmlGenerator;
  }

  @Override
  public boolean isXml() {
    return xml;
  }

  @Override
  public void rootName(String name) {
    if (xml && g.streamWriteContext().inRoot()) {
      ((ToXmlGenerator) g).setNextName(new QName(name));
    }
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void stringProperty(String name, String value) {
    g.writeStringProperty(name, value);
  }

  @Override
  public void numberProperty(String name, int value) {
    g.writeNumberProperty(name, value);
  }

  @Override
  public void booleanProperty(String name, boolean value) {
    g.writeBooleanProperty(name, value);
  }
}
