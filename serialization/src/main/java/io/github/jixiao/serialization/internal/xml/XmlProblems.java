package io.github.jixiao.serialization.internal.xml;

import io.github.jixiao.serialization.ReadException;
import io.github.jixiao.serialization.ReadProblem;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * Names the XML-only failures for what they are, keeping the place the reader found: markup the format does
 * not have ({@link MarkupRefusal}), and a character reference to a code point XML 1.0 cannot hold, which the
 * parser's wording ("character entity") would otherwise get filed with refused DOCTYPEs and entities.
 */
public final class XmlProblems {
  /** An attribute, {@code xsi:nil}, a namespace declaration or an element in a namespace. */
  public static final String MARKUP = "JX-XML-011";
  /** Not well-formed XML; a character reference to a character XML 1.0 cannot hold is one such. */
  public static final String MALFORMED = "JX-XML-001";
  /** A note: the input was decoded from an encoding other than UTF-8 that its declaration or the codec names. */
  public static final String DECODED = "JX-XML-012";

  private static final Pattern REFERENCE = Pattern.compile("illegal character entity: expansion character \\(code 0x"
      + "([0-9a-f]+)\\)");
  private static final Pattern TOO_HIGH = Pattern.compile("illegal character entity: value higher than max");

  private XmlProblems() {}

  /** {@code e} with its code and sentence replaced when its cause is one of the XML-only failures. */
  public static ReadException refine(ReadException e) {
    for (Throwable t = e.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof MarkupRefusal m) {
        return relabel(e, MARKUP, m.sentence());
      }
      if (t instanceof XMLStreamException x) {
        String reference = characterReference(x);
        return reference == null ? e : relabel(e, MALFORMED, reference);
      }
    }
    return e;
  }

  /**
   * The sentence for a character reference the parser refused, or null when {@code e} is about something
   * else.
   */
  public static String characterReference(XMLStreamException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    Matcher code = REFERENCE.matcher(m);
    if (code.find()) {
      int c = Integer.parseInt(code.group(1), 16);
      String name = String.format("U+%04X", c);
      String what = Character.isSurrogate((char) c) ? "half of a surrogate pair, which is no character on its own"
          : c < 0x20 ? "a control character XML 1.0 cannot hold (only tab, line feed and carriage return)"
          : "a code point XML 1.0 does not allow";
      return "the character reference &#x" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + "; names " + name
          + ", " + what + "; expected a reference to a character XML 1.0 allows";
    }
    if (TOO_HIGH.matcher(m).find()) {
      return "a character reference names a code point above U+10FFFF, which Unicode does not have; expected a"
          + " reference to a character XML 1.0 allows";
    }
    return null;
  }

  private static ReadException relabel(ReadException e, String code, String sentence) {
    return new ReadException(ReadProblem.error(code, e.problem().location(), sentence), e.getCause());
  }
}
