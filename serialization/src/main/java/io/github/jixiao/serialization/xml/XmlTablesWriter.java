package io.github.jixiao.serialization.xml;

import io.github.jixiao.core.ProjectTargetTable;
import io.github.jixiao.serialization.TableSequenceWriter;
import java.io.OutputStream;
import java.util.Objects;
import javax.xml.namespace.QName;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;

/** Writes tables one at a time as the {@code <table>} children of a {@code <tables>} root. */
final class XmlTablesWriter implements TableSequenceWriter {
  private final XmlMapper mapper;
  private final JsonGenerator g;

  XmlTablesWriter(XmlMapper mapper, OutputStream out) {
    this.mapper = mapper;
    try {
      this.g = mapper.createGenerator(out);
      ((ToXmlGenerator) g).setNextName(new QName("tables"));
      g.writeStartObject();
    } catch (JacksonException e) {
      throw XmlCodec.writeFailure(e);
    }
  }

  @Override
  public void write(ProjectTargetTable table) {
    Objects.requireNonNull(table, "table");
    try {
      g.writeName("table");
      mapper.writeValue(g, table);
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
