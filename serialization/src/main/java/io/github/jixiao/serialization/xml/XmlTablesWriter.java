package io.github.jixiao.serialization.xml;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.TableSequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;

/** Writes tables one at a time as the {@code <table>} children of a {@code <tables>} root. */
final class XmlTablesWriter implements TableSequenceWriter {
  private final ObjectWriter writer;
  private final JsonGenerator g;

  XmlTablesWriter(XmlMapper mapper, OutputStream out) {
    // The declaration is written once here, not by each table's write.
    this.writer = mapper.writer().without(XmlWriteFeature.WRITE_XML_DECLARATION);
    try {
      this.g = writer.createGenerator(out);
      ToXmlGenerator x = (ToXmlGenerator) g;
      x.getStaxWriter().writeStartDocument("UTF-8", "1.0");
      x.setNextName(new QName("tables"));
      g.writeStartObject();
    } catch (JacksonException e) {
      throw XmlCodec.writeFailure(e);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  @Override
  public void write(ProjectTargetTable table) {
    Objects.requireNonNull(table, "table");
    try {
      g.writeName("table");
      writer.writeValue(g, table);
    } catch (JacksonException e) {
      throw XmlCodec.writeFailure(e);
    }
  }

  @Override
  public void close() {
    try {
      g.writeEndObject();
      g.close();
    } catch (JacksonException e) {
      throw XmlCodec.writeFailure(e);
    }
  }
}
