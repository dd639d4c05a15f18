package io.github.jixiao.serialization.internal.xml;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.TableSequenceWriter;
import io.github.jixiao.serialization.jackson.WireFormat;
import io.github.jixiao.serialization.xml.XmlCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;

/** Writes tables one at a time as the {@code <table>} children of a {@code <tables>} root. */
public final class XmlTablesWriter implements TableSequenceWriter {
  private final JsonGenerator g;

  public XmlTablesWriter(XmlFactory factory, ObjectWriteContext output, OutputStream out) {
    try {
      this.g = factory.createGenerator(output, out);
      // Closing the writer closes the stream, as its contract says; the codec's single writes never do.
      g.configure(StreamWriteFeature.AUTO_CLOSE_TARGET, true);
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
      WireFormat.writeTable(g, table);
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
