package io.github.jixiao.serialization.internal.jackson;

import io.github.jixiao.serialization.WriteException;
import io.github.jixiao.serialization.spi.TokenWriter;
import java.math.BigDecimal;

/**
 * Writes the format's values to a JSON or XML generator of either Jackson, hiding where the two differ: a list is a JSON
 * array but an XML element of repeated item elements, and XML 1.0 cannot hold every character. Keeps the
 * path in the document so that a value that cannot be written is named.
 */
public final class Emitter {
  private final TokenWriter g;
  private final boolean xml;
  private final DocumentPath path = new DocumentPath();

  public Emitter(TokenWriter g) {
    this.g = g;
    this.xml = g.isXml();
  }

  /** Starts a top-level object; in XML, as the element {@code xmlName} when it is the document's root. */
  void beginRoot(String xmlName) {
    g.rootName(xmlName);
    g.startObject();
  }

  void endRoot() {
    g.endObject();
  }

  void beginObject(String name) {
    path.pushName(name);
    g.name(name);
    g.startObject();
  }

  void endObject() {
    g.endObject();
    path.pop();
  }

  void beginList(String name) {
    path.pushName(name);
    g.name(name);
    if (xml) {
      g.startObject();
    } else {
      g.startArray();
    }
  }

  void endList() {
    if (xml) {
      g.endObject();
    } else {
      g.endArray();
    }
    path.pop();
  }

  /** Starts item {@code index} of the open list; an object item then opens with {@link #beginItemObject}. */
  void beginItem(int index, String itemName) {
    path.pushIndex(index);
    if (xml) {
      g.name(itemName);
    }
  }

  void beginItemObject() {
    g.startObject();
  }

  void endItemObject() {
    g.endObject();
  }

  void endItem() {
    path.pop();
  }

  /** A text item of the open list. */
  void stringItem(int index, String itemName, String value) {
    beginItem(index, itemName);
    check("", value);
    g.string(value);
    endItem();
  }

  void string(String name, String value) {
    check(name, value);
    g.stringProperty(name, value);
  }

  /** A constant's name: ASCII letters and underscores, which every output can hold. */
  void code(String name, Enum<?> value) {
    g.stringProperty(name, value.name());
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

  /** A decimal the reader reads back equal, or a {@link WriteException} when no such text is short enough. */
  void decimal(String name, BigDecimal value) {
    String text = DecimalText.format(value);
    if (!DecimalText.readable(text)) {
      throw new WriteException(path.toString("", name), "a decimal of " + value.precision() + " digits and scale "
          + value.scale() + " has no text of at most " + DecimalText.MAX_LENGTH + " characters with an exponent of"
          + " at most 4 digits, which is what the reader reads");
    }
    g.stringProperty(name, text);
  }

  void integer(String name, int value) {
    g.numberProperty(name, value);
  }

  void bool(String name, boolean value) {
    g.booleanProperty(name, value);
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
