package io.github.jixiao.serialization.internal.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * A start tag with markup the format does not have (an attribute, {@code xsi:nil}, a namespace), as
 * {@link FormatMarkupReader} finds it while the parser reads: thrown through the parser, then told apart from
 * the parser's own failures by {@link XmlProblems}.
 */
public final class MarkupRefusal extends XMLStreamException {
  private static final long serialVersionUID = 1L;

  private final String sentence;

  public MarkupRefusal(String sentence, Location at) {
    super(sentence, at);
    this.sentence = sentence;
  }

  /** What was found and what the format expects, without the location. */
  public String sentence() {
    return sentence;
  }
}
