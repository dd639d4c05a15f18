package io.github.jixiao.serialization.internal.xml;

import io.github.jixiao.serialization.internal.codec.EnclosedTablesWriter;
import io.github.jixiao.serialization.internal.codec.SequenceRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * Writes tables of one kind one at a time as the children of one root: {@code <table>}s under {@code <tables>},
 * {@code <selfEvaluation>}s under {@code <selfEvaluations>}, {@code <monitoring>}s under {@code <monitorings>}.
 */
public final class XmlTablesWriter<T> extends EnclosedTablesWriter<T> {
  public XmlTablesWriter(ToXmlGenerator g, SequenceRoot<T> root) {
    super(g, "XML", root);
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
    x.setNextName(new QName(root.element()));
    g.writeStartObject();
  }

  @Override
  protected void beforeTable(JsonGenerator g) {
    g.writeName(root.item().element());
  }

  @Override
  protected void end(JsonGenerator g) {
    g.writeEndObject();
  }
}
