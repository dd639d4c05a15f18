package io.github.jixiao.serialization.spi;

/**
 * One parser's tokens, as the format's walk reads them (词法读取器). An adapter wraps a JSON or XML parser of
 * one Jackson generation; every method that moves or reads the parser throws {@link ParserFailure} when the
 * parser fails, never the parser's own exception. As in Jackson, the parser stands on a current token.
 */
public interface TokenReader {
  /** {@link #nextName} found a name that is not among the known ones. */
  int UNKNOWN_NAME = -1;
  /** {@link #nextName} found the end of the object. */
  int END_OF_OBJECT = -2;
  /** {@link #nextName} found neither a name nor the object's end (or the input ended). */
  int NOT_A_NAME = -3;

  /** Whether the parser reads XML, whose lists, text and empty elements the walk reads its own way. */
  boolean isXml();

  /** The current token, or null before the first and after the last. */
  Token current();

  /** Moves to the next token and returns it; null at the end of the input. */
  Token next();

  /**
   * Moves to the next token, which should be a property name, and numbers it among {@code known}: its number,
   * {@link #UNKNOWN_NAME} (then {@link #currentName()} says it), {@link #END_OF_OBJECT} or {@link #NOT_A_NAME}.
   */
  int nextName(PropertyNames known);

  /** The name of the current property (in XML, the current element). */
  String currentName();

  /** The text of the current string token, or the literal of a number token. */
  String text();

  /**
   * The current whole-number token as an int.
   *
   * @throws ArithmeticException when the number does not fit in an int
   */
  int intValue();

  /** Skips the children of the current object or array; nothing on a scalar. */
  void skipChildren();

  /** Where the current token starts. */
  TokenPosition position();
}
