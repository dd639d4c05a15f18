package io.github.jixiao.serialization.internal.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.util.StreamReader2Delegate;

/**
 * Holds every start tag to what the format allows: no attribute, no namespace declaration, no element in a
 * namespace. Jackson's XML parser would otherwise read an attribute as a property ({@code <table
 * projectName="X">}), honour or ignore {@code xsi:nil} depending on a feature, and match elements by local name
 * whatever their namespace: each time a value that was not written in the format's way would be read as one.
 * It stays an {@link XMLStreamReader2}, so the parser does not fall back to its slower generic adapter.
 */
public final class FormatMarkupReader extends StreamReader2Delegate {
  private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

  private FormatMarkupReader(XMLStreamReader2 reader) {
    super(reader);
  }

  /**
   * Wraps {@code reader}, which stands on the root element's start tag, and checks that tag at once.
   *
   * @throws MarkupRefusal when the root element carries markup the format does not have
   */
  public static FormatMarkupReader over(XMLStreamReader2 reader) throws XMLStreamException {
    FormatMarkupReader r = new FormatMarkupReader(reader);
    r.check();
    return r;
  }

  @Override
  public int next() throws XMLStreamException {
    int event = super.next();
    if (event == XMLStreamConstants.START_ELEMENT) {
      check();
    }
    return event;
  }

  @Override
  public int nextTag() throws XMLStreamException {
    int event = super.nextTag();
    if (event == XMLStreamConstants.START_ELEMENT) {
      check();
    }
    return event;
  }

  private void check() throws XMLStreamException {
    String element = qualified(getPrefix(), getLocalName());
    String namespace = getNamespaceURI();
    if (namespace != null && !namespace.isEmpty()) {
      throw refusal("element <" + element + "> is in the namespace \"" + namespace
          + "\"; the format's elements are in no namespace");
    }
    if (getNamespaceCount() > 0) {
      String prefix = getNamespacePrefix(0);
      throw refusal("<" + element + "> declares a namespace (" + (prefix == null || prefix.isEmpty() ? "xmlns"
          : "xmlns:" + prefix) + "); the format uses none");
    }
    if (getAttributeCount() > 0) {
      String attribute = qualified(getAttributePrefix(0), getAttributeLocalName(0));
      if (XSI.equals(getAttributeNamespace(0)) && "nil".equals(getAttributeLocalName(0))) {
        throw refusal("<" + element + "> has " + attribute + "; the format has no nil marker: leave an absent"
            + " value's element out, and write an empty list as an empty element");
      }
      throw refusal("<" + element + "> has the attribute " + attribute + "; the format has no attributes: write"
          + " each value as a child element");
    }
  }

  private MarkupRefusal refusal(String message) {
    return new MarkupRefusal(message, getLocation());
  }

  private static String qualified(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }
}
