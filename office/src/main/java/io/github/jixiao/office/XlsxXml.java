package io.github.jixiao.office;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.apache.poi.util.XMLHelper;

/**
 * The StAX parser the streaming read parses a workbook's own parts with (工作簿XML): POI's hardened factory (no
 * DTD support, no external entities), and a part that declares a DTD at all is refused, so nothing outside
 * the file is ever read and no entity is expanded. One per read: a factory may reuse its last parser, so it is
 * not shared between threads.
 */
final class XlsxXml {
  static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private final XMLInputFactory factory = XMLHelper.newXMLInputFactory();

  XMLStreamReader reader(InputStream in, String source) throws XMLStreamException {
    return new StreamReaderDelegate(factory.createXMLStreamReader(in)) {
      @Override
      public int next() throws XMLStreamException {
        int event = super.next();
        if (event == DTD || event == ENTITY_REFERENCE) {
          throw new XMLStreamException("a part of " + source + " declares a DTD or refers to an entity");
        }
        return event;
      }
    };
  }

  /** An XML Schema boolean attribute: {@code 1} or {@code true}. */
  static boolean isTrue(String value) {
    return "1".equals(value) || "true".equals(value);
  }
}
