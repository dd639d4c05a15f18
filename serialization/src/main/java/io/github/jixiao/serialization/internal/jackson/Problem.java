package io.github.jixiao.serialization.internal.jackson;

/**
 * The kinds of read problem of the JSON and XML formats. The number is part of the stable code
 * ({@code JX-JSON-004}, {@code JX-XML-004}): never renumber, only add.
 */
public enum Problem {
  /** The input is not well-formed JSON or XML, or ends too early, or goes on after the value. */
  MALFORMED(1),
  /** The input passes a configured limit: nesting depth, text or number length, document size, list size. */
  LIMIT(2),
  /** A value of the wrong shape: text where an object belongs, an element where text belongs. */
  WRONG_TYPE(3),
  /** A property (JSON) or element (XML) the format does not define. */
  UNKNOWN_PROPERTY(4),
  /** A value of the right shape that means nothing: an unknown code, a bad decimal, month 13. */
  INVALID_VALUE(5),
  /** A required property is missing. */
  MISSING(6),
  /** The parsed parts written beside a target value's text, or a code beside a label, disagree with it. */
  DISAGREEMENT(7),
  /** The input declares a format version this reader does not read. */
  VERSION(8),
  /** The same property twice in one object. */
  DUPLICATE(9),
  /** XML with a DOCTYPE or an entity reference: refused, so that no entity is ever expanded or fetched. */
  DOCTYPE(10);

  private final int number;

  Problem(int number) {
    this.number = number;
  }

  /** {@code JX-JSON-004}. */
  public String code(String format) {
    return String.format("JX-%s-%03d", format, number);
  }
}
