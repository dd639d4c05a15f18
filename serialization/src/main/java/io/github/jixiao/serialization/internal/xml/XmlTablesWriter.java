package io.github.jixiao.serialization.internal.xml;

import io.github.jixiao.serialization.internal.codec.EnclosedTablesWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;

/** Writes tables one at a time as the {@code <table>} children of a {@code <tables>} root. */
public final class XmlTablesWriter extends EnclosedTablesWriter {
  public XmlTablesWriter(ToXmlGenerator g) {
    super(g, "XML");
  }

  @Override
  protected void open(JsonGenerator g) {
    ToXmlGenerator x = (ToXmlGenerator) g;
    try {
      // The declaration once for the whole sequence: the generator is set not to write one per table.
      x.getStaxWriter().writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
    x.setNextName(new QName("tables"));
    g.writeStartObject();
  }

  @Override
  protected void beforeTable(JsonGenerator g) {
    g.writeName("table");
  }

  @Override
  protected void end(JsonGenerator g) {
    g.writeEndObject();
  }
}
