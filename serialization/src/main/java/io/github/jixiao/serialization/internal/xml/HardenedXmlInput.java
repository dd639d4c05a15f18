package io.github.jixiao.serialization.internal.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import io.github.jixiao.serialization.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The XML input side, locked down: no DTD, no entity ever expanded or fetched, Woodstox's limits on element
 * depth, text length, attributes and children set, and a DOCTYPE refused outright.
 */
public final class HardenedXmlInput {
  private HardenedXmlInput() {}

  public static XMLInputFactory factory(int maxDepth, int maxTextLength, int maxChildren, long maxCharacters) {
    WstxInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external entity refused: " + systemId);
    });
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, maxDepth);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, maxTextLength);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, maxTextLength);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
    f.setProperty(WstxInputProperties.P_MAX_CHILDREN_PER_ELEMENT, maxChildren);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, maxCharacters);
    return f;
  }

  /**
   * A reader over {@code in} (in the encoding {@link XmlInputEncoding} chooses), on the root element's start
   * tag; fails at a DOCTYPE, before any of it is used.
   * A DOCTYPE can only stand in the prolog, so walking the prolog here is enough, and the parser then gets
   * Woodstox's own reader: behind a delegate it falls back to a generic adapter, a third of every read.
   */
  public static XMLStreamReader2 open(XMLInputFactory f, InputStream in, boolean chars, Charset encoding,
      String source, Consumer<ReadProblem> note) throws XMLStreamException, IOException {
    XMLStreamReader2 r = (XMLStreamReader2) XmlInputEncoding.create(f, in, chars, encoding, source, note);
    int event = r.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.DTD) {
        throw new XMLStreamException("DOCTYPE refused", r.getLocation());
      }
      if (!r.hasNext()) {
        throw new XMLStreamException("no root element", r.getLocation());
      }
      event = r.next();
    }
    return r;
  }
}
