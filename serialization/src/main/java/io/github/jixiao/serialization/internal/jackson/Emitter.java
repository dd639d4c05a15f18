package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.serialization.WriteException;
import java.math.BigDecimal;
import javax.xml.namespace.QName;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * Writes the format's values to a JSON or XML generator, hiding where the two differ: a list is a JSON
 * array but an XML element of repeated item elements, and XML 1.0 cannot hold every character. Keeps the
 * path in the document so that a value that cannot be written is named.
 */
public final class Emitter {
  private final JsonGenerator g;
  private final boolean xml;
  private final DocumentPath path = new DocumentPath();

  public Emitter(JsonGenerator g) {
    this.g = g;
    this.xml = g instanceof ToXmlGenerator;
  }

  /** Starts a top-level object; in XML, as the element {@code xmlName} when it is the document's root. */
  void beginRoot(String xmlName) {
    if (xml && g.streamWriteContext().inRoot()) {
      ((ToXmlGenerator) g).setNextName(new QName(xmlName));
    }
    g.writeStartObject();
  }

  void endRoot() {
    g.writeEndObject();
  }

  void beginObject(String name) {
    path.pushName(name);
    g.writeName(name);
    g.writeStartObject();
  }

  void endObject() {
    g.writeEndObject();
    path.pop();
  }

  void beginList(String name) {
    path.pushName(name);
    g.writeName(name);
    if (xml) {
      g.writeStartObject();
    } else {
      g.writeStartArray();
    }
  }

  void endList() {
    if (xml) {
      g.writeEndObject();
    } else {
      g.writeEndArray();
    }
    path.pop();
  }

  /** Starts item {@code index} of the open list; an object item then opens with {@link #beginItemObject}. */
  void beginItem(int index, String itemName) {
    path.pushIndex(index);
    if (xml) {
      g.writeName(itemName);
    }
  }

  void beginItemObject() {
    g.writeStartObject();
  }

  void endItemObject() {
    g.writeEndObject();
  }

  void endItem() {
    path.pop();
  }

  /** A text item of the open list. */
  void stringItem(int index, String itemName, String value) {
    beginItem(index, itemName);
    check("", value);
    g.writeString(value);
    endItem();
  }

  void string(String name, String value) {
    check(name, value);
    g.writeStringProperty(name, value);
  }

  /** A constant's name: ASCII letters and underscores, which every output can hold. */
  void code(String name, Enum<?> value) {
    g.writeStringProperty(name, value.name());
  }

  /**
   * Text when there is some. Takes the value, not the {@code Optional}: a getter's {@code Optional} passed on
   * escapes and is allocated for every row, where {@code getter().orElse(null)} is optimised away.
   */
  void optional(String name, String valueOrNull) {
    if (valueOrNull != null) {
      string(name, valueOrNull);
    }
  }

  void decimal(String name, BigDecimal value) {
    g.writeStringProperty(name, DecimalText.format(value));
  }

  void integer(String name, int value) {
    g.writeNumberProperty(name, value);
  }

  void bool(String name, boolean value) {
    g.writeBooleanProperty(name, value);
  }

  /**
   * Refuses text that the output cannot carry: an unpaired surrogate (no Unicode character, in either
   * format), and in XML 1.0 the control characters other than tab, line feed and carriage return, and
   * U+FFFE and U+FFFF.
   */
  private void check(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < Character.MIN_SURROGATE) {
        continue;   // nearly every character: one comparison pair, then the next
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw refuse(name, c, "an unpaired surrogate, which is no Unicode character");
      } else if (xml && ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF')) {
        throw refuse(name, c, "a character that XML 1.0 cannot hold");
      }
    }
  }


  private WriteException refuse(String name, char c, String why) {
    return new WriteException(path.toString("", name), String.format("U+%04X is %s", (int) c, why));
  }

}
