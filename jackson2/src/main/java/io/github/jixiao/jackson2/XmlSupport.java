package io.github.jixiao.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import javax.xml.namespace.QName;

/**
 * The XML side of Jackson 2, which an application may leave out ({@code jackson-dataformat-xml} is optional):
 * the XML classes are touched only once they are known to be present, so a JSON-only application never
 * loads them.
 */
final class XmlSupport {
  private static final boolean PRESENT = present();

  private XmlSupport() {}

  static boolean isXml(JsonParser p) {
    return PRESENT && p instanceof FromXmlParser;
  }

  static boolean isXml(JsonGenerator g) {
    return PRESENT && g instanceof ToXmlGenerator;
  }

  /** Names the root element, unless something has been written already. */
  static void nameRoot(JsonGenerator g, String name) {
    if (g.getOutputContext().inRoot()) {
      ((ToXmlGenerator) g).setNextName(new QName(name));
    }
  }

  private static boolean present() {
    try {
      Class.forName("com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser", false,
          XmlSupport.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
